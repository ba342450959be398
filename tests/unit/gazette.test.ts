import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGazette, evidenceOf } from '../../src/gazette/index.js';
import { AppError } from '../../src/errors.js';

const SEED = 'seed/gazettes/yijinhuoluo-gazette-2024-01.txt';
const CORPUS = 'tests/fixtures/corpus';
const seedText = readFileSync(SEED, 'utf8');
const seed = parseGazette(seedText, SEED);
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

describe('seed gazette documents', () => {
  // read off the printed gazette: title words, 文号 as printed (any bracket style), signature date, 目录 category
  const expected = [
    {
      has: '城市更新行动实施方案',
      notice: true,
      docNumber: '伊政办发〔2024〕5号',
      issuedOn: '2024-01-19',
      kind: 'NOTICE',
      category: '政府办文件',
    },
    {
      has: '城市更新行动实施方案',
      notice: false,
      docNumber: null,
      issuedOn: '2024-01-19',
      kind: 'PLAN',
      category: '政府办文件',
    },
    {
      has: '辐射事故应急预案',
      notice: true,
      docNumber: '伊政办发〔2024〕7号',
      issuedOn: '2024-02-04',
      kind: 'NOTICE',
      category: '政府办文件',
    },
    {
      has: '辐射事故应急预案',
      notice: false,
      docNumber: null,
      issuedOn: '2024-02-04',
      kind: 'EMERGENCY_PLAN',
      category: '政府办文件',
    },
    {
      has: '文学艺术激励扶持工程实施办法',
      notice: true,
      docNumber: '伊政办发〔2024〕11号',
      issuedOn: '2024-02-29',
      kind: 'NOTICE',
      category: '政府办文件',
    },
    {
      has: '文学艺术激励扶持工程实施办法',
      notice: false,
      docNumber: null,
      issuedOn: '2024-02-29',
      kind: 'MEASURES',
      category: '政府办文件',
    },
    {
      has: '领导工作分工和AB角调整',
      notice: true,
      docNumber: '伊政办发〔2024〕6号',
      issuedOn: '2024-01-25',
      kind: 'DIVISION_OF_WORK',
      category: '领导分工',
    },
    {
      has: '白一琼等同志',
      notice: true,
      docNumber: '伊政任发〔2024〕1号',
      issuedOn: '2024-01-12',
      kind: 'APPOINTMENT',
      category: '人事任免',
    },
    {
      has: '张永峰等同志',
      notice: true,
      docNumber: '伊政任发〔2024〕2号',
      issuedOn: '2024-01-12',
      kind: 'APPOINTMENT',
      category: '人事任免',
    },
    {
      has: '贾文锦等同志',
      notice: true,
      docNumber: '伊政任发〔2024〕3号',
      issuedOn: '2024-01-12',
      kind: 'APPOINTMENT',
      category: '人事任免',
    },
    {
      has: '王洁琼等同志',
      notice: true,
      docNumber: '伊政任发〔2024〕4号',
      issuedOn: '2024-01-12',
      kind: 'APPOINTMENT',
      category: '人事任免',
    },
    {
      has: '政府工作报告',
      notice: false,
      docNumber: null,
      issuedOn: '2024-01-23',
      kind: 'WORK_REPORT',
      category: '领导讲话',
    },
  ];
  const printed = seed.documents.filter((d) => d.props.kind !== 'OTHER');

  it('finds every document of the 目录 plus the plans the notices print, in order', () => {
    expect(printed.map((d) => d.props.kind)).toEqual(expected.map((e) => e.kind));
  });

  it.each(expected.map((e, i) => [i, e] as const))('document %i has its 文号, date, kind and category', (i, e) => {
    const d = printed[i].props;
    expect(d.title).toContain(e.has);
    expect(d.title.endsWith('通知')).toBe(e.notice);
    expect(d.docNumber).toBe(e.docNumber);
    expect(d.issuedOn).toBe(e.issuedOn);
    expect(d.category).toBe(e.category);
    expect(d.jurisdiction).toBe('伊金霍洛旗');
  });

  it('links each plan to the notice that prints it', () => {
    for (const d of printed.filter((x) => ['PLAN', 'EMERGENCY_PLAN', 'MEASURES'].includes(x.props.kind))) {
      const notice = printed.find((n) => n.id === d.promulgatedBy);
      expect(notice?.props.kind).toBe('NOTICE');
      expect(notice!.props.gazetteEnd!).toBeLessThanOrEqual(d.props.gazetteStart!);
    }
  });

  it('reads the work report: date, issuer, report year, review and plan parts', () => {
    const r = printed[printed.length - 1];
    expect(r.props.issuer).toBe('伊金霍洛旗人民政府');
    expect(r.props.reportYear).toBe(2024);
    const top = r.sections.filter((s) => s.parentId === null);
    expect(top[0].part).toBe('REVIEW');
    expect(top.some((s) => s.part === 'PLAN' && /2024年/.test(s.heading))).toBe(true);
    // every ——block of the plan holds its 一是/二是 items
    const dashes = r.sections.filter((s) => s.number === '——' && s.part === 'PLAN');
    expect(dashes.length).toBeGreaterThan(10);
    const withItems = dashes.filter((d) =>
      r.sections.some((c) => c.parentId === d.id && /^[一二三四五六七八九十]是$/.test(c.number ?? '')),
    );
    expect(withItems.length).toBeGreaterThan(dashes.length / 2);
  });

  it('each document text is the original slice of the gazette', () => {
    for (const d of seed.documents)
      expect(seedText.slice(d.props.gazetteStart!, d.props.gazetteEnd!)).toBe(d.props.text);
  });

  it('drops running page headers from the clean text but keeps the publication named in 《》', () => {
    const header = seed.props.title;
    expect(header).toBe('伊金霍洛旗人民政府公报');
    for (const d of seed.documents) {
      expect(d.clean.replace(new RegExp(`《${header}》`, 'g'), '')).not.toContain(header);
    }
  });

  it('joins sentences broken across page breaks', () => {
    const plan = printed[1];
    // printed as "…落实安全隐患消除、功能设施完善、居住品质" / page break / "提升为主的居住类城市更新"
    expect(plan.clean).toContain('居住品质提升为主的居住类城市更新');
    const raw = plan.props.text;
    expect(raw).toMatch(/居住品质\s*\n\s*\n\s*提升为主/);
  });

  it('builds the plan section tree with levels, paths and parents', () => {
    const plan = printed[1];
    const task = plan.sections.find((s) => s.heading === '优化提升城市绿色空间')!;
    expect(task.level).toBe(3);
    expect(task.path[0]).toMatch(/^六、/);
    expect(task.path[1]).toMatch(/^\(一\)/);
    const parent = plan.sections.find((s) => s.id === task.parentId)!;
    expect(parent.start).toBeLessThan(task.start);
    expect(parent.end).toBeGreaterThanOrEqual(task.end);
    // decimal numbering 1 / 1.1 / 3.1.2 and annexes in the emergency plan
    const ep = printed[3];
    const s312 = ep.sections.find((s) => s.number === '3.1.2')!;
    expect(s312.level).toBe(3);
    expect(ep.sections.find((s) => s.id === s312.parentId)!.number).toBe('3.1');
    expect(
      ep.sections.filter((s) => (s.number ?? '').startsWith('附件') && s.parentId === null).length,
    ).toBeGreaterThanOrEqual(2);
    // 第一章 / 第一条 in the measures
    const m = printed[5];
    const art = m.sections.find((s) => s.number === '第一条')!;
    expect(m.sections.find((s) => s.id === art.parentId)!.number).toBe('第一章');
  });

  it('maps clean spans back to verbatim original quotes', () => {
    for (const d of seed.documents) {
      for (const s of d.sections) {
        const e = evidenceOf(d, { start: s.start, end: s.end });
        expect(d.props.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.quote.startsWith(d.clean[s.start])).toBe(true);
      }
    }
  });
});

