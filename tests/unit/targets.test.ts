/**
 * Behaviour of target extraction on sentences from the seed and the corpus reports (test data,
 * not rules) and on small documents built here with an identity offset map.
 */
import { describe, expect, it } from 'vitest';
import {
  extractTargets,
  findTargets,
  detectReportParts,
  type TargetContext,
  type TargetFact,
} from '../../src/extract/targets.js';
import { normaliseMetric } from '../../src/extract/metrics.js';
import type { ParsedDocument, SectionNode } from '../../src/gazette/types.js';

const PLAN_2024: TargetContext = { kind: 'WORK_REPORT', reportYear: 2024, part: 'PLAN' };
const REVIEW_2024: TargetContext = { kind: 'WORK_REPORT', reportYear: 2024, part: 'REVIEW' };
const PLAN_DOC: TargetContext = { kind: 'PLAN', reportYear: null };

const brief = (t: TargetFact) => ({ ...t.props, text: undefined });
function only(text: string, ctx: TargetContext): TargetFact['props'] {
  const all = findTargets(text, ctx);
  expect(all, JSON.stringify(all.map(brief))).toHaveLength(1);
  return all[0].props;
}

function makeDoc(
  clean: string,
  kind: ParsedDocument['props']['kind'],
  sections: Array<Partial<SectionNode> & { start: number; end: number }>,
  reportYear: number | null = null,
): ParsedDocument {
  const toOriginal = new Int32Array(clean.length + 1).map((_, i) => i);
  return {
    id: 'doc_test',
    props: {
      id: 'doc_test',
      title: 't',
      docNumber: null,
      kind,
      category: null,
      issuer: null,
      issuedOn: '2024-01-23',
      jurisdiction: null,
      reportYear,
      text: clean,
      gazetteStart: null,
      gazetteEnd: null,
    },
    clean,
    toOriginal,
    sections: sections.map((s, i) => ({
      id: `sec_${i}`,
      heading: '',
      number: null,
      level: 1,
      ordinal: i,
      path: [],
      parentId: null,
      part: null,
      bodyStart: s.start,
      ...s,
    })),
  };
}

describe('the targets the issue names', () => {
  it('地区生产总值增长7%左右: PLANNED 2024, ABOUT, GROWTH', () => {
    const t = only('地区生产总值增长7%左右', PLAN_2024);
    expect(t).toMatchObject({
      value: 7,
      unit: '%',
      modifier: 'ABOUT',
      measure: 'GROWTH',
      status: 'PLANNED',
      year: 2024,
      metric: '地区生产总值',
    });
  });

  it('新建充电桩 700 个: COUNT (spaces from the PDF between number and unit)', () => {
    const t = only('三是围绕新能源车辆充电需求,通过市场化方式新建充电桩 700 个。', PLAN_2024);
    expect(t).toMatchObject({ value: 700, unit: '个', measure: 'COUNT', modifier: 'EXACT' });
    expect(t.metric).toContain('充电桩');
  });

  it('城镇登记失业率控制在4%以内: AT_MOST', () => {
    const t = only('城镇登记失业率控制在4%以内。', PLAN_2024);
    expect(t).toMatchObject({ value: 4, unit: '%', modifier: 'AT_MOST', metric: '城镇登记失业率' });
  });

  it('2023 results: 地区生产总值1221亿元 and 增长3.5%, both ACHIEVED 2023', () => {
    const ts = findTargets(
      '全年完成地区生产总值1221亿元，增长3.5%；一般公共预算收入154亿元，增长14.8%',
      REVIEW_2024,
    ).map((t) => t.props);
    expect(ts.slice(0, 2)).toMatchObject([
      { value: 1221, unit: '亿元', status: 'ACHIEVED', year: 2023, metric: '地区生产总值', measure: 'LEVEL' },
      { value: 3.5, unit: '%', status: 'ACHIEVED', year: 2023, metric: '地区生产总值', measure: 'GROWTH' },
    ]);
    expect(ts[3]).toMatchObject({ value: 14.8, metric: '一般公共预算收入', measure: 'GROWTH' });
  });

  it('到2025年底…绿地率达到42%: year 2025, LEVEL, scope of the place', () => {
    const ts = findTargets(
      '2023年,阿镇中心城区创建2个“公园城市示范点”;到2025年底,阿镇建成区绿地率达到42%、绿化覆盖率达到45%。',
      PLAN_DOC,
    );
    expect(ts.map((t) => [t.props.value, t.props.year])).toEqual([
      [2, 2023],
      [42, 2025],
      [45, 2025],
    ]);
    expect(ts[1].props).toMatchObject({ measure: 'LEVEL', metric: '绿地率', scope: '阿镇建成区', status: 'PLANNED' });
    expect(ts[0].props.scope).toBe('阿镇中心城区');
  });

  it('several figures in a sentence give several targets, each with its own span', () => {
    const text = '新开工100亿元以上重大项目4个、10亿元以上重大项目8个，确保新能源产值突破300亿元、增长300%以上。';
    const ts = findTargets(text, PLAN_2024);
    expect(ts.map((t) => [t.props.value, t.props.unit, t.props.modifier, t.props.measure])).toEqual([
      [4, '个', 'EXACT', 'COUNT'],
      [8, '个', 'EXACT', 'COUNT'],
      [300, '亿元', 'AT_LEAST', 'LEVEL'],
      [300, '%', 'AT_LEAST', 'GROWTH'],
    ]);
    expect(ts[0].props.metric).toContain('100亿元以上重大项目');
    expect(ts[1].props.metric).toContain('10亿元以上重大项目');
    expect(ts[3].props.metric).toBe('新能源产值');
    const quotes = ts.map((t) => text.slice(t.span.start, t.span.end));
    expect(quotes[0]).toBe('新开工100亿元以上重大项目4个');
    expect(new Set(ts.map((t) => t.span.start)).size).toBe(4);
  });

  it('qualitative goals of 主要预期目标 are kept without a value', () => {
    const ts = findTargets(
      '今年经济社会发展的主要预期目标是:地区生产总值增长7%左右,城乡居民收入增长与经济增长基本同步。',
      PLAN_2024,
    );
    expect(ts).toHaveLength(2);
    expect(ts[1].props).toMatchObject({
      measure: 'QUALITATIVE',
      value: null,
      unit: null,
      modifier: null,
      year: 2024,
      status: 'PLANNED',
    });
    expect(ts[1].props.metric).toBe('城乡居民收入');
  });
});

