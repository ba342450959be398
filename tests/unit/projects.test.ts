import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../src/gazette/index.js';
import { extractProjects } from '../../src/extract/projects.js';
import type { ParsedDocument } from '../../src/gazette/types.js';

function reportOf(body: string): ParsedDocument {
  const text = `政府工作报告\n——2025年1月10日在青山县第五届人民代表大会第四次会议上\n青山县人民政府县长 张三\n各位代表：\n一、2024年工作回顾\n过去一年，经济平稳。\n二、2025年工作安排\n${body}\n`;
  return parseGazette(text, 'r.txt').documents.find((d) => d.props.kind === 'WORK_REPORT')!;
}

describe('extractProjects', () => {
  it('splits a 等项目 list into named projects with capacity and action', () => {
    const doc = reportOf(
      '（一）壮大新能源产业。一是开工建设青松20GWh储能电池、绿源化工200万吨煤制油等项目，加快推进华北2×350兆瓦热电联产项目投产。',
    );
    const ps = extractProjects(doc);
    const byName = Object.fromEntries(ps.map((p) => [p.name, p]));
    expect(byName['青松20GWh储能电池']).toMatchObject({ capacity: '20GWh', action: '开工建设', year: 2025 });
    expect(byName['绿源化工200万吨煤制油']).toMatchObject({ capacity: '200万吨', action: '开工建设' });
    expect(byName['华北2×350兆瓦热电联产项目']).toMatchObject({ capacity: '2×350兆瓦', action: '加快推进…投产' });
    for (const p of ps) expect(doc.clean.slice(p.span.start, p.span.end).replace(/\s/g, '')).toBe(p.name);
  });

  it('ignores categories and compound words', () => {
    const doc = reportOf('（一）抓项目。实施重大项目50个，强化项目建设要素保障，精选优质项目。');
    expect(extractProjects(doc)).toEqual([]);
  });

  it('drops counted classes, category lists and phrases that only contain 项目', () => {
    const doc = reportOf(
      '（一）抓项目。谋划实施城中村改造项目34个，再谋划一批水利、交通、防灾减灾项目，实施甲市、乙市2个示范项目，推动资源要素向项目聚集，推动政策惠企、产销对接助企、项目提质扶企，实施土地整合、肉牛养殖等21个产业扶持项目，实施青松湾二期、红石岭矿区修复等12个项目，推动白杨集团、蓝河冷链物流基地项目尽快落地。',
    );
    const names = extractProjects(doc)
      .map((p) => p.name)
      .sort();
    expect(names).toEqual(['红石岭矿区修复', '蓝河冷链物流基地项目', '青松湾二期'].sort());
  });

  it('finds the seed report projects with capacities as written', () => {
    const SEED = 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt';
    const g = parseGazette(readFileSync(SEED, 'utf8'), SEED);
    const report = g.documents.find((d) => d.props.kind === 'WORK_REPORT')!;
    const ps = extractProjects(report);
    const gwh = ps.filter((p) => /GWh$/.test(p.capacity ?? ''));
    expect(gwh.length).toBeGreaterThanOrEqual(2);
    const unit = ps.find((p) => /×/.test(p.capacity ?? ''))!;
    expect(unit.name.endsWith('项目')).toBe(true);
    expect(unit.action).toMatch(/投入使用|投产/);
    // evidence spans hold the name as written (PDF spacing aside)
    for (const p of ps) expect(report.clean.slice(p.span.start, p.span.end).replace(/\s/g, '')).toBe(p.name);
  });
});