describe('a gazette of another county (fixture)', () => {
  const text = readFileSync('tests/fixtures/gazette/qingshan-mini.txt', 'utf8');
  const g = parseGazette(text, 'qingshan-mini.txt');
  const docs = g.documents.filter((d) => d.props.kind !== 'OTHER');

  it('reads the masthead and the documents by general rules', () => {
    expect(g.props).toMatchObject({
      title: '青山县人民政府公报',
      jurisdiction: '青山县',
      issue: '2025年第3期(总第12期)',
      publishedOn: '2025-04-15',
    });
    expect(docs.map((d) => [d.props.kind, d.props.docNumber, d.props.issuedOn])).toEqual([
      ['NOTICE', '青政办发〔2025〕12号', '2025-03-02'],
      ['PLAN', null, '2025-03-02'],
      ['APPOINTMENT', '青政任发〔2025〕3号', '2025-03-20'],
    ]);
  });

  it('removes a page header printed inside a sentence and joins the broken word', () => {
    const plan = docs[1];
    expect(plan.clean).toContain('推动照明智能化改造，覆盖率达到90%');
    expect(plan.clean).toContain('加强日常维护管理');
    const at = plan.clean.indexOf('智能化改造');
    const e = evidenceOf(plan, { start: at, end: at + 5 });
    expect(e.quote).toContain('青山县人民政府公报');
    expect(plan.props.text.slice(e.start, e.end)).toBe(e.quote);
  });
});