describe('qualitative goals in a plan', () => {
  it('take the year their sentence states', () => {
    const ts = findTargets('主要目标：到2025年，城市更新行动取得重要进展，阿镇建成区绿地率达到42%。', PLAN_DOC);
    expect(ts.map((t) => [t.props.measure, t.props.year])).toEqual([
      ['QUALITATIVE', 2025],
      ['LEVEL', 2025],
    ]);
  });
});

describe('values, units and modifiers', () => {
  it.each([
    ['专利数量增长5%—6%', 5, 6, '%'],
    ['专利数量增长5.5%-6%', 5.5, 6, '%'],
    ['建设3到5个示范点', 3, 5, '个'],
    ['柔性引进院士2-3名', 2, 3, '名'],
    ['每项奖补资金1万元至5万元', 1, 5, '万元'],
  ])('range %s', (text, v, max, unit) => {
    const t = only(text, PLAN_2024);
    expect(t).toMatchObject({ value: v, valueMax: max, unit, modifier: 'RANGE' });
  });

  it.each([
    ['新建两座污水处理厂', 2, '座'],
    ['新增十五个社区服务站', 15, '个'],
    ['完成两千三百户改造', 2300, '户'],
    ['新增城镇就业两万人', 2, '万人'],
  ])('Chinese numerals after a verb of quantity: %s', (text, v, unit) => {
    expect(only(text, PLAN_2024)).toMatchObject({ value: v, unit });
  });

  it.each([
    ['不低于30%', 'AT_LEAST'],
    ['不少于20场', 'AT_LEAST'],
    ['突破120亿元', 'AT_LEAST'],
    ['超过840亿斤', 'AT_LEAST'],
    ['3000余户', 'AT_LEAST'],
    ['力争达到100家以上', 'AT_LEAST'],
    ['不超过10部', 'AT_MOST'],
    ['不大于2公里', 'AT_MOST'],
    ['控制在9%以内', 'AT_MOST'],
    ['保持在4.5%以下', 'AT_MOST'],
    ['约200亿元', 'ABOUT'],
    ['增长近20%', 'ABOUT'],
    ['达到42%', 'EXACT'],
  ])('%s → %s', (fig, modifier) => {
    expect(only(`某项指标${fig}。`, PLAN_2024).modifier).toBe(modifier);
  });

  it('reads percentages written out and negative figures', () => {
    expect(only('居民收入增长百分之五左右。', PLAN_2024)).toMatchObject({
      value: 5,
      unit: '%',
      modifier: 'ABOUT',
      measure: 'GROWTH',
    });
    expect(only('人口自然增长率控制在千分之三以内。', PLAN_2024)).toMatchObject({
      value: 3,
      unit: '‰',
      modifier: 'AT_MOST',
    });
    expect(only('工业增加值增长-2.1%。', REVIEW_2024)).toMatchObject({
      value: -2.1,
      unit: '%',
      measure: 'GROWTH',
      year: 2023,
    });
  });

  it('normalises units with their multiplier', () => {
    const units = findTargets(
      '新增装机100万千瓦，年供应绿电22亿度，产销煤炭2.2亿吨以上，粮食产量1.3万亿斤以上，节能量2万吨标准煤。',
      PLAN_2024,
    ).map((t) => t.props.unit);
    expect(units).toEqual(['万千瓦', '亿千瓦时', '亿吨', '万亿斤', '万吨标准煤']);
  });

  it('reads the measure from the verb', () => {
    const m = (s: string) => only(s, PLAN_2024).measure;
    expect(m('单位GDP用水量下降2%以上')).toBe('CHANGE');
    expect(m('政府非急需非刚性支出压减10%')).toBe('CHANGE');
    expect(m('公园绿地服务半径覆盖率达到90%')).toBe('SHARE');
    expect(m('制造业投资占比达到60%')).toBe('SHARE');
    expect(m('占全市50%以上')).toBe('SHARE');
    expect(m('亩均产值达到600万元')).toBe('LEVEL');
    expect(m('新增改造绿地面积25万平方米')).toBe('COUNT');
    expect(m('标准公共充换桩与标准新能源汽车比例力争不低于1:3')).toBe('RATIO');
  });

  it('a ratio keeps its terms in the unit and its quotient as value', () => {
    expect(only('公共充换桩与新能源汽车比例不低于1:3', PLAN_2024)).toMatchObject({
      unit: '1:3',
      modifier: 'AT_LEAST',
      measure: 'RATIO',
    });
  });

  it('到“十四五”末 is 2025', () => {
    expect(only('到“十四五”末，城镇生活垃圾回收利用率达到35%以上。', PLAN_DOC)).toMatchObject({
      year: 2025,
      value: 35,
    });
  });

  it('每年/年均 mark a recurring target', () => {
    const ts = findTargets(
      '从2023年起,阿镇中心城区每年至少打造3个精品示范街区。固定资产投资年均增长12.8%。新增就业5000人。',
      PLAN_DOC,
    );
    expect(ts.map((t) => t.props.recurring)).toEqual([true, true, false]);
    expect(ts[0].props).toMatchObject({ year: 2023, modifier: 'AT_LEAST', value: 3 });
  });

  it('inherits the metric and the measure for 分别…和…', () => {
    const ts = findTargets('城乡常住居民人均可支配收入达到60840元、27042元，分别增长4.4%和7.8%。', REVIEW_2024).map(
      (t) => t.props,
    );
    expect(ts.map((t) => [t.value, t.measure])).toEqual([
      [60840, 'LEVEL'],
      [27042, 'LEVEL'],
      [4.4, 'GROWTH'],
      [7.8, 'GROWTH'],
    ]);
    expect(new Set(ts.map((t) => t.metric))).toEqual(new Set(['城乡常住居民人均可支配收入']));
  });
});

