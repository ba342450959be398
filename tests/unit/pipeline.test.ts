import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphBatch } from '../../src/pipeline.js';
import { GraphBatchSchema, relationshipKey, type GraphBatch, type GraphNode } from '../../src/model/index.js';

const SEED = 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt';
const CORPUS = 'tests/fixtures/corpus';
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
const seedBatch = buildGraphBatch({ text: readFileSync(SEED, 'utf8'), sourceFile: 'yijinhuoluo-gazette-2024-01.txt' });

function checkEvidence(batch: GraphBatch): number {
  const docs = new Map(
    batch.nodes.filter((n) => n.label === 'Document').map((n) => [n.props.id, n.props as { text: string }]),
  );
  let n = 0;
  for (const x of [...batch.nodes, ...batch.relationships]) {
    for (const e of x.evidence) {
      const d = docs.get(e.documentId);
      expect(d, `evidence document ${e.documentId}`).toBeTruthy();
      expect(d!.text.slice(e.start, e.end)).toBe(e.quote);
      n++;
    }
  }
  return n;
}

const nodesOf = <L extends GraphNode['label']>(b: GraphBatch, label: L) =>
  b.nodes.filter((n): n is Extract<GraphNode, { label: L }> => n.label === label);
const relsOf = (b: GraphBatch, type: string) => b.relationships.filter((r) => r.type === type);

