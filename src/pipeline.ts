/**
 * The pure pipeline: gazette text → GraphBatch of what the file states. parseGazette splits and
 * structures the text; the extractors read each document; the resolve pass names the organisations
 * and people they find; this module gives every fact a stable id, wires the relationships, and
 * returns one sorted, deduplicated, schema-checked batch.
 */
import {
  parseGazette,
  documentId,
  findDocNumbers,
  jurisdictionOf,
  keyOf,
  sectionAt,
  evidenceOf,
} from './gazette/index.js';
import type { ParsedDocument, SectionNode, Span } from './gazette/types.js';
import { extractTasks, type TaskFact } from './extract/tasks.js';
import { extractProjects } from './extract/projects.js';
import { extractProvisions } from './extract/provisions.js';
import { extractTargets } from './extract/targets.js';
import { indicatorProps } from './extract/indicators.js';
import { extractActors, organizationMentions } from './extract/actors.js';
import { learnNames, mentionProbe, type LearnedNames, type MergeLog } from './resolve/index.js';
import {
  checkedBatch,
  makeId,
  relationshipKey,
  type Evidence,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
  type NodeLabel,
  NodeLabels,
} from './model/index.js';
import { readSourceFile } from './input.js';
import { must } from './errors.js';
import { trimSpan } from './text/spans.js';

const evKey = (e: Evidence) => `${e.documentId}|${String(e.start).padStart(9, '0')}|${String(e.end).padStart(9, '0')}`;

function mergeEvidence(a: Evidence[], b: Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of [...a, ...b]) if (!seen.has(evKey(e))) seen.set(evKey(e), e);
  return [...seen.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, e]) => e);
}

/** Collects nodes and relationships; the same id or relationship key is one entry with merged evidence. */
class BatchBuilder {
  private nodes = new Map<string, GraphNode>();
  private rels = new Map<string, GraphRelationship>();