describe('what is not a target', () => {
  it.each([
    ['phone numbers and postcodes', '邮政编码：017200；联系电话：（0477）8691087。'],
    ['文号', '按照《内蒙古自治区人民政府办公厅关于实施城市更新行动的指导意见》(内政办发[2021]40号)要求。'],
    ['dates', '伊金霍洛旗人民政府办公室 2024年1月19日'],
    ['issue and page numbers', '2024年第1-2期(总第46期) 政府工作报告 (32)'],
    ['section numbers', '3.1.2 旗辐射应急办主要职责\n10.3 名词术语解释\n1. 加快推进绿色建筑发展。'],
    ['ordinals', '开工建设第十三、十四、十五幼儿园,办好全旗第十一届职工运动会,居全国第20位。'],
    ['ages and years', '免费为40周岁以上户籍居民开展筛查,今年是中华人民共和国成立75周年,启动三年行动。'],
    ['slogans in quotes', '建成“15分钟政务便民服务圈”,落实“三个四”工作任务,出台“七项举措”。'],
    ['capacities that qualify a project', '开工建设宝丰50GWh储能电池、美恩正和125万吨电子化学品等项目。'],
    ['capacities listed before 等…项目', '推动零碳产业园50万千瓦、国电建投27万千瓦等新能源项目并网发电。'],
    ['the old level of a change', '保费由每生每年5元提高至10元。'],
    ['slogan numerals', '全力办好两件大事,创造了五个自治区第一,建成一批项目。'],
  ])('%s', (_, text) => {
    const values = findTargets(text, PLAN_2024).map((t) => t.props.value);
    expect(values.filter((v) => v !== 10)).toEqual([]);
  });

  it('a comparison with an average is context, the figure before it is the target', () => {
    expect(findTargets('规上工业增加值增长6.7%、高于全国0.8个百分点。', PLAN_2024).map((t) => t.props.value)).toEqual([
      6.7,
    ]);
  });

  it('gives no targets for documents that are not plans or reports', () => {
    const text = '放射性同位素和射线装置失控导致3人以下急性死亡。每部激励扶持5万元。';
    expect(extractTargets(makeDoc(text, 'EMERGENCY_PLAN', []))).toEqual([]);
    expect(extractTargets(makeDoc(text, 'MEASURES', []))).toEqual([]);
  });
});