describe('buildGraphBatch on the seed', () => {
  it('passes the GraphBatch schema', () => {
    expect(() => GraphBatchSchema.parse(seedBatch)).not.toThrow();
  });

  it('is byte-identical across runs', () => {
    const again = buildGraphBatch({ text: readFileSync(SEED, 'utf8'), sourceFile: 'yijinhuoluo-gazette-2024-01.txt' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(seedBatch));
  });

  it('quotes every piece of evidence verbatim from its document', () => {
    expect(checkEvidence(seedBatch)).toBeGreaterThan(1000);
  });

  it('gives every fact node evidence', () => {
    for (const label of ['Section', 'Task', 'Target', 'Project'] as const) {
      for (const n of nodesOf(seedBatch, label)) expect(n.evidence.length, `${label} ${n.props.id}`).toBeGreaterThan(0);
    }
  });

  it('has unique node ids and relationship keys, all endpoints present', () => {
    const ids = seedBatch.nodes.map((n) => n.props.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = seedBatch.relationships.map(relationshipKey);
    expect(new Set(keys).size).toBe(keys.length);
    const idSet = new Set(ids);
    for (const r of seedBatch.relationships) {
      expect(idSet.has(r.from), `${r.type} from ${r.from}`).toBe(true);
      expect(idSet.has(r.to), `${r.type} to ${r.to}`).toBe(true);
    }
  });

  it('contains each printed document once, and each notice promulgates its plan', () => {
    const gz = nodesOf(seedBatch, 'Gazette')[0];
    const contained = relsOf(seedBatch, 'CONTAINS')
      .filter((r) => r.from === gz.props.id)
      .map((r) => r.to);
    const printed = nodesOf(seedBatch, 'Document')
      .filter((d) => d.props.kind !== 'CITED')
      .map((d) => d.props.id);
    expect(contained.sort()).toEqual(printed.sort());
    const prom = relsOf(seedBatch, 'PROMULGATES');
    expect(prom).toHaveLength(3);
    const byId = new Map(seedBatch.nodes.map((n) => [n.props.id, n]));
    for (const r of prom) {
      expect((byId.get(r.from)!.props as { kind: string }).kind).toBe('NOTICE');
      expect(['PLAN', 'EMERGENCY_PLAN', 'MEASURES']).toContain((byId.get(r.to)!.props as { kind: string }).kind);
    }
  });

  it('cites documents by normalised 文号, with stubs for those not printed', () => {
    const cites = relsOf(seedBatch, 'CITES');
    const byId = new Map(seedBatch.nodes.map((n) => [n.props.id, n]));
    const cited = cites.map((r) => byId.get(r.to)!.props as { docNumber: string; kind: string; title: string });
    expect(cited.map((c) => c.docNumber)).toContain('内政办发〔2021〕40号');
    for (const c of cited) expect(c.docNumber).toMatch(/^[\u4e00-\u9fa5]+〔\d{4}〕\d+号$/);
    const stub = cited.find((c) => c.docNumber === '内政办发〔2021〕40号')!;
    expect(stub.kind).toBe('CITED');
    expect(stub.title).toContain('关于实施城市更新行动的指导意见');
    // the two appointment notices citing the same party notice point at one node
    const party = cites.filter(
      (r) => (byId.get(r.to)!.props as { docNumber: string }).docNumber === '伊党干字〔2023〕45号',
    );
    expect(new Set(party.map((r) => r.to)).size).toBe(1);
    expect(party.length).toBeGreaterThanOrEqual(2);
  });

  it('wires sections, tasks and subtasks', () => {
    const sections = new Set(nodesOf(seedBatch, 'Section').map((n) => n.props.id));
    const tasks = nodesOf(seedBatch, 'Task');
    expect(tasks.length).toBeGreaterThan(100);
    const statedIn = new Map(relsOf(seedBatch, 'STATED_IN').map((r) => [r.from, r.to]));
    for (const t of tasks) expect(sections.has(statedIn.get(t.props.id)!)).toBe(true);
    expect(relsOf(seedBatch, 'HAS_TASK')).toHaveLength(tasks.length);
    expect(relsOf(seedBatch, 'HAS_SUBTASK').length).toBeGreaterThan(50);
  });

  it('attaches targets to the innermost task whose text contains them', () => {
    const tasks = new Map(nodesOf(seedBatch, 'Task').map((t) => [t.props.id, t]));
    const hasTarget = relsOf(seedBatch, 'HAS_TARGET');
    expect(hasTarget.length).toBeGreaterThan(50);
    for (const r of hasTarget) {
      const task = tasks.get(r.from)!;
      const target = seedBatch.nodes.find((n) => n.props.id === r.to)!;
      const te = task.evidence[0];
      const ge = target.evidence[0];
      expect(ge.start >= te.start && ge.end <= te.end).toBe(true);
      expect((target.props as { taskId: string }).taskId).toBe(task.props.id);
    }
  });

  it('turns stated lead and support units into RESPONSIBLE_FOR on tasks and their targets', () => {
    const resp = relsOf(seedBatch, 'RESPONSIBLE_FOR').filter((r) => r.props.basis === 'STATED');
    const tasks = new Set(nodesOf(seedBatch, 'Task').map((n) => n.props.id));
    const onTasks = resp.filter((r) => tasks.has(r.to));
    const plan = nodesOf(seedBatch, 'Document').find((d) => d.props.kind === 'PLAN')!;
    const parents = new Set(relsOf(seedBatch, 'HAS_SUBTASK').map((r) => r.from));
    const planItems = nodesOf(seedBatch, 'Task').filter(
      (t) =>
        !parents.has(t.props.id) &&
        (t.props as { documentId: string }).documentId === plan.props.id &&
        /牵头单位/.test((t.props as { text: string }).text),
    );
    expect(planItems.length).toBeGreaterThan(10);
    for (const t of planItems) {
      expect(
        onTasks.filter((r) => r.to === t.props.id && r.props.role === 'LEAD').length,
        (t.props as { title: string }).title,
      ).toBeGreaterThanOrEqual(1);
    }
    const targetOwners = resp.filter((r) => !tasks.has(r.to));
    expect(targetOwners.length).toBeGreaterThan(0);
  });

  it('links projects to their tasks', () => {
    const projects = nodesOf(seedBatch, 'Project');
    expect(projects.length).toBeGreaterThan(10);
    const includes = relsOf(seedBatch, 'INCLUDES');
    for (const r of includes)
      expect((seedBatch.nodes.find((n) => n.props.id === r.to)!.props as { taskId: string }).taskId).toBe(r.from);
  });
});

describe('buildGraphBatch on the corpus', () => {
  it.each(corpusFiles)('%s: schema, evidence, determinism', (f) => {
    const text = readFileSync(join(CORPUS, f), 'utf8');
    const a = buildGraphBatch({ text, sourceFile: f });
    expect(() => GraphBatchSchema.parse(a)).not.toThrow();
    checkEvidence(a);
    expect(JSON.stringify(buildGraphBatch({ text, sourceFile: f }))).toBe(JSON.stringify(a));
    const report = a.nodes.filter((n) => n.label === 'Document' && n.props.kind === 'WORK_REPORT');
    expect(report).toHaveLength(1);
    expect(nodesOf(a, 'Section').length).toBeGreaterThan(3);
    expect(nodesOf(a, 'Task').length).toBeGreaterThan(3);
  });
});
