/**
 * STATED owners the extractor leaves implicit:
 * - a task's stated units also own the targets of that task (a plan's 牵头单位 covers its figures);
 * - an organisation that is the subject of a target's own clause (旗某某局要…, 某某医院完成…).
 */
import { dedupeEvidence, type Evidence, type GraphRelationship } from '../model/index.js';
import { BatchIndex } from './batchIndex.js';
import { bareName } from './portfolio.js';
import { cmp } from './text.js';
import { compact } from '../text/spans.js';

const ORDINAL = /^(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[)）、.．]|——|-|\*+)+/;
/** what may follow a subject: a modal or verb, not 的/等/和 that make the name part of a noun phrase */
const NOT_SUBJECT_NEXT = /^[的等和与及、之]/;
const SUBJECT_KINDS = new Set(['DEPARTMENT', 'CENTER', 'TOWN', 'SOE', 'COLLECTIVE']);

export function inferStated(ix: BatchIndex): GraphRelationship[] {
  const out: GraphRelationship[] = [];
  const names = subjectNames(ix);
  for (const t of [...ix.targets.values()].sort((a, b) => cmp(a.props.id, b.props.id))) {
    const own = ix.responsibleFor.get(t.props.id) ?? [];
    if (own.some((r) => r.props.basis === 'STATED')) continue;
    const taskId = ix.taskOfTarget.get(t.props.id);
    const taskOwners = taskId ? (ix.responsibleFor.get(taskId) ?? []).filter((r) => r.props.basis === 'STATED') : [];
    const head = ix.sentenceOf(t.evidence) ?? t.evidence[0];
    if (taskOwners.length) {
      for (const r of taskOwners) {
        out.push({
          type: 'RESPONSIBLE_FOR',
          from: r.from,
          to: t.props.id,
          props: {
            role: r.props.role ?? 'LEAD',
            basis: 'STATED',
            confidence: typeof r.props.confidence === 'number' ? r.props.confidence : 0.9,
          },
          evidence: dedupeEvidence([head, ...r.evidence].filter((e): e is Evidence => Boolean(e))),
        });
      }
      continue;
    }
    if (!head || t.props.status !== 'PLANNED') continue;
    const subject = clauseSubject(head, t.evidence[0], names);
    if (subject) {
      out.push({
        type: 'RESPONSIBLE_FOR',
        from: subject,
        to: t.props.id,
        props: { role: 'LEAD', basis: 'STATED', confidence: 0.8 },
        evidence: [head],
      });
    }
  }
  return out;
}

/** name as written → org id, longest names first so 旗人民医院 wins over 人民医院 */
function subjectNames(ix: BatchIndex): Array<[string, string]> {
  const m = new Map<string, string>();
  for (const o of [...ix.organizations.values()].sort((a, b) => cmp(a.props.id, b.props.id))) {
    if (!SUBJECT_KINDS.has(o.props.kind)) continue;
    for (const n of [o.props.name, bareName(o.props.name), ...o.props.aliases]) {
      const c = compact(n);
      if (c.length >= 3 && !m.has(c)) m.set(c, o.props.id);
    }
  }
  return [...m.entries()].sort((a, b) => b[0].length - a[0].length || cmp(a[0], b[0]));
}

/** The organisation that opens the clause holding the target, if any. */
function clauseSubject(
  sentence: Evidence,
  target: Evidence | undefined,
  names: Array<[string, string]>,
): string | null {
  const text = sentence.quote;
  // the clause: from the last comma before the target to the sentence end
  const at = target && target.documentId === sentence.documentId ? Math.max(0, target.start - sentence.start) : 0;
  const before = text.slice(0, at);
  const cut = Math.max(
    before.lastIndexOf('，'),
    before.lastIndexOf(','),
    before.lastIndexOf('；'),
    before.lastIndexOf(';'),
    before.lastIndexOf('：'),
  );
  const clause = compact(text.slice(cut + 1)).replace(ORDINAL, '');
  for (const [name, id] of names) {
    if (!clause.startsWith(name)) continue;
    const rest = clause.slice(name.length);
    if (rest.length >= 2 && !NOT_SUBJECT_NEXT.test(rest)) return id;
  }
  return null;
}
