/**
 * infer/ on a small invented county (青山县): a work report, a plan with 牵头单位, and a leaders'
 * division of work, built by hand as the pipeline would. Checks the three bases, the links,
 * conflicts, evidence chains and determinism.
 */
import { describe, expect, it } from 'vitest';
import { countyGraph, mergeStated } from '../../src/infer/index.js';
import {
  GraphBatchSchema,
  makeId,
  relationshipKey,
  type Evidence,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
} from '../../src/model/index.js';

const REPORT = [
  '二、2025年工作安排',
  '（一）织密民生保障网络。坚持就业优先，开展职业技能培训2000人次，新增城镇就业3000人，城镇登记失业率控制在4.5%以内。',
  '（二）提升城市品质。改造幸福里、东风苑等9个老旧小区，新建口袋公园3处。县人民医院要完成门诊楼主体工程2个。',
  '（三）壮大产业。全年完成固定资产投资增长12%左右，新增市场主体2000家以上。',
  '（四）其他。举办群众文艺汇演30场。',
  '（五）畅通交通。提质改造农村公路100公里。沿农村公路新建养老服务站3个。建设园林绿化中心苗木基地2处。',
].join('\n');
const PLAN = [
  '青山县城镇品质提升实施方案（2024—2026年）',
  '1.持续推进城镇老旧小区改造。完善老旧小区基础设施，加装电梯。到2026年底，累计改造老旧小区40个。(牵头单位:县住房和城乡建设局,配合单位:县财政局)',
  '2.开展农村公路提质。提质改造农村公路100公里。(牵头单位:县交通运输局)',
].join('\n');
const DIVISION = [
  '王一 副县长',
  '协助县长负责民政、人社、交通等方面工作。分管县民政局、县人力资源和社会保障局(就业服务中心)、县交通运输局。',
  '赵二 副县长',
  '协助县长负责城乡规划建设、发展改革等方面工作。分管县住房和城乡建设局(园林绿化中心)、县发展和改革委员会、县财政局。',
].join('\n');

function ev(docId: string, text: string, quote: string): Evidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { documentId: docId, start, end: start + quote.length, quote, sectionPath: [] };
}