describe('extractTargets on a parsed document', () => {
  const clean =
    '一、2023年工作回顾\n全年完成地区生产总值1221亿元，增长3.5%。\n二、2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。去年新增就业4000人。新增城镇就业5000人。\n';
  const planAt = clean.indexOf('二、');

  it('reads REVIEW as ACHIEVED last year and PLAN as PLANNED this year', () => {
    const doc = makeDoc(
      clean,
      'WORK_REPORT',
      [
        { start: 0, end: planAt, part: 'REVIEW' },
        { start: planAt, end: clean.length, part: 'PLAN' },
      ],
      2024,
    );
    const ts = extractTargets(doc).map((t) => [t.props.value, t.props.status, t.props.year]);
    expect(ts).toEqual([
      [1221, 'ACHIEVED', 2023],
      [3.5, 'ACHIEVED', 2023],
      [7, 'PLANNED', 2024],
      [4000, 'ACHIEVED', 2023],
      [5000, 'PLANNED', 2024],
    ]);
  });

  it('finds the parts from the headings when the sections carry none, and the year from the plan heading', () => {
    const doc = makeDoc(clean, 'WORK_REPORT', [], null);
    doc.props.issuedOn = null;
    expect(detectReportParts(clean).map((p) => p.part)).toEqual(['REVIEW', 'PLAN']);
    const ts = extractTargets(doc).map((t) => [t.props.value, t.props.status, t.props.year]);
    expect(ts[0]).toEqual([1221, 'ACHIEVED', 2023]);
    expect(ts[2]).toEqual([7, 'PLANNED', 2024]);
  });

  it('spans are in clean coordinates and quote the figure', () => {
    const doc = makeDoc(clean, 'WORK_REPORT', [], 2024);
    for (const t of extractTargets(doc)) {
      const quote = clean.slice(t.span.start, t.span.end);
      expect(quote.length).toBeGreaterThan(0);
      if (t.props.value !== null) expect(quote).toMatch(/\d/);
      expect(t.props.text).toContain(quote.replace(/^[，、]/, ''));
    }
  });

  it('is deterministic', () => {
    const doc = makeDoc(clean, 'WORK_REPORT', [], 2024);
    expect(JSON.stringify(extractTargets(doc))).toBe(JSON.stringify(extractTargets(doc)));
  });
});

describe('metric names', () => {
  it('maps the ways reports write GDP and employment onto one name', () => {
    for (const s of ['国内生产总值', 'GDP', '经济', '地区生产总值', '全年生产总值'])
      expect(normaliseMetric(s)).toBe('地区生产总值');
    expect(normaliseMetric('新增城镇就业')).toBe('城镇新增就业');
    expect(normaliseMetric('“三清零”企业')).toBe('三清零企业');
    expect(normaliseMetric('绿地率')).toBe('绿地率');
  });
});