  node(n: GraphNode): void {
    const prev = this.nodes.get(n.props.id);
    if (!prev) {
      // the spread keeps n's label and props together, which TypeScript cannot see through a union spread
      this.nodes.set(n.props.id, { ...n, evidence: mergeEvidence([], n.evidence ?? []) } as GraphNode);
      return;
    }
    prev.evidence = mergeEvidence(prev.evidence, n.evidence ?? []);
    // the same organisation or person named in several documents: keep every written form
    if (prev.label === 'Organization' && n.label === 'Organization') {
      prev.props.aliases = [...new Set([...(prev.props.aliases ?? []), ...(n.props.aliases ?? [])])]
        .filter((a) => a !== prev.props.name)
        .sort();
    }
    if (prev.label === 'Person' && n.label === 'Person') {
      prev.props.portfolio = [...new Set([...(prev.props.portfolio ?? []), ...(n.props.portfolio ?? [])])];
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  rel(r: GraphRelationship): void {
    const k = relationshipKey(r);
    const prev = this.rels.get(k);
    if (!prev) {
      this.rels.set(k, { ...r, props: r.props ?? {}, evidence: mergeEvidence([], r.evidence ?? []) });
      return;
    }
    prev.evidence = mergeEvidence(prev.evidence, r.evidence ?? []);
  }

  build(gazetteId: string): GraphBatch {
    const order = new Map<NodeLabel, number>(NodeLabels.map((l, i) => [l, i]));
    const nodes = [...this.nodes.values()].sort(
      (a, b) =>
        must(order, a.label) - must(order, b.label) || (a.props.id < b.props.id ? -1 : a.props.id > b.props.id ? 1 : 0),
    );
    const rels = [...this.rels.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
    return { gazetteId, nodes, relationships: rels };
  }
}

/** A clean span trimmed of surrounding whitespace, never empty (quotes must have a character). */
function tight(doc: ParsedDocument, span: Span): Span {
  const { start, end } = trimSpan(doc.clean, span.start, span.end);
  return end > start ? { start, end } : { start, end: Math.min(doc.clean.length, start + 1) };
}

const ev = (doc: ParsedDocument, span: Span): Evidence => evidenceOf(doc, tight(doc, span));

/** The repeat number of a key in one document (null the first time), so identical sentences get ids of their own. */
function occurrences(): (key: string) => number | null {
  const seen = new Map<string, number>();
  return (key) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n || null;
  };
}

/** Innermost task whose span contains the given span. */
function innermostTask(
  tasks: Array<{ fact: TaskFact; id: string }>,
  span: Span,
): { fact: TaskFact; id: string } | null {
  let best: { fact: TaskFact; id: string } | null = null;
  for (const t of tasks) {
    if (
      t.fact.span.start <= span.start &&
      span.end <= t.fact.span.end &&
      (!best || t.fact.span.start >= best.fact.span.start)
    )
      best = t;
  }
  return best;
}

function sectionProps(doc: ParsedDocument, s: SectionNode) {
  return {
    id: s.id,
    documentId: doc.id,
    heading: s.heading,
    number: s.number,
    level: s.level,
    ordinal: s.ordinal,
    path: s.path,
    part: s.part,
    text: doc.clean.slice(s.start, s.end),
    start: doc.toOriginal[s.start],
    end: s.end > s.start ? doc.toOriginal[s.end - 1] + 1 : doc.toOriginal[s.start],
  };
}

/**
 * The resolve pass of one jurisdiction: extract lists the organisation names its documents write
 * (a dry run against a probe that has learnt nothing), and resolve learns them all before the real
 * run, so a name resolves the same way in every document whatever order they come in.
 */
export function organizationNames(jurisdiction: string | null, docs: ParsedDocument[]): LearnedNames {
  return learnNames(jurisdiction, organizationMentions(docs, jurisdiction, mentionProbe(jurisdiction)));
}

/** Every name merge made while resolving the documents' organisations, with its reason (for logs). */
export function organizationMerges(jurisdiction: string | null, docs: ParsedDocument[]): MergeLog[] {
  const names = organizationNames(jurisdiction, docs);
  for (const d of docs) extractActors(d, names, jurisdiction);
  return names.merges();
}

/**
 * Every organisation-name merge the resolver makes on this text (住建局 → 旗住房和城乡建设局 …), with
 * its reason: the log behind `report-graph extract --merges`. Pure, like buildGraphBatch.
 */
export function nameMerges(source: { text: string; sourceFile: string }): MergeLog[] {
  const gazette = parseGazette(source.text, source.sourceFile);
  const byJurisdiction = new Map<string | null, ParsedDocument[]>();
  for (const doc of gazette.documents) {
    const j = doc.props.jurisdiction ?? gazette.props.jurisdiction;
    byJurisdiction.set(j, [...(byJurisdiction.get(j) ?? []), doc]);
  }
  const seen = new Set<string>();
  return [...byJurisdiction]
    .flatMap(([j, docs]) => organizationMerges(j, docs))
    .filter((m) => !seen.has(`${m.mention}|${m.id}`) && seen.add(`${m.mention}|${m.id}`));
}

export function buildGraphBatch(source: { text: string; sourceFile: string }): GraphBatch {
  const gazette = parseGazette(source.text, source.sourceFile);
  const b = new BatchBuilder();
  const g = gazette.props;
  b.node({ label: 'Gazette', props: g, evidence: [] });
  const docs = gazette.documents;
  const namesByJurisdiction = new Map<string | null, LearnedNames>();
  const namesOf = (jurisdiction: string | null) => {
    let names = namesByJurisdiction.get(jurisdiction);
    if (!names) namesByJurisdiction.set(jurisdiction, (names = organizationNames(jurisdiction, docs)));
    return names;
  };
  for (const doc of docs) {
    // a document that does not name its place belongs to its gazette's, as its facts' ids do
    doc.props.jurisdiction ??= g.jurisdiction;
    b.node({ label: 'Document', props: doc.props, evidence: [ev(doc, doc.titleSpan ?? { start: 0, end: 1 })] });
    b.rel({ type: 'CONTAINS', from: g.id, to: doc.id, props: {}, evidence: [] });
  }
  for (const doc of docs) {
    const jurisdiction = doc.props.jurisdiction ?? g.jurisdiction;
    const docKey = doc.props.docNumber ?? keyOf(doc.props.title);

    // sections
    for (const s of doc.sections) {
      const headingSpan = { start: s.start, end: Math.max(s.bodyStart, s.start + 1) };
      const e = ev(doc, headingSpan);
      b.node({ label: 'Section', props: sectionProps(doc, s), evidence: [e] });
      b.rel({ type: 'HAS_SECTION', from: s.parentId ?? doc.id, to: s.id, props: {}, evidence: [] });
    }

    // tasks
    const tasks: Array<{ fact: TaskFact; id: string }> = [];
    const taskKeys = new Map<string, number>();
    extractTasks(doc).forEach((fact, ordinal) => {
      const section = sectionAt(doc, fact.span.start);
      const base = `${section ? section.path.join('/') : ''}|${keyOf(fact.title)}`;
      const n = taskKeys.get(base) ?? 0;
      taskKeys.set(base, n + 1);
      const id = makeId('Task', jurisdiction, docKey, base, n || null);
      tasks.push({ fact, id });
      const e = ev(doc, fact.span);
      b.node({
        label: 'Task',
        props: {
          id,
          title: fact.title,
          text: fact.text,
          documentId: doc.id,
          sectionId: section?.id ?? null,
          ordinal,
          part: fact.part,
        },
        evidence: [e],
      });
      b.rel({ type: 'HAS_TASK', from: doc.id, to: id, props: {}, evidence: [e] });
      if (section) b.rel({ type: 'STATED_IN', from: id, to: section.id, props: {}, evidence: [e] });
      if (fact.parentIndex != null)
        b.rel({ type: 'HAS_SUBTASK', from: tasks[fact.parentIndex].id, to: id, props: {}, evidence: [e] });
    });

    // where a fact's span sits: its task, its section, its evidence
    const placed = (span: Span) => ({
      task: innermostTask(tasks, span),
      section: sectionAt(doc, span.start),
      e: ev(doc, span),
    });

    // targets
    const targetsOfTask = new Map<string, string[]>();
    const nthTarget = occurrences();
    for (const t of extractTargets(doc)) {
      const p = t.props;
      const base = [p.metric, p.value, p.valueMax, p.unit, p.year, p.status, p.scope, p.measure].join('|');
      const id = makeId('Target', jurisdiction, docKey, base, nthTarget(base));
      const { task, section, e } = placed(t.span);
      b.node({
        label: 'Target',
        props: {
          ...p,
          ...indicatorProps(p),
          id,
          documentId: doc.id,
          taskId: task?.id ?? null,
          sectionId: section?.id ?? null,
        },
        evidence: [e],
      });
      if (section) b.rel({ type: 'STATED_IN', from: id, to: section.id, props: {}, evidence: [e] });
      if (task) {
        b.rel({ type: 'HAS_TARGET', from: task.id, to: id, props: {}, evidence: [e] });
        targetsOfTask.set(task.id, [...(targetsOfTask.get(task.id) ?? []), id]);
      }
    }

    // projects
    for (const p of extractProjects(doc)) {
      const id = makeId('Project', jurisdiction, docKey, keyOf(p.name));
      const { task, section, e } = placed(p.span);
      b.node({
        label: 'Project',
        props: {
          id,
          name: p.name,
          capacity: p.capacity,
          action: p.action,
          year: p.year,
          documentId: doc.id,
          taskId: task?.id ?? null,
        },
        evidence: [e],
      });
      if (section) b.rel({ type: 'STATED_IN', from: id, to: section.id, props: {}, evidence: [e] });
      if (task) b.rel({ type: 'INCLUDES', from: task.id, to: id, props: {}, evidence: [e] });
    }

    // provisions: what a measures document grants for which condition
    const nthProvision = occurrences();
    for (const p of extractProvisions(doc)) {
      const base = `${keyOf(p.condition)}|${p.per ?? ''}|${p.amount}`;
      const id = makeId('Provision', jurisdiction, docKey, base, nthProvision(base));
      const { task, section, e } = placed(p.span);
      const { span: _span, ...props } = p;
      b.node({
        label: 'Provision',
        props: { ...props, id, documentId: doc.id, sectionId: section?.id ?? null, taskId: task?.id ?? null },
        evidence: [e],
      });
      b.rel({ type: 'HAS_PROVISION', from: doc.id, to: id, props: {}, evidence: [e] });
      if (section) b.rel({ type: 'STATED_IN', from: id, to: section.id, props: {}, evidence: [e] });
    }

    // organisations, people, groups, contacts; stated lead and support units
    const actors = extractActors(doc, namesOf(jurisdiction), jurisdiction);
    for (const n of actors.nodes) b.node(n);
    for (const r of actors.relationships) b.rel(r);
    for (const u of actors.statedUnits) {
      let task = innermostTask(tasks, { start: u.span.start, end: u.span.start });
      if (!task) {
        // a unit line right after its task: the nearest preceding task in the same section
        const sec = sectionAt(doc, u.span.start);
        const before = tasks.filter(
          (t) =>
            t.fact.span.end <= u.span.start && (!sec || (sec.start <= t.fact.span.start && t.fact.span.end <= sec.end)),
        );
        task =
          before.sort((x, y) => x.fact.span.end - y.fact.span.end || x.fact.span.start - y.fact.span.start).pop() ??
          null;
      }
      if (!task) continue;
      const props = { role: u.role, basis: 'STATED', confidence: 1 };
      b.rel({ type: 'RESPONSIBLE_FOR', from: u.organizationId, to: task.id, props, evidence: [u.evidence] });
      // a plan task's units own its targets
      for (const t of targetsOfTask.get(task.id) ?? [])
        b.rel({ type: 'RESPONSIBLE_FOR', from: u.organizationId, to: t, props, evidence: [u.evidence] });
    }

    // the notice that 印发 this document
    const notice = doc.promulgatedBy ? docs.find((d) => d.id === doc.promulgatedBy) : undefined;
    if (notice) {
      // the sentence that prints it (现将《…》印发给你们), else the notice's title
      const body = notice.titleSpan?.end ?? 0;
      const at = notice.clean.indexOf('印发', body);
      let span = notice.titleSpan ?? { start: 0, end: 1 };
      if (at >= 0) {
        const from = Math.max(notice.clean.lastIndexOf('\n', at) + 1, notice.clean.lastIndexOf('。', at) + 1, body);
        const stop = notice.clean.slice(at).search(/[。\n]/);
        span = { start: from, end: stop < 0 ? notice.clean.length : at + stop + 1 };
      }
      b.rel({ type: 'PROMULGATES', from: notice.id, to: doc.id, props: {}, evidence: [ev(notice, span)] });
    }

    // cited 文号: to the printed document when it is in the batch, else to a stub
    for (const c of findDocNumbers(doc.clean)) {
      if (c.docNumber === doc.props.docNumber) continue;
      const before = doc.clean.slice(Math.max(0, c.start - 120), c.start);
      const titled = /《([^《》]+)》\s*[（(]?\s*$/.exec(before);
      const span = titled
        ? { start: c.start - (before.length - titled.index), end: c.end }
        : { start: c.start, end: c.end };
      const e = ev(doc, span);
      const id = documentId(c.docNumber, null, c.docNumber, null);
      if (!docs.some((d) => d.id === id)) {
        const title = titled ? titled[1] : c.docNumber;
        b.node({
          label: 'Document',
          props: {
            id,
            title,
            docNumber: c.docNumber,
            kind: 'CITED',
            category: null,
            issuer: null,
            issuedOn: null,
            jurisdiction: jurisdictionOf(title),
            reportYear: null,
            text: '',
            gazetteStart: null,
            gazetteEnd: null,
          },
          evidence: [e],
        });
      }
      b.rel({ type: 'CITES', from: doc.id, to: id, props: {}, evidence: [e] });
    }
  }
  // stated facts only: owners by POLICY and PORTFOLIO, links and conflicts need the whole county
  // (infer/county.ts), which the store derives after every load
  return checkedBatch(b.build(g.id));
}

/** Reads a gazette file (UTF-8 or GB18030) and builds its batch. The only I/O of the pipeline. */
export function buildGraphBatchFromFile(path: string): GraphBatch {
  const { text } = readSourceFile(path);
  return buildGraphBatch({ text, sourceFile: path.split('/').pop() ?? path });
}
