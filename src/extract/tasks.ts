/**
 * Tasks: the measures a document commits to. In a work report, the numbered items of the plan
 * part (（一） blocks, ——培育形成… blocks, 一是/二是 items); in a plan, the items under its
 * task headings (六、重点任务 → （一）… → 1.优化提升城市绿色空间).
 */
import type { ParsedDocument, SectionNode, Span } from '../gazette/types.js';
import { tablesOf, columnOf, cellAt } from '../gazette/tables.js';
import { isNotesSection } from '../gazette/sections.js';
import { kindSpec } from '../kinds/index.js';
import { must } from '../errors.js';

export interface TaskFact {
  span: Span;
  title: string;
  text: string;
  /** index in the returned list of the enclosing task, or null */
  parentIndex: number | null;
  part: 'REVIEW' | 'PLAN' | null;
}

/** Headings that frame a plan rather than commit to work. */
const FRAME_HEADING = /原则|要求|保障|目标|思想|意义|背景|组织|领导|类型|范围|步骤|附则|总则|依据|定义|术语/;

/** An annex, or a notes block (名词解释): neither holds the document's own tasks. */
function isAnnex(s: SectionNode): boolean {
  return (s.number ?? '').startsWith('附件') || isNotesSection(s);
}

function taskSections(doc: ParsedDocument): SectionNode[] {
  const source = kindSpec(doc.props.kind).tasks;
  if (!source) return [];
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const topOf = (s: SectionNode): SectionNode => {
    let cur = s;
    while (cur.parentId) cur = must(byId, cur.parentId);
    return cur;
  };
  if (source.from === 'PLAN_PART') {
    // everything numbered inside the plan part, below the part heading itself
    return doc.sections.filter((s) => s.part === 'PLAN' && s.parentId !== null);
  }
  const tops = doc.sections.filter((s) => s.parentId === null && !isAnnex(s));
  const taskTops = new Set(
    tops.filter((t) => source.heading.test(t.heading) && !FRAME_HEADING.test(t.heading)).map((t) => t.id),
  );
  if (taskTops.size) return doc.sections.filter((s) => s.parentId !== null && taskTops.has(topOf(s).id));
  if (!source.open) return [];
  // a plan without a task heading: the items under every heading that is not framing
  const open = new Set(tops.filter((t) => !FRAME_HEADING.test(t.heading)).map((t) => t.id));
  return doc.sections.filter((s) => s.parentId !== null && open.has(topOf(s).id));
}

/** A column of a task table: 工作任务 · 重点任务 · 主要措施 · 任务内容 … */
const TASK_COLUMN = /^(?:(?:重点|主要|具体)?(?:工作)?(?:任务|措施|事项)(?:内容|名称)?|工作内容|重点工作)$/;
/** Rows of a task table (序号 | 工作任务 | 责任单位 | 完成时限): one task each, titled by the task's first clause. */
function tableTasks(doc: ParsedDocument): Array<{ span: Span; title: string }> {
  // only kinds whose tables list work to do (not a contact list or a roster)
  if (!kindSpec(doc.props.kind).tableTasks) return [];
  const out: Array<{ span: Span; title: string }> = [];
  for (const t of tablesOf(doc.clean)) {
    const col = columnOf(t, TASK_COLUMN);
    if (col < 0) continue;
    for (const row of t.rows) {
      const cell = cellAt(t, row, col);
      if (!cell || cell.text.length < 4) continue;
      const first = cell.text.split(/[，,。；;：:]/)[0];
      const title = first.length >= 4 ? first : cell.text.slice(0, 40);
      out.push({
        span: { start: row.start, end: row.end },
        title: title.length > 40 ? `${title.slice(0, 40)}…` : title,
      });
    }
  }
  return out;
}

export function extractTasks(doc: ParsedDocument): TaskFact[] {
  const sections = taskSections(doc);
  const indexOf = new Map<string, number>();
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const out: TaskFact[] = [];
  for (const s of sections) {
    let parentIndex: number | null = null;
    for (let p = s.parentId ? byId.get(s.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (indexOf.has(p.id)) {
        parentIndex = must(indexOf, p.id);
        break;
      }
    }
    const title = s.heading.replace(/[。；;，,：:\s]+$/, '');
    if (!title) continue;
    indexOf.set(s.id, out.length);
    out.push({
      span: { start: s.start, end: s.end },
      title,
      text: doc.clean.slice(s.start, s.end),
      parentIndex,
      part: s.part,
    });
  }
  // table rows: under the innermost section task that holds them
  const sectionTasks = out.length;
  for (const r of tableTasks(doc)) {
    let parentIndex: number | null = null;
    for (let i = 0; i < sectionTasks; i++) {
      const p = out[i].span;
      if (
        p.start <= r.span.start &&
        r.span.end <= p.end &&
        (parentIndex === null || p.start >= out[parentIndex].span.start)
      )
        parentIndex = i;
    }
    out.push({
      span: r.span,
      title: r.title,
      text: doc.clean.slice(r.span.start, r.span.end),
      parentIndex,
      part: parentIndex === null ? null : out[parentIndex].part,
    });
  }
  return out;
}