describe('stays linear on hostile input', () => {
  it.each([
    ['digits', '1'.repeat(200_000)],
    ['Chinese numerals', '一二三'.repeat(70_000)],
    ['figures with no punctuation', '增长5%'.repeat(40_000)],
    ['an endless clause', ('新建充电桩700个' + '甲'.repeat(50)).repeat(4_000)],
    [
      'many goal sentences',
      '主要预期目标是：地区生产总值增长7%左右，城乡居民收入增长与经济增长基本同步。'.repeat(5_000),
    ],
  ])('%s', (_, text) => {
    const t0 = performance.now();
    findTargets(text, PLAN_2024);
    // generous: a quadratic pass over these would take minutes
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('figures that size or frame something else', () => {
  it('a count of machines inside a project name is its capacity, not a target', () => {
    const all = findTargets(
      '推动青松氢能制氢系统、华北清能3000台燃料电池和800套加氢装备项目投产，新建充电桩50个。',
      PLAN_2024,
    );
    expect(all.map((t) => `${t.props.value}${t.props.unit}`)).toEqual(['50个']);
  });
  it('the field of a ranking is not a count', () => {
    const all = findTargets('空气质量改善率居全国168个重点城市第2名，新增绿地8万平方米。', REVIEW_2024);
    expect(all.map((t) => t.props.value)).toEqual([8]);
  });
  it('an adverb before the figure is no metric: the clause inherits the previous one', () => {
    const all = findTargets('一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。', REVIEW_2024);
    expect(all.find((t) => t.props.value === 3000)?.props).toMatchObject({
      metric: '一般公共预算收入',
      modifier: 'AT_LEAST',
      status: 'ACHIEVED',
    });
  });
});

describe('metrics completed from their context', () => {
  it('an amount a verb governs takes the noun after it', () => {
    expect(only('增发1万亿元国债支持灾后恢复重建。', REVIEW_2024)).toMatchObject({
      metric: '增发国债',
      value: 1,
      unit: '万亿元',
    });
  });
  it('总数 is the total of what the sentence just counted', () => {
    const all = findTargets('全年新增规上工业企业8家，总数达110家。', REVIEW_2024);
    expect(all.map((t) => [t.props.metric, t.props.value])).toEqual([
      ['新增规上工业企业', 8],
      ['规上工业企业总数', 110],
    ]);
  });
  it('a bare 万 before a unit names a class (万亩示范区), not a figure', () => {
    expect(only('创建万亩“吨粮田”示范区1个。', REVIEW_2024)).toMatchObject({ value: 1, unit: '个' });
  });
  it('the speaker is no part of the metric', () => {
    expect(only('我们梳理形成了12件民生实事候选项目。', PLAN_2024).metric.startsWith('我们')).toBe(false);
  });
});

describe('a comparison baseline', () => {
  it('is no metric: the increase belongs to the figure before it', () => {
    const all = findTargets('一般公共预算支出规模28.5万亿元，比上年年初预算增加1800亿元。', PLAN_2024);
    expect(all.map((t) => [t.props.metric, t.props.value, t.props.measure])).toEqual([
      ['一般公共预算支出', 28.5, 'LEVEL'],
      ['一般公共预算支出', 1800, 'GROWTH'],
    ]);
  });
});

describe('scope', () => {
  it('is a place, never the people of a place', () => {
    expect(only('城镇居民和农村居民人均可支配收入均增长8%。', PLAN_2024)).toMatchObject({
      scope: null,
      metric: '城镇居民和农村居民人均可支配收入',
    });
    expect(only('全区五星级党支部达到100个。', PLAN_2024)).toMatchObject({ scope: '全区' });
  });
});

describe('notes and words that look like numbers', () => {
  it('零 inside 零部件 is no figure', () => {
    expect(findTargets('争取引进更多国际知名零部件配套厂商。', PLAN_2024)).toEqual([]);
  });
});

describe('分别', () => {
  it('gives each listed item its own figure, in order', () => {
    const all = findTargets('确保生猪、肉牛、肉羊分别出栏940万头、50万头、240万只以上。', PLAN_2024);
    expect(all.map((t) => [t.props.metric, t.props.value, t.props.unit])).toEqual([
      ['生猪出栏', 940, '万头'],
      ['肉牛出栏', 50, '万头'],
      ['肉羊出栏', 240, '万只'],
    ]);
  });
  it('leaves the metric alone when the counts differ', () => {
    const all = findTargets('城镇和农村居民收入分别增长6%。', PLAN_2024);
    expect(all).toHaveLength(1);
  });
});

describe('listed items with as many figures', () => {
  it('share the last item’s measure word', () => {
    const all = findTargets('高技术产业、高成长性制造业增加值增长11%、8.7%。', REVIEW_2024);
    expect(all.map((t) => [t.props.metric, t.props.value])).toEqual([
      ['高技术产业增加值', 11],
      ['高成长性制造业增加值', 8.7],
    ]);
  });
  it('keep their own names when the last item is a measure of its own', () => {
    const all = findTargets('亩均产值、税收分别增长19.7%和12.9%。', REVIEW_2024);
    expect(all.map((t) => t.props.metric)).toEqual(['亩均产值', '税收']);
  });
});

describe('预期目标 as the predicate', () => {
  it('names the goal, not a metric of its own', () => {
    expect(only('经济增长预期目标为5%左右。', PLAN_2024)).toMatchObject({
      metric: '地区生产总值',
      measure: 'GROWTH',
      modifier: 'ABOUT',
      value: 5,
    });
  });
});