describe('目录 and body punctuating a title differently', () => {
  it('still finds the document', () => {
    const text = readFileSync('tests/fixtures/gazette/qingshan-mini.txt', 'utf8').replace(
      '青山县人民政府办公室关于印发 《青山县老旧街区改造工作方案》的通知\n',
      '青山县人民政府办公室关于印发青山县老旧街区\n改造工作方案的通知\n',
    );
    const docs = parseGazette(text, 'q.txt').documents.filter((d) => d.props.kind !== 'OTHER');
    expect(docs.map((d) => d.props.kind)).toEqual(['NOTICE', 'PLAN', 'APPOINTMENT']);
    expect(docs[0].props.docNumber).toBe('青政办发〔2025〕12号');
  });
});

describe('page headers that carry the issue and page number', () => {
  it('are dropped like bare ones', () => {
    let page = 10;
    const text = readFileSync('tests/fixtures/gazette/qingshan-mini.txt', 'utf8').replace(
      /\n青山县人民政府公报\n/g,
      () => `\n青山县人民政府公报 2025年第3期 · ${++page} ·\n`,
    );
    const g = parseGazette(text, 'q.txt');
    expect(g.props.title).toBe('青山县人民政府公报');
    const plan = g.documents.find((d) => d.props.kind === 'PLAN')!;
    expect(plan.clean).toContain('推动照明智能化改造，覆盖率达到90%');
    expect(plan.clean).not.toMatch(/公报|第3期/);
  });
});

describe('a gazette without a 目录', () => {
  it('finds notices by their title and 文号 line, and the plan a notice prints', () => {
    const text = readFileSync('tests/fixtures/gazette/qingshan-mini.txt', 'utf8');
    const body = text.slice(text.indexOf('青山县人民政府办公室关于印发 《'));
    const g = parseGazette(body, 'body.txt');
    expect(g.documents.map((d) => [d.props.kind, d.props.docNumber, d.props.issuedOn])).toEqual([
      ['NOTICE', '青政办发〔2025〕12号', '2025-03-02'],
      ['PLAN', null, '2025-03-02'],
      ['APPOINTMENT', '青政任发〔2025〕3号', '2025-03-20'],
    ]);
    // the page header still goes, though the masthead is missing
    expect(g.documents[1].clean).toContain('智能化改造');
  });
});

describe('corpus work reports', () => {
  it.each(corpusFiles)('%s is one WORK_REPORT with a section tree and both parts', (f) => {
    const g = parseGazette(readFileSync(join(CORPUS, f), 'utf8'), f);
    const reports = g.documents.filter((d) => d.props.kind === 'WORK_REPORT');
    expect(reports).toHaveLength(1);
    const r = reports[0];
    expect(r.sections.length).toBeGreaterThan(3);
    expect(r.props.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.props.reportYear).toBe(Number(r.props.issuedOn!.slice(0, 4)));
    expect(r.props.jurisdiction).toBeTruthy();
    expect(r.sections.some((s) => s.part === 'REVIEW')).toBe(true);
    expect(r.sections.some((s) => s.part === 'PLAN')).toBe(true);
    for (const s of r.sections) {
      expect(s.end).toBeGreaterThan(s.start);
      if (s.parentId) {
        const p = r.sections.find((x) => x.id === s.parentId)!;
        expect(p.level).toBe(s.level - 1);
        expect(p.start <= s.start && s.end <= p.end).toBe(true);
      }
    }
  });
});