function build(): GraphBatch {
  const nodes: GraphNode[] = [];
  const rels: GraphRelationship[] = [];
  const doc = (key: string, kind: string, text: string) => {
    const id = makeId('Document', key);
    nodes.push({
      label: 'Document',
      evidence: [],
      props: {
        id,
        title: key,
        docNumber: null,
        kind: kind as never,
        category: null,
        issuer: null,
        issuedOn: null,
        jurisdiction: '青山县',
        reportYear: kind === 'WORK_REPORT' ? 2025 : null,
        text,
        gazetteStart: null,
        gazetteEnd: null,
      },
    });
    return id;
  };
  const rep = doc('report', 'WORK_REPORT', REPORT);
  const plan = doc('plan', 'PLAN', PLAN);
  const div = doc('division', 'DIVISION_OF_WORK', DIVISION);
  const org = (name: string, kind = 'DEPARTMENT', aliases: string[] = []) => {
    const id = makeId('Organization', name);
    nodes.push({
      label: 'Organization',
      evidence: [],
      props: { id, name, aliases, kind: kind as never, jurisdiction: '青山县' },
    });
    return id;
  };
  const zhujian = org('县住房和城乡建设局', 'DEPARTMENT', ['住建局']);
  const caizheng = org('县财政局');
  const jiaotong = org('县交通运输局');
  const minzheng = org('县民政局');
  const renshe = org('县人力资源和社会保障局', 'DEPARTMENT', ['人社局']);
  const jiuye = org('县就业服务中心', 'CENTER');
  const fagai = org('县发展和改革委员会', 'DEPARTMENT', ['发改委']);
  const yiyuan = org('县人民医院', 'CENTER');
  const yuanlin = org('县园林绿化中心', 'CENTER');
  rels.push({
    type: 'PART_OF',
    from: jiuye,
    to: renshe,
    props: {},
    evidence: [ev(div, DIVISION, '县人力资源和社会保障局(就业服务中心)')],
  });
  const person = (
    name: string,
    portfolioQuote: string,
    portfolio: string[],
    supervises: string[],
    supQuote: string,
  ) => {
    const id = makeId('Person', name);
    nodes.push({
      label: 'Person',
      props: { id, name, jurisdiction: '青山县', portfolio },
      evidence: [ev(div, DIVISION, portfolioQuote)],
    });
    for (const o of supervises)
      rels.push({ type: 'SUPERVISES', from: id, to: o, props: {}, evidence: [ev(div, DIVISION, supQuote)] });
    return id;
  };
  person(
    '王一',
    '协助县长负责民政、人社、交通等方面工作。',
    ['民政', '人社', '交通'],
    [minzheng, renshe, jiaotong],
    '分管县民政局、县人力资源和社会保障局(就业服务中心)、县交通运输局。',
  );
  person(
    '赵二',
    '协助县长负责城乡规划建设、发展改革等方面工作。',
    ['城乡规划建设', '发展改革'],
    [zhujian, yuanlin, fagai, caizheng],
    '分管县住房和城乡建设局(园林绿化中心)、县发展和改革委员会、县财政局。',
  );
  rels.push({
    type: 'PART_OF',
    from: yuanlin,
    to: zhujian,
    props: {},
    evidence: [ev(div, DIVISION, '县住房和城乡建设局(园林绿化中心)')],
  });

  const task = (docId: string, text: string, title: string, quote: string, part: 'PLAN' | null) => {
    const id = makeId('Task', docId, title);
    nodes.push({
      label: 'Task',
      props: { id, title, text: quote, documentId: docId, sectionId: null, ordinal: 0, part },
      evidence: [ev(docId, text, quote)],
    });
    return id;
  };
  const target = (
    docId: string,
    text: string,
    quote: string,
    metric: string,
    value: number | null,
    unit: string | null,
    year: number,
    taskId: string | null,
    measure = 'COUNT',
  ) => {
    const id = makeId('Target', docId, quote, metric);
    nodes.push({
      label: 'Target',
      evidence: [ev(docId, text, quote)],
      props: {
        id,
        text: quote,
        metric,
        value,
        valueMax: null,
        unit,
        modifier: null,
        measure: measure as never,
        year,
        recurring: false,
        status: 'PLANNED',
        scope: null,
        documentId: docId,
        taskId,
        sectionId: null,
      },
    });
    if (taskId) rels.push({ type: 'HAS_TARGET', from: taskId, to: id, props: {}, evidence: [ev(docId, text, quote)] });
    return id;
  };
  const p1 = task(
    plan,
    PLAN,
    '持续推进城镇老旧小区改造',
    '1.持续推进城镇老旧小区改造。完善老旧小区基础设施，加装电梯。',
    null,
  );
  const p2 = task(plan, PLAN, '开展农村公路提质', '2.开展农村公路提质。', null);
  rels.push({
    type: 'RESPONSIBLE_FOR',
    from: zhujian,
    to: p1,
    props: { role: 'LEAD', basis: 'STATED', confidence: 1 },
    evidence: [ev(plan, PLAN, '牵头单位:县住房和城乡建设局')],
  });
  rels.push({
    type: 'RESPONSIBLE_FOR',
    from: caizheng,
    to: p1,
    props: { role: 'SUPPORT', basis: 'STATED', confidence: 1 },
    evidence: [ev(plan, PLAN, '配合单位:县财政局')],
  });
  rels.push({
    type: 'RESPONSIBLE_FOR',
    from: jiaotong,
    to: p2,
    props: { role: 'LEAD', basis: 'STATED', confidence: 1 },
    evidence: [ev(plan, PLAN, '牵头单位:县交通运输局')],
  });
  target(plan, PLAN, '累计改造老旧小区40个', '老旧小区改造', 40, '个', 2026, p1);
  target(plan, PLAN, '提质改造农村公路100公里', '农村公路提质改造', 100, '公里', 2025, p2);

  const r1 = task(
    rep,
    REPORT,
    '织密民生保障网络',
    '坚持就业优先，开展职业技能培训2000人次，新增城镇就业3000人，城镇登记失业率控制在4.5%以内。',
    'PLAN',
  );
  const r2 = task(rep, REPORT, '提升城市品质', '改造幸福里、东风苑等9个老旧小区，新建口袋公园3处。', 'PLAN');
  const r3 = task(rep, REPORT, '壮大产业', '全年完成固定资产投资增长12%左右，新增市场主体2000家以上。', 'PLAN');
  target(rep, REPORT, '新增城镇就业3000人', '城镇新增就业', 3000, '人', 2025, r1);
  target(rep, REPORT, '改造幸福里、东风苑等9个老旧小区', '老旧小区改造', 9, '个', 2025, r2);
  target(rep, REPORT, '新建口袋公园3处', '口袋公园', 3, '处', 2025, r2);
  target(rep, REPORT, '完成门诊楼主体工程2个', '门诊楼主体工程', 2, '个', 2025, null);
  target(rep, REPORT, '固定资产投资增长12%', '固定资产投资', 12, '%', 2025, r3, 'GROWTH');
  target(rep, REPORT, '新增市场主体2000家', '市场主体', 2000, '家', 2025, r3);
  target(rep, REPORT, '举办群众文艺汇演30场', '群众文艺汇演', 30, '场', 2025, null);
  target(rep, REPORT, '沿农村公路新建养老服务站3个', '养老服务站', 3, '个', 2025, null);
  target(rep, REPORT, '建设园林绿化中心苗木基地2处', '苗木基地', 2, '处', 2025, null);
  // the same figure stated differently by the plan: a conflict
  target(rep, REPORT, '提质改造农村公路100公里', '农村公路提质改造', 100, '公里', 2025, null);
  void yiyuan;
  return GraphBatchSchema.parse({ gazetteId: 'gaz_test', nodes, relationships: rels }) as GraphBatch;
}

