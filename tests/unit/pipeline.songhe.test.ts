/**
 * A second, invented gazette (a 区, not a 旗): other running header (松河政报 with issue and page),
 * 〔〕 文号, a division of work written 负责…工作。分管…。联系…。 with an AB角 table, a notice printing a
 * plan whose tasks sit in a 责任单位 table, and a short 政府工作报告 with 主要预期目标. No code knows it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphBatch } from '../../src/pipeline.js';
import type { GraphBatch, GraphNode } from '../../src/model/index.js';

const FILE = 'tests/fixtures/gazette/songhe-district.txt';
const text = readFileSync(FILE, 'utf8');
const batch = buildGraphBatch({ text, sourceFile: 'songhe-district.txt' });

const nodesOf = <L extends GraphNode['label']>(b: GraphBatch, label: L) =>
  b.nodes.filter((n): n is Extract<GraphNode, { label: L }> => n.label === label);
const byId = new Map(batch.nodes.map((n) => [n.props.id, n]));
const nameOf = (id: string) =>
  (byId.get(id)?.props as { name?: string; title?: string }).name ?? (byId.get(id)?.props as { title?: string }).title;
const docs = nodesOf(batch, 'Document').filter((d) => d.props.kind !== 'OTHER' && d.props.kind !== 'CITED');
const docOf = (kind: string) => docs.find((d) => d.props.kind === kind)!;
/** "person → org" pairs of one relationship type, sorted */
const pairs = (type: string) =>
  batch.relationships
    .filter((r) => r.type === type)
    .map((r) => `${nameOf(r.from)}→${nameOf(r.to)}`)
    .sort();