describe('a plan printed alone', () => {
  it('is one document titled by its first line, with the place it names', () => {
    const g = parseGazette(
      '青山县乡村振兴三年行动方案\n一、总体要求\n到2026年，建成示范村20个。\n二、重点任务\n（一）发展特色产业。培育龙头企业5家。\n',
      'p.txt',
    );
    expect(g.documents.map((d) => [d.props.kind, d.props.title, d.props.jurisdiction])).toEqual([
      ['PLAN', '青山县乡村振兴三年行动方案', '青山县'],
    ]);
    expect(g.documents[0].sections.map((s) => s.level)).toEqual([1, 1, 2]);
  });
});

describe('no recognisable document', () => {
  it('refuses prose without titles with BAD_INPUT_FILE', () => {
    const run = () => parseGazette('今天天气很好。我们去公园散步，看到很多人在锻炼身体。\n晚上回家吃饭。', 'x.txt');
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (e) {
      expect((e as AppError).code).toBe('BAD_INPUT_FILE');
      expect((e as Error).message).toMatch(/no recognisable document/);
    }
  });
});

describe('a report that prints each block as one paragraph', () => {
  // block heading glued to its first item heading; the other items are short sentences inside the paragraph
  const filler = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `围绕重点领域持续推进第${i + 1}批改革事项落地见效，形成一批可复制可推广的经验做法。`,
    ).join('');
  const block = (num: string, head: string, items: string[]) =>
    `（${num}）${head}${items[0]}。${filler(12)}${items
      .slice(1)
      .map((it) => `${it}。${filler(12)}`)
      .join('')}`;
  const text = [
    '政府工作报告',
    '——2025年1月10日在青山区第五届人民代表大会第四次会议上',
    '青山区人民政府区长 张三',
    '各位代表：',
    '一、2024年工作回顾过去一年，经济平稳。',
    '二、2025年重点工作围绕今年目标，重点抓好以下工作：',
    block('一', '聚焦转型升级，做实企业服务，努力实现产业强区新突破', [
      '全力打造新材料基地',
      '改造升级传统产业',
      '大力发展生产性服务业',
    ]),
    block('二', '聚焦区域联动，完善承载功能，努力实现城市建管新突破', ['积极融入区域发展战略', '提升城市治理水平']),
    block('三', '聚焦改革深化，扩大对外开放，努力实现环境优化新突破', ['持续推动重点领域改革', '持续营造一流营商环境']),
    '各位代表！',
    '使命重在担当，奋斗创造未来。我们要更加紧密地团结起来，为全面建设社会主义现代化国家努力奋斗！',
  ].join('\n');
  const report = parseGazette(text, 'glued.txt').documents.find((d) => d.props.kind === 'WORK_REPORT')!;
  const heads = (level: number) => report.sections.filter((s) => s.level === level).map((s) => s.heading);

  it('splits the block heading from its first item and finds the items inside the paragraph', () => {
    expect(heads(2)).toEqual([
      '聚焦转型升级，做实企业服务，努力实现产业强区新突破',
      '聚焦区域联动，完善承载功能，努力实现城市建管新突破',
      '聚焦改革深化，扩大对外开放，努力实现环境优化新突破',
    ]);
    expect(heads(3)).toEqual([
      '全力打造新材料基地',
      '改造升级传统产业',
      '大力发展生产性服务业',
      '积极融入区域发展战略',
      '提升城市治理水平',
      '持续推动重点领域改革',
      '持续营造一流营商环境',
    ]);
    for (const s of report.sections.filter((x) => x.level === 3))
      expect(report.clean.slice(s.start, s.end).startsWith(s.heading)).toBe(true);
  });

  it('closes the numbered blocks when the speaker turns to the delegates', () => {
    expect(report.sections.some((s) => s.heading.startsWith('使命重在担当'))).toBe(false);
    expect(report.sections.every((s) => s.part === 'PLAN' || s.part === 'REVIEW')).toBe(true);
  });
});