const batch = build();
const out = countyGraph([batch]);
const statedKeys = new Set(batch.relationships.map(relationshipKey));
/** what the county derivation added to the stated facts */
const derivedOf = (g: GraphBatch) => g.relationships.filter((r) => !statedKeys.has(relationshipKey(r)));
const byId = new Map(out.nodes.map((n) => [n.props.id, n]));
const name = (id: string) => (byId.get(id)?.props as { name?: string }).name;
const targetId = (text: string) =>
  out.nodes.find(
    (n) =>
      n.label === 'Target' &&
      n.props.text === text &&
      n.props.documentId !== undefined &&
      (n.props as { documentId: string }).documentId === makeId('Document', 'report'),
  )!.props.id;
const owners = (text: string) =>
  out.relationships
    .filter((r) => r.type === 'RESPONSIBLE_FOR' && r.to === targetId(text))
    .sort((a, b) => Number(b.props.confidence) - Number(a.props.confidence));

describe('countyGraph', () => {
  it('keeps the input and adds relationships the schema accepts', () => {
    const merged = mergeStated([batch]);
    expect(out.nodes).toEqual(merged.nodes);
    expect(out.relationships.slice(0, merged.relationships.length)).toEqual(merged.relationships);
    expect(merged.relationships).toHaveLength(batch.relationships.length);
    expect(() => GraphBatchSchema.parse(out)).not.toThrow();
  });

  it('links a report commitment to the policy task it implements and takes its stated units (POLICY)', () => {
    const id = targetId('改造幸福里、东风苑等9个老旧小区');
    const link = out.relationships.find((r) => r.type === 'IMPLEMENTS' && r.from === id);
    expect(link && (byId.get(link.to)!.props as { title: string }).title).toBe('持续推进城镇老旧小区改造');
    expect(link!.props.terms).toContain('老旧小区');
    const o = owners('改造幸福里、东风苑等9个老旧小区');
    expect(name(o[0].from)).toBe('县住房和城乡建设局');
    expect(o[0].props).toMatchObject({ role: 'LEAD', basis: 'POLICY' });
    expect(o.find((r) => name(r.from) === '县财政局')?.props.role).toBe('SUPPORT');
    // chain: the report sentence and the plan's 牵头单位 statement
    expect(o[0].evidence.some((e) => e.quote.includes('9个老旧小区'))).toBe(true);
    expect(o[0].evidence.some((e) => e.quote.includes('牵头单位:县住房和城乡建设局'))).toBe(true);
  });

  it('does not link a commitment that no policy task is about', () => {
    const id = targetId('新增城镇就业3000人');
    expect(out.relationships.some((r) => r.type === 'IMPLEMENTS' && r.from === id)).toBe(false);
  });

  it("owns a target by the leaders' division of work (PORTFOLIO), with both sentences as evidence", () => {
    const o = owners('新增城镇就业3000人');
    expect(o).toHaveLength(1);
    expect(name(o[0].from)).toBe('县人力资源和社会保障局');
    expect(o[0].props).toMatchObject({ role: 'LEAD', basis: 'PORTFOLIO' });
    expect(Number(o[0].props.confidence)).toBeLessThan(0.7);
    expect(o[0].evidence.map((e) => e.quote).join('')).toContain('分管县民政局');
    expect(o[0].evidence.map((e) => e.quote).join('')).toContain('新增城镇就业3000人');
    expect(name(owners('固定资产投资增长12%')[0].from)).toBe('县发展和改革委员会');
  });

  it('reads the word next to the figure as what is counted, and answers a sub-unit by its parent', () => {
    expect(name(owners('沿农村公路新建养老服务站3个')[0].from)).toBe('县民政局');
    const o = owners('建设园林绿化中心苗木基地2处');
    expect(name(o[0].from)).toBe('县住房和城乡建设局');
    expect(Number(o[0].props.confidence)).toBeGreaterThan(Number(owners('新增城镇就业3000人')[0].props.confidence));
  });

  it('leaves a target unassigned when nothing supports an owner', () => {
    expect(owners('举办群众文艺汇演30场')).toHaveLength(0); // 文化 is nobody's portfolio here
    expect(owners('新增市场主体2000家')).toHaveLength(0); // no 市场监管 department in this county's batch
  });

  it('takes the organisation that is the subject of the clause as STATED', () => {
    const o = owners('完成门诊楼主体工程2个');
    expect(name(o[0].from)).toBe('县人民医院');
    expect(o[0].props).toMatchObject({ role: 'LEAD', basis: 'STATED' });
  });

  it("gives a plan task's units to its targets", () => {
    const t = out.nodes.find((n) => n.label === 'Target' && n.props.text === '累计改造老旧小区40个')!;
    const o = out.relationships.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.to === t.props.id);
    expect(o.map((r) => `${name(r.from)}:${r.props.role}:${r.props.basis}`).sort()).toEqual([
      '县住房和城乡建设局:LEAD:STATED',
      '县财政局:SUPPORT:STATED',
    ]);
  });

  it('marks different figures for the same metric, scope and year in two documents as a conflict', () => {
    const c = out.relationships.filter((r) => r.type === 'CONFLICTS_WITH');
    expect(c).toHaveLength(0); // 2025 (report) vs 2025 (plan) with 100 both: same figure
    const edited = structuredClone(batch);
    const t = edited.nodes.find(
      (n) =>
        n.label === 'Target' &&
        n.props.text === '提质改造农村公路100公里' &&
        (n.props as { documentId: string }).documentId === makeId('Document', 'report'),
    )!;
    (t.props as { value: number }).value = 120;
    const c2 = countyGraph([edited]).relationships.filter((r) => r.type === 'CONFLICTS_WITH');
    expect(c2).toHaveLength(1);
    expect(c2[0].evidence).toHaveLength(2);
  });

  it('gives every inferred responsibility a basis and evidence quoting the source', () => {
    const docs = new Map(
      out.nodes.filter((n) => n.label === 'Document').map((n) => [n.props.id, (n.props as { text: string }).text]),
    );
    for (const r of derivedOf(out)) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(docs.get(e.documentId)!.slice(e.start, e.end)).toBe(e.quote);
      if (r.type === 'RESPONSIBLE_FOR') expect(['STATED', 'POLICY', 'PORTFOLIO']).toContain(r.props.basis);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(countyGraph([build()]))).toBe(JSON.stringify(out));
    const shuffled = { ...batch, nodes: [...batch.nodes].reverse(), relationships: [...batch.relationships].reverse() };
    expect(JSON.stringify(derivedOf(countyGraph([shuffled])))).toBe(JSON.stringify(derivedOf(out)));
  });
});
