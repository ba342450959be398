/**
 * The actor extractors on the real seed gazette and on every corpus report (through the real
 * gazette stage). Expected figures were counted by hand from the seed text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGazette, type ParsedDocument } from '../../src/gazette/index.js';
import { extractActors } from '../../src/extract/actors.js';
import { organizationMerges, organizationNames } from '../../src/pipeline.js';
import { must } from '../../src/errors.js';
import type { GraphNode, GraphRelationship } from '../../src/model/index.js';

const SEED = 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt';
const CORPUS = 'tests/fixtures/corpus';

function run(file: string) {
  const g = parseGazette(readFileSync(file, 'utf8'), file);
  // one resolve pass per jurisdiction over the whole gazette, as pipeline.ts runs it
  const names = new Map<string | null, ReturnType<typeof organizationNames>>();
  const perDoc = g.documents.map((d) => {
    const jurisdiction = d.props.jurisdiction ?? g.props.jurisdiction;
    if (!names.has(jurisdiction)) names.set(jurisdiction, organizationNames(jurisdiction, g.documents));
    return { doc: d, res: extractActors(d, must(names, jurisdiction), jurisdiction) };
  });
  const nodes = new Map<string, GraphNode>();
  for (const { res } of perDoc) for (const n of res.nodes) nodes.set(n.props.id, n);
  const name = (id: string) => (nodes.get(id)?.props as { name?: string } | undefined)?.name ?? id;
  const rels = (type: string, docs = perDoc) =>
    docs.flatMap(({ res }) => res.relationships.filter((r) => r.type === type));
  return { g, perDoc, nodes, name, rels };
}

function evidenceHolds(doc: ParsedDocument, items: Array<GraphNode | GraphRelationship>) {
  for (const x of items) {
    expect(x.evidence.length).toBeGreaterThan(0);
    for (const e of x.evidence) {
      expect(e.documentId).toBe(doc.id);
      expect(e.quote.length).toBeGreaterThan(0);
      expect(doc.props.text.slice(e.start, e.end)).toBe(e.quote);
    }
  }
}

describe('seed gazette', () => {
  const s = run(SEED);
  const ofKind = (k: string) => s.perDoc.filter((p) => p.doc.props.kind === k);

  it('evidence quotes the original text for every fact', () => {
    for (const { doc, res } of s.perDoc) {
      evidenceHolds(doc, [...res.nodes, ...res.relationships]);
      for (const u of res.statedUnits)
        expect(doc.props.text.slice(u.evidence.start, u.evidence.end)).toBe(u.evidence.quote);
    }
  });

  it('urban-renewal plan: 16 tasks each with one LEAD and their SUPPORT units', () => {
    const plan = ofKind('PLAN').find((p) => p.doc.props.title.includes('城市更新'))!;
    const statements = new Map<number, Array<{ role: string; org: string }>>();
    for (const u of plan.res.statedUnits.filter((x) => x.evidence.quote.includes('牵头单位'))) {
      statements.set(u.span.start, [
        ...(statements.get(u.span.start) ?? []),
        { role: u.role, org: s.name(u.organizationId) },
      ]);
    }
    expect(statements.size).toBe(16);
    for (const units of statements.values()) expect(units.filter((u) => u.role === 'LEAD')).toHaveLength(1);
    const first = [...statements.values()][0];
    expect(first).toEqual([
      { role: 'LEAD', org: '旗住房和城乡建设局' },
      { role: 'SUPPORT', org: '旗城市管理综合行政执法局' },
      { role: 'SUPPORT', org: '阿勒腾席热镇' },
    ]);
    // a 旗 prefix carries over the names that elide it
    expect([...statements.values()][1].map((u) => u.org)).toContain('旗教育体育局');
    const leads = [...statements.values()].map((u) => u[0].org);
    expect(leads.filter((l) => l === '旗住房和城乡建设局')).toHaveLength(13);
  });

  it('division of work: 分管, sub-units, 联系, AB角 and 协助', () => {
    const d = ofKind('DIVISION_OF_WORK');
    const sup = s.rels('SUPERVISES', d).map((r) => `${s.name(r.from)}>${s.name(r.to)}`);
    expect(sup).toHaveLength(76);
    expect(sup).toEqual(
      expect.arrayContaining([
        '周立明>旗住房和城乡建设局',
        '周立明>旗城乡环卫中心',
        '李贵>旗人力资源和社会保障局',
        '李贵>旗就业和社会保险事业中心',
        '李贵>旗疾病预防控制中心',
      ]),
    );
    const scoped = s
      .rels('SUPERVISES', d)
      .filter((r) => r.props.scope)
      .map((r) => `${s.name(r.from)}:${r.props.scope}`);
    expect(scoped.sort()).toEqual(['孟都巴雅尔:对外贸易工作', '张富春:除对外贸易工作']);
    expect(s.rels('BACKUP_OF', d)).toHaveLength(10);
    expect(s.rels('ASSISTS', d).map((r) => `${s.name(r.from)}>${s.name(r.to)}`)).toEqual(
      expect.arrayContaining(['王建林>周立明', '边永祥>孟都巴雅尔', '李贵>乔小军']),
    );
    expect(s.rels('LIAISES_WITH', d).length).toBeGreaterThanOrEqual(40);
    const li = s.perDoc
      .find((p) => p.doc.props.kind === 'DIVISION_OF_WORK')!
      .res.nodes.find((n) => n.label === 'Person' && n.props.name === '李贵')!;
    expect(li.label === 'Person' && li.props.portfolio).toEqual([
      '民政',
      '人社',
      '交通',
      '卫生健康',
      '医疗保障',
      '退役军人事务',
      '市场监管',
      '大数据',
    ]);
  });

  it('appointments: every line of the four notices', () => {
    const docs = ofKind('APPOINTMENT');
    expect(docs.map((p) => s.rels('APPOINTED', [p]).length)).toEqual([45, 54, 16, 26]);
    expect(docs.map((p) => new Set(s.rels('APPOINTED', [p]).map((r) => r.from)).size)).toEqual([44, 54, 15, 12]);
    const actions = new Set(s.rels('APPOINTED', docs).map((r) => r.props.action));
    expect([...actions].sort()).toEqual(['APPOINT', 'NOMINATE', 'NOMINATE_REMOVE', 'REMOVE']);
    for (const r of s.rels('APPOINTED', docs)) expect(r.props.docNumber).toMatch(/^伊政任发〔2024〕\d号$/);
  });

  it('emergency plan: 23 contacts, member units, office', () => {
    const e = ofKind('EMERGENCY_PLAN');
    expect(s.rels('HAS_CONTACT', e)).toHaveLength(23);
    const members = s
      .rels('MEMBER_OF', e)
      .filter((r) => r.props.role === '成员单位' && s.name(r.to).endsWith('指挥部'));
    expect(members.map((r) => s.name(r.from))).toContain('旗卫生健康委员会');
    expect(s.rels('OFFICE_OF', e).map((r) => s.name(r.from))).toEqual(['旗生态环境局']);
  });

  it('merges are logged with reasons', () => {
    const merges = organizationMerges(s.g.props.jurisdiction, s.g.documents);
    const m = merges.find((x) => x.mention === '旗卫健委');
    expect(m).toMatchObject({ canonical: '旗卫生健康委员会' });
    expect(merges.every((x) => x.reason.length > 0)).toBe(true);
  });
});

describe('corpus reports', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

  it.each(files)('%s: runs, and every fact has verbatim evidence', (f) => {
    const r = run(join(CORPUS, f));
    for (const { doc, res } of r.perDoc) evidenceHolds(doc, [...res.nodes, ...res.relationships]);
  });

  it('Inner Mongolia 2026: the ten （牵头单位：…） items yield LEAD units', () => {
    const r = run(join(CORPUS, 'inner_mongolia_province_2026_gov_work_report.txt'));
    const stated = r.perDoc.flatMap((p) => p.res.statedUnits).filter((u) => u.evidence.quote.startsWith('（牵头单位'));
    const statements = new Set(stated.map((u) => u.span.start));
    expect(statements.size).toBe(10);
    expect(stated.every((u) => u.role === 'LEAD')).toBe(true);
    expect(stated.map((u) => r.name(u.organizationId))).toEqual(
      expect.arrayContaining([
        '自治区人力资源和社会保障厅',
        '自治区住房和城乡建设厅',
        '自治区卫生健康委员会',
        '自治区市场监督管理局',
      ]),
    );
  });
});