describe('a 区 gazette the code has never seen', () => {
  it('finds its documents with 文号, dates, kinds and the report year', () => {
    const got = docs
      .map((d) => [d.props.kind, d.props.docNumber, d.props.issuedOn, d.props.reportYear])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual([
      ['DIVISION_OF_WORK', '松政办发〔2025〕15号', '2025-04-20', null],
      ['NOTICE', '松政发〔2025〕7号', '2025-04-08', null],
      ['PLAN', null, '2025-04-08', null],
      ['WORK_REPORT', null, '2025-01-16', 2025],
    ]);
    const promulgates = batch.relationships.filter((r) => r.type === 'PROMULGATES');
    expect(promulgates.map((r) => [r.from, r.to])).toEqual([[docOf('NOTICE').props.id, docOf('PLAN').props.id]]);
    expect(
      batch.relationships
        .filter((r) => r.type === 'CITES')
        .map((r) => (byId.get(r.to)!.props as { docNumber: string }).docNumber),
    ).toEqual(['清政发〔2024〕21号']);
  });

  it('drops the running header 松河政报 … from the text and joins the broken sentence', () => {
    expect(docOf('PLAN').props.text).toContain('松河政报 2025年第2期 7');
    const task = nodesOf(batch, 'Section').find((s) => s.props.heading === '强化督查考核')!;
    expect(task.props.text).toContain('定期通报任务进展情况');
  });

  it('reads the leaders: posts, 分管 (with the bracketed sub-unit), 联系, 协助 and the AB table', () => {
    expect(pairs('SUPERVISES')).toEqual(
      [
        '孙丽→区人力资源和社会保障局',
        '孙丽→区教育局',
        '孙丽→区民政局',
        '孙丽→区卫生健康委员会',
        '李振华→区交通运输局',
        '李振华→区住房和城乡建设局',
        '李振华→区城市管理综合行政执法局',
        '赵明远→区审计局',
        '钱晓东→区发展和改革局',
        '钱晓东→区国有资产服务中心',
        '钱晓东→区统计局',
        '钱晓东→区财政局',
      ].sort(),
    );
    expect(pairs('PART_OF')).toEqual(['区国有资产服务中心→区财政局']);
    expect(pairs('LIAISES_WITH')).toEqual(
      ['孙丽→区妇女联合会', '孙丽→区总工会', '李振华→区供电公司', '钱晓东→区人民法院', '钱晓东→区税务局'].sort(),
    );
    expect(pairs('ASSISTS')).toEqual(['周强→钱晓东']);
    expect(pairs('BACKUP_OF')).toEqual(['孙丽→李振华', '孙丽→钱晓东', '李振华→孙丽', '钱晓东→孙丽']);
    const holds = batch.relationships
      .filter((r) => r.type === 'HOLDS')
      .map((r) => `${nameOf(r.from)}:${(r.props as { title: string }).title}`);
    expect(holds).toEqual(expect.arrayContaining(['赵明远:区长', '钱晓东:常务副区长', '李振华:副区长（挂职）']));
    const sun = nodesOf(batch, 'Person').find((p) => p.props.name === '孙丽')!;
    expect(sun.props.portfolio).toEqual(expect.arrayContaining(['教育', '卫生健康', '民政']));
    const zhao = nodesOf(batch, 'Person').find((p) => p.props.name === '赵明远')!;
    expect(zhao.props.portfolio ?? []).not.toContain('区人民政府全面');
  });

  it('gives the plan table rows as tasks with the units their 责任单位 column states (first leads)', () => {
    const tasks = nodesOf(batch, 'Task').filter((t) => t.props.documentId === docOf('PLAN').props.id);
    const owners = (title: string) => {
      const t = tasks.find((x) => x.props.title === title)!;
      expect(t, title).toBeTruthy();
      return batch.relationships
        .filter(
          (r) =>
            r.type === 'RESPONSIBLE_FOR' && r.to === t.props.id && (r.props as { basis: string }).basis === 'STATED',
        )
        .map((r) => `${(r.props as { role: string }).role}:${nameOf(r.from)}`)
        .sort();
    };
    expect(owners('推行“一网通办”')).toEqual(['LEAD:区政务服务和数据管理局']);
    expect(owners('压缩企业开办时间')).toEqual(['LEAD:区市场监督管理局', 'SUPPORT:区公安分局', 'SUPPORT:区税务局']);
    // the lexicon's canonical name; the written form stays an alias
    expect(owners('优化工程建设项目审批')).toEqual(['LEAD:区住房和城乡建设局', 'SUPPORT:区自然资源局']);
    expect(nodesOf(batch, 'Organization').find((o) => o.props.name === '区自然资源局')!.props.aliases).toContain(
      '区自然资源和规划局',
    );
    // the row's target belongs to the row's task and so to its stated lead unit
    const t = nodesOf(batch, 'Target').find((x) => x.props.value === 95 && x.props.unit === '%')!;
    expect(t.props).toMatchObject({ year: 2025, modifier: 'AT_LEAST', status: 'PLANNED' });
    const lead = batch.relationships.find(
      (r) => r.type === 'RESPONSIBLE_FOR' && r.to === t.props.id && (r.props as { role: string }).role === 'LEAD',
    );
    expect(lead && nameOf(lead.from)).toBe('区政务服务和数据管理局');
  });

  it('reads the report: review results of 2024 and the 2025 主要预期目标', () => {
    const report = docOf('WORK_REPORT').props.id;
    const tg = nodesOf(batch, 'Target').filter((x) => x.props.documentId === report);
    const find = (metric: string, unit: string, status: string) =>
      tg
        .filter((x) => x.props.metric === metric && x.props.unit === unit && x.props.status === status)
        .map((x) => [x.props.value, x.props.modifier, x.props.measure, x.props.year]);
    expect(find('地区生产总值', '%', 'PLANNED')).toEqual([[6, 'ABOUT', 'GROWTH', 2025]]);
    expect(find('地区生产总值', '亿元', 'ACHIEVED')).toEqual([[286.5, 'EXACT', 'LEVEL', 2024]]);
    expect(find('地区生产总值', '%', 'ACHIEVED')).toEqual([[5.2, 'EXACT', 'GROWTH', 2024]]);
    expect(find('城镇调查失业率', '%', 'PLANNED')).toEqual([[5.5, 'AT_MOST', 'LEVEL', 2025]]);
    expect(find('城镇新增就业', '人', 'PLANNED')).toEqual([[3200, 'AT_LEAST', 'COUNT', 2025]]);
    expect(tg.some((x) => x.props.measure === 'QUALITATIVE' && x.props.year === 2025)).toBe(true);
    const tasks = nodesOf(batch, 'Task')
      .filter((t) => t.props.documentId === report)
      .map((t) => t.props.title);
    expect(tasks).toEqual(
      expect.arrayContaining(['培育壮大先进制造业', '新建标准化厂房20万平方米', '提升城市品质', '改造老旧小区12个']),
    );
  });

  it('quotes every piece of evidence verbatim and is deterministic', () => {
    const texts = new Map(nodesOf(batch, 'Document').map((d) => [d.props.id, d.props.text]));
    let n = 0;
    for (const x of [...batch.nodes, ...batch.relationships]) {
      for (const e of x.evidence) {
        expect(texts.get(e.documentId)!.slice(e.start, e.end)).toBe(e.quote);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(JSON.stringify(buildGraphBatch({ text, sourceFile: 'songhe-district.txt' }))).toBe(JSON.stringify(batch));
  });
});

describe('the same gazette printed another way', () => {
  // the 目录 names the report with place and year; the task table has pipes and 牵头/配合 columns
  const variant = text
    .replace('- 政府工作报告…………（9）', '- 松河区2025年政府工作报告…………（9）')
    .replace(
      /序号\t工作任务\t责任单位\t完成时限\n[\s\S]*?\n\n/,
      [
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '| --- | --- | --- | --- |',
        '| 1 | 推行“一网通办”，2025年政务服务事项网上可办率达到95%以上 | 区政务服务和数据管理局 | 区大数据中心 |',
        '| 2 | 压缩企业开办时间 | 区市场监督管理局 | 区税务局、区公安分局 |',
      ].join('\n') + '\n\n',
    );
  const b = buildGraphBatch({ text: variant, sourceFile: 'songhe-variant.txt' });
  const ids = new Map(b.nodes.map((n) => [n.props.id, n]));
  const name = (id: string) =>
    (ids.get(id)!.props as { name?: string; title?: string }).name ?? (ids.get(id)!.props as { title: string }).title;

  it('still finds the report and reads the 牵头/配合 columns', () => {
    expect(variant).not.toBe(text);
    expect(
      nodesOf(b, 'Document')
        .filter((d) => d.props.kind === 'WORK_REPORT')
        .map((d) => d.props.reportYear),
    ).toEqual([2025]);
    const stated = b.relationships
      .filter(
        (r) =>
          r.type === 'RESPONSIBLE_FOR' &&
          (r.props as { basis: string }).basis === 'STATED' &&
          ids.get(r.to)!.label === 'Task',
      )
      .map((r) => `${name(r.to)}|${(r.props as { role: string }).role}:${name(r.from)}`)
      .sort();
    expect(stated).toEqual([
      '压缩企业开办时间|LEAD:区市场监督管理局',
      '压缩企业开办时间|SUPPORT:区公安分局',
      '压缩企业开办时间|SUPPORT:区税务局',
      '推行“一网通办”|LEAD:区政务服务和数据管理局',
      '推行“一网通办”|SUPPORT:区大数据中心',
    ]);
  });
});