describe('tables flattened to tab or pipe cells', () => {
  it('reads a header and its rows, aligning rows that lost their 序号', async () => {
    const { tablesOf, columnOf, cellAt } = await import('../../src/gazette/tables.js');
    const text =
      '说明文字。\n序号 | 工作任务 | 责任单位\n|---|---|---|\n1 | 建设口袋公园5个 | 县住建局、县财政局\n改造道路8公里 | 县交通局\n正文继续。\nA角\tB角\n张三\t李四\n王五\t赵六';
    const [t, ab] = tablesOf(text);
    expect(t.header.cells.map((c) => c.text)).toEqual(['序号', '工作任务', '责任单位']);
    expect(t.rows.map((r) => cellAt(t, r, columnOf(t, /责任单位/))!.text)).toEqual(['县住建局、县财政局', '县交通局']);
    for (const r of t.rows) for (const c of r.cells) expect(text.slice(c.start, c.end)).toBe(c.text);
    // rows of short names are rows, not new headers
    expect(ab.rows.map((r) => r.cells.map((c) => c.text).join('/'))).toEqual(['张三/李四', '王五/赵六']);
  });
});

describe('long item headings', () => {
  it('stop at the first clause and leave out the statement of units', () => {
    const text = [
      '政府工作报告',
      '——2025年1月10日在青山县第五届人民代表大会第四次会议上',
      '各位代表：',
      '一、2024年工作回顾',
      '过去一年，经济平稳。',
      '二、2025年工作安排',
      '附件',
      '2025年民生实事',
      '1. 发放城镇住房保障家庭租赁补贴1.6万户，加装、更新住宅电梯500部以上，实施物业服务质量提升行动（牵头单位：县住建局）',
      '2. 实施公路安全生命防护工程150公里（牵头单位：县交通运输局）',
    ].join('\n');
    const r = parseGazette(text, 'r.txt').documents.find((d) => d.props.kind === 'WORK_REPORT')!;
    expect(r.sections.filter((s) => s.level === 2).map((s) => s.heading)).toEqual([
      '发放城镇住房保障家庭租赁补贴1.6万户',
      '实施公路安全生命防护工程150公里',
    ]);
  });
});

describe('a report whose items are lines of their own', () => {
  it('does not take the short sentences inside an item paragraph for more items', () => {
    const body =
      '制定实施教育强国建设规划纲要。' +
      '坚持把高质量发展作为各级各类教育的生命线，推进教育公平，办好人民满意的教育，加快建设高质量教育体系。'.repeat(8);
    const text = [
      '政府工作报告',
      '——2025年1月10日在青山县第五届人民代表大会第四次会议上',
      '各位代表：',
      '一、2024年工作回顾',
      '过去一年，经济平稳。',
      '二、2025年政府工作任务',
      '（一）深入实施科教兴国战略，强化高质量发展的基础支撑。坚持教育强国、科技强国、人才强国建设一体统筹推进。',
      `加强高质量教育体系建设。全面贯彻党的教育方针。${body}`,
      `加快推动高水平科技自立自强。充分发挥新型举国体制优势。${body}`,
    ].join('\n');
    const r = parseGazette(text, 'r.txt').documents.find((d) => d.props.kind === 'WORK_REPORT')!;
    expect(r.sections.filter((s) => s.level === 2).map((s) => s.heading)).toEqual([
      '深入实施科教兴国战略，强化高质量发展的基础支撑',
    ]);
    expect(r.sections.filter((s) => s.level === 3).map((s) => s.heading)).toEqual([
      '加强高质量教育体系建设',
      '加快推动高水平科技自立自强',
    ]);
  });
});

describe('a table row whose cell wrapped onto its own line', () => {
  it('keeps the wrapped text in the row and the rows after it, but not the heading after the table', async () => {
    const { tablesOf } = await import('../../src/gazette/tables.js');
    const text =
      '序号\t工作任务\t责任单位\t完成时限\n1\t推行“一网通办”，政务服务事项网上\t区政务服务和数据管理局\t2025年12月\n可办率达到95%以上\n2\t压缩企业开办时间\t区市场监督管理局、区税务局\t2025年6月\n三、保障措施\n成立工作专班。';
    const rows = tablesOf(text).flatMap((t) => t.rows.map((r) => text.slice(r.start, r.end)));
    expect(rows).toEqual([
      '1\t推行“一网通办”，政务服务事项网上\t区政务服务和数据管理局\t2025年12月\n可办率达到95%以上',
      '2\t压缩企业开办时间\t区市场监督管理局、区税务局\t2025年6月',
    ]);
  });
});
