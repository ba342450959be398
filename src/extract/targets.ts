/**
 * Targets: every figure a plan or work report commits to (PLANNED) or reports (ACHIEVED), and the
 * qualitative goals of a report's 主要预期目标.
 *
 * One left-to-right pass finds number tokens (value, range, multiplier, unit, modifier); each is
 * then read against its clause: what is measured (the phrase before it, or the noun after a
 * classifier), how (增长/下降/达到/新建…), and when (the nearest 20xx年/今年 in its paragraph, else
 * the report part). Every regex is anchored or bounded, so the pass stays linear in the text.
 */
import type { ParsedDocument, Span } from '../gazette/types.js';
import { isNotesSection } from '../gazette/sections.js';
import type { NodeProps } from '../model/index.js';
import { toHalfWidth, parseNumber, parseChineseNumeral, round, CHINESE_NUMERAL_CHARS } from '../text/numbers.js';
import { SENTENCE_ENDS, sentenceSpans } from '../text/sentences.js';
import { trimSpan } from '../text/spans.js';
import { normaliseMetric, isKnownMetric } from './metrics.js';
import ruleLexicon from '../../seed/lexicon/target-rules.json' with { type: 'json' };
import { kindSpec } from '../kinds/index.js';
import { must } from '../errors.js';

/** Word lists of the named rules of issue 12 (seed/lexicon/target-rules.json: why, keep, reject). */
const RULES = ruleLexicon.rules;
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

type TargetProps = NodeProps<'Target'>;
export type TargetFact = { span: Span; props: Omit<TargetProps, 'id' | 'documentId' | 'taskId' | 'sectionId'> };

export type ReportPart = 'REVIEW' | 'PLAN';
export interface TargetContext {
  /** document kind: WORK_REPORT reads REVIEW parts as ACHIEVED; everything else is PLANNED */
  kind?: string | null;
  /** the year 今年 means (a work report's plan year) */
  reportYear?: number | null;
  /** part of a work report the whole text belongs to (when `parts` is not given) */
  part?: ReportPart | null;
  /** part ranges, offsets relative to the text */
  parts?: Array<{ start: number; end: number; part: ReportPart }>;
  /** year for facts that state none, outside work reports */
  defaultYear?: number | null;
}

// ---------------------------------------------------------------------------------------------
// units

const PERCENT_UNITS = ['个百分点', '百分点', '%', '‰'];
const COUNT_UNITS = [
  '个',
  '家',
  '批次',
  '场次',
  '班次',
  '户次',
  '户',
  '人次',
  '人',
  '名',
  '所',
  '座',
  '处',
  '项',
  '套',
  '张',
  '台',
  '辆',
  '条',
  '件',
  '场',
  '批',
  '株',
  '棵',
  '间',
  '部',
  '支',
  '只',
  '头',
  '艘',
  '架',
  '篇',
  '首',
  '幅',
  '次',
  '床',
  '栋',
];
const MEASURE_UNITS = [
  '元',
  '美元',
  '平方公里',
  '平方米',
  '立方米',
  '公里',
  '千米',
  '米',
  '亩',
  '公顷',
  '千瓦时',
  '千瓦',
  '兆瓦时',
  '兆瓦',
  '千伏安',
  '吨标准煤',
  '吨标煤',
  'GWh',
  'MWh',
  'kWh',
  'GW',
  'MW',
  'kW',
  '度',
  '吨',
  '公斤',
  '千克',
  '斤',
  '倍',
  '小时',
  '个工作日',
  '工作日',
  '天',
  '标准箱',
  '车次',
  '架次',
  '标方',
];
type UnitClass = 'PERCENT' | 'COUNT' | 'MEASURE';
const UNIT_CLASS = new Map<string, UnitClass>();
for (const u of PERCENT_UNITS) UNIT_CLASS.set(u, 'PERCENT');
for (const u of COUNT_UNITS) UNIT_CLASS.set(u, 'COUNT');
for (const u of MEASURE_UNITS) UNIT_CLASS.set(u, 'MEASURE');
const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const UNIT_RE = new RegExp(`(?:${[...UNIT_CLASS.keys()].sort(byLength).map(escape).join('|')})`, 'y');
const MULT_RE = /(?:万亿|千万|百万|亿|万)/y;
const FRACTION_RE = new RegExp(`([百千])分之(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]{1,6})`, 'y');
const APPROX_RE = /(?:余|多)/y;
const SUFFIX_RE = /\s?(左右|以上|以内|以下|之内|上下)/y;
const RANGE_RE = /\s?(?:[-—–~～至到]|——)\s?/y;
// a Chinese numeral longer than 12 characters is prose, not a number (and would make parsing quadratic)
const NUMBER_RE = new RegExp(
  `\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]{1,12}(?![${CHINESE_NUMERAL_CHARS}])`,
  'y',
);
const TOKEN_START_RE = new RegExp(`\\d|[${CHINESE_NUMERAL_CHARS}]`, 'g');

function normaliseUnit(mult: string, base: string): string {
  if (base === '百分点') return '个百分点';
  if (base === '度') return `${mult}千瓦时`;
  if (base === '吨标煤') return `${mult}吨标准煤`;
  if (base === 'kWh') return `${mult}千瓦时`;
  return mult + base;
}

// ---------------------------------------------------------------------------------------------
// vocabulary (general Chinese officialese, not any one document's phrases)

// a line break ends a sentence too: figures of a list or table row do not run on into the next
const SENTENCE_END = new Set([...SENTENCE_ENDS, '\n']);
const CLAUSE_END = new Set([...'，,；;。：:！？!?\n']);
// a measure-unit figure followed by one of these is a predicate, not a qualifier of the next noun
const PREDICATE_FOLLOWERS = new Set([
  ...'和及与或、等用投支实建完达增占同比为是将并对分较创居位超带拉惠全均已到进提首其左以多余约计累年',
]);
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '"': '"' };

const LEADING_NOISE = new RegExp(
  '^(?:\\s|[和及与、]|[\u2460-\u2473]|\\[\\d+\\]|至少|最多|[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\\d]+[)）、.]|其中|同时|此外|另外|并且|并|且|确保|力争|争取|努力|通过努力|预计|' +
    '全年|今年|年内|当年|每年|年均|到\\d{4}年(?:底|末)?|\\d{4}年(?:底|末|全年)?|从\\d{4}年起|截至\\d{4}年(?:底|末)?|累计|共|总计|合计|' +
    '实现|推动|推进|全面|基本|进一步|持续|分别|均|已|将|要|还|也|再|使|让|带动|力争到|争取到|在|稳步|逐步|不断|大幅|显著|明显|' +
    '我们|我[省市县区旗]|全[省市县区旗]上下)+',
);
const TRAILING_VERBS = new RegExp(
  '(?:不低于|不少于|至少|超过|突破|高于|大于|多于|不超过|不高于|不大于|低于|小于|控制在|保持在|稳定在|达到|达|为|约|近|增长|增速|增幅|' +
    '增加|提高到|提高|提升至|提升到|提升|上涨|涨幅|下降到|下降|降低到|降低|降至|压减|减少|压缩|缩减|增收|同比|比上年|分别|均|都|全部|首次|累计|' +
    '的|在|至|是|以上|规模|总量|完成|实现|平均|拟按|拟安排|拟|按|预期目标|目标)+$',
);
const GROWTH_WORDS = /(?:增长|增速|增幅|增加|提高|提升|上涨|涨幅|增收|翻番|增)$/;
const CHANGE_WORDS = /(?:下降|降低|压减|减少|压缩|缩减|削减|降幅|减排|降|减)$/;
const COUNT_VERBS =
  /(?:新建改造|新改建|新建|新增|建成|改造提升|改造|改建|修复治理|修复|治理|种植|实施|建设|打造|新开工|开工建设|开工|完成|培育|引进|创建|布局|推出|投用)/;
const LEADING_VERB = new RegExp(`^(?:${COUNT_VERBS.source}|开展|举办|获批|入选|设立|签约引进|扩增|招聘|发放)`);
/** rule shared-counted-noun: a verb of doing alone, or with a quality (打造, 打造可复制), names nothing counted */
const BARE_COUNT_VERB = new RegExp(`^(?:${COUNT_VERBS.source})(?:可[\\u4e00-\\u9fa5]{1,3})?$`);
// figures compared with an average are context, not targets (高于全国0.8个百分点)
/** Classifiers of machines and sets: counted inside a project's name they size it. */
const EQUIPMENT_UNITS = /^(?:万)?(?:台|套|辆|架|艘|组|台套)$/;
const COMPARISON =
  /(?:高于|低于|快于|慢于|超出|领先)(?:全国|全省|全区|全市|全县|全旗|全盟|全州|平均|同期)[^，,；;。]{0,6}$/;
// a count after these verbs names what a measure is about (聚焦…9条产业链), not a result
const CONTEXT_VERBS = /^(?:围绕|聚焦|针对|面向|涉及|包括)/;
// Chinese numerals are taken only right after a verb that states a quantity (新建两座…), because
// most of them in these texts are slogans (两件大事, 三个四) or ordinals
// rule slogan-count: not after 打造/培育/创建/布局/构建 (打造五个…场景 is a slogan; 打造5个… counts)
const CHINESE_NUMERAL_GATE =
  /(?:新建|新增|建成|完成|改造|引进|开工|新开工|达到|突破|累计|举办|招聘|签约|增加|减少|超过|至少|不少于|不低于|共计)[^，,；;。、\d“”]{0,6}$/;
const SLOGAN_VERB = new RegExp(`(?:${alternation(RULES['slogan-count'].verbs)})[^，,；;。、\\d“”]{0,6}$`);
// verbs whose object is the amount itself, so a noun after the amount is what it buys or adds
// (rule doing-verb-governs-amount adds the verbs of doing: 养护好12万亩防护林, 实施3万亩…建设)
const GOVERNING_VERB = new RegExp(
  `(?:增发|发行|发放|安排|投入|争取|下达|拨付|筹集|申报|新增|引进|带动|撬动|节约|减免|兑现|整合|化解|减少|压减|${alternation(RULES['doing-verb-governs-amount'].verbs)})$`,
);
/** rule doing-verb-governs-amount: the investment of one works a verb of doing commits to (谋划实施投资12亿元的城市更新工程) */
const WORKS_AMOUNT = new RegExp(`(?:${alternation(RULES['doing-verb-governs-amount'].worksVerbs)})(?:总)?投资$`);
/** rule work-extent: the work a length or an area is of (4万亩高标准农田建设), up to a list break or the clause end */
const WORK_OBJECT = new RegExp(
  `^[\\u4e00-\\u9fa5“”"]{0,16}?(?:${alternation(RULES['work-extent'].works)})(?=[，,；;。、和及与]|$)`,
);
/** rule count-with-extent: lengths and areas add up over the counted things (万亩, 公里) */
const EXTENT_UNIT = new RegExp(`^(?:万|亿)?(?:${alternation(RULES['count-with-extent'].extentUnits)})$`);
/** rule comparison-base-year-is-no-anchor: 较2021年, 与2019年相比 */
const COMPARISON_BASE = new RegExp(`(?:${alternation(RULES['comparison-base-year-is-no-anchor'].before)})$`);
/** rule bracketed-restated-target: （年度目标7%以上） */
const RESTATED_OPENER = new RegExp(`^(?:${alternation(RULES['bracketed-restated-target'].openers)})`);
/** rule meeting-ordinal: 十七届人大三次会议 */
const SESSION_AFTER = new RegExp(`^(?:${alternation(RULES['meeting-ordinal'].sessions)})`);
const QUALIFIER_FOLLOWERS = new Set([...'级型制式类']);
/** A place the figure is about; never the people of a place (城镇居民, 农村劳动力 are the metric). */
const SCOPE_RE =
  /^(?:各(?:县（市、区）|县市区|县区|旗区|乡镇|镇|县|旗|区)|[\u4e00-\u9fa5]{1,4}?(?:中心城区|建成区|城区|镇区)|全[国省市县旗区盟州乡镇]|城镇|农村牧区|农村(?!牧区)|其他镇|其它镇|[\u4e00-\u9fa5]{1,4}?[镇旗县](?=[\u4e00-\u9fa5]{2}))(?!化|居民|常住|人口|劳动力|低保|集体)/;
const NOUN_STOP = /(?:建成|投入|投用|开工|复工|全部|实现|进行|开展|旧貌|竣工|基本|全面|的|提供|达到|完成)/;
// 比上年增加 compares with last year; it does not date the figure
// 到“十四五”末 is the end of a five-year plan period: 十四五 ends in 2025
const YEAR_ANCHOR_RE =
  /(\d{4})年(?!以前|以来|前后|的|版|修编|月|\d|—|-|～|~|至)|今年|明年|(?<![比较同])(?:去年|上年)|本年|十([一二三四五六])五[”"]?(?:时期末|期末|末)/g;
const QUALITATIVE_INTRO = /(?:主要预期目标|主要目标|预期目标)[是为]?[：:]/g;

// ---------------------------------------------------------------------------------------------

interface NumberToken {
  start: number;
  end: number; // after unit and suffix
  unitEnd: number; // after the unit (before a 以上/左右 suffix)
  value: number;
  valueMax: number | null;
  unit: string;
  unitClass: UnitClass;
  suffix: string | null;
  approx: boolean; // 余/多 between number and unit
  chinese: boolean;
  ratio: boolean;
}

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Read a number (+ multiplier, 余/多, unit) at pos; null when no unit follows. */
function readQuantity(
  s: string,
  pos: number,
): {
  value: number;
  chinese: boolean;
  mult: string;
  approx: boolean;
  unit: string | null;
  end: number;
  numEnd: number;
} | null {
  const num = at(NUMBER_RE, s, pos);
  if (!num) return null;
  let text = num[0];
  let p = pos + text.length;
  const chinese = !/\d/.test(text);
  let mult = '';
  if (chinese) {
    // 两万人 is 2 万人: a trailing 万/亿 is the unit's multiplier, not part of the value
    const m = /^(.+?)(万亿|亿|万)$/.exec(text);
    if (m && parseChineseNumeral(m[1]) !== null) {
      text = m[1];
      mult = m[2];
    }
  }
  const numEnd = pos + text.length + (chinese ? mult.length : 0);
  if (!chinese) {
    while (s[p] === ' ') p++;
    const mm = at(MULT_RE, s, p);
    if (mm) {
      mult = mm[0];
      p += mm[0].length;
    }
  }
  const value = chinese ? parseChineseNumeral(text) : parseNumber(text);
  if (value === null) return null;
  let approx = false;
  const ap = at(APPROX_RE, s, p);
  if (ap) {
    approx = true;
    p += 1;
  }
  let q = p;
  while (s[q] === ' ') q++;
  const u = at(UNIT_RE, s, q);
  if (!u) return { value, chinese, mult, approx, unit: null, end: p, numEnd };
  return { value, chinese, mult, approx, unit: u[0], end: q + u[0].length, numEnd };
}

/** All number tokens with a unit (or a ratio a:b) in order. */
function scanNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  TOKEN_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_START_RE.exec(s))) {
    const start = m.index;
    const prev = s[start - 1] ?? '';
    // inside an identifier (GB18871, 5A), a decimal or a product (4×100)
    if (/[A-Za-z0-9.×*_/]/.test(prev) && /\d/.test(s[start])) {
      skipNumber(s, start);
      continue;
    }
    // 百分之五 / 千分之三: the percent sign written out
    const frac = at(FRACTION_RE, s, start);
    if (frac) {
      const v = parseNumber(frac[2]);
      if (v !== null) {
        const end = start + frac[0].length;
        const suf = at(SUFFIX_RE, s, end);
        out.push({
          start,
          end: end + (suf ? suf[0].length : 0),
          unitEnd: end,
          value: v,
          valueMax: null,
          unit: frac[1] === '百' ? '%' : '‰',
          unitClass: 'PERCENT',
          suffix: suf ? suf[1] : null,
          approx: false,
          chinese: false,
          ratio: false,
        });
        TOKEN_START_RE.lastIndex = end;
        continue;
      }
    }
    const q = readQuantity(s, start);
    if (!q) {
      TOKEN_START_RE.lastIndex = start + 1;
      continue;
    }
    // ratio 1:3
    if (!q.unit && !q.chinese && /^[:：∶]\d/.test(s.slice(q.end, q.end + 2))) {
      const b = at(/[:：∶](\d+(?:\.\d+)?)/y, s, q.end);
      if (b) {
        const den = Number(b[1]);
        out.push({
          start,
          end: q.end + b[0].length,
          unitEnd: q.end + b[0].length,
          value: den ? round(q.value / den) : q.value,
          valueMax: null,
          unit: `${q.value}:${b[1]}`,
          unitClass: 'MEASURE',
          suffix: null,
          approx: false,
          chinese: false,
          ratio: true,
        });
        TOKEN_START_RE.lastIndex = q.end + b[0].length;
        continue;
      }
    }
    let unit = q.unit;
    let mult = q.mult;
    let end = q.end;
    let valueMax: number | null = null;
    // range: 5%—6%, 5—6%, 3到5个, 1万元至5万元
    const r = at(RANGE_RE, s, unit ? end : q.end);
    if (r) {
      const q2 = readQuantity(s, r.index + r[0].length);
      if (q2 && q2.chinese === q.chinese && (q2.unit || unit) && (!unit || !q2.unit || q2.unit === unit)) {
        valueMax = q2.value;
        if (!unit) {
          unit = q2.unit;
          mult = q2.mult || mult;
        } else if (q2.mult && !mult) mult = q2.mult;
        end = q2.unit ? q2.end : q2.numEnd;
      }
    }
    if (!unit) {
      TOKEN_START_RE.lastIndex = Math.max(start + 1, q.numEnd);
      continue;
    }
    // 7个月 is a duration, 3个百分点 was taken by the longer unit
    if (unit === '个' && s[end] === '月') {
      TOKEN_START_RE.lastIndex = end + 1;
      continue;
    }
    const unitEnd = end;
    const suf = at(SUFFIX_RE, s, end);
    if (suf) end += suf[0].length;
    const unitClass = must(UNIT_CLASS, unit);
    const normUnit = normaliseUnit(mult, unit);
    // a multiplier changes only the unit name (100万千瓦 → 100, 万千瓦); a range shares it
    // 增长-2.1%: a minus sign, not the end of a range (which would follow a digit or a unit)
    const negative = (prev === '-' || prev === '－') && !/[\d%‰A-Za-z]/.test(s[start - 2] ?? '') ? -1 : 1;
    out.push({
      start: negative < 0 ? start - 1 : start,
      end,
      unitEnd,
      value: negative * q.value,
      valueMax: valueMax === null ? null : negative * valueMax,
      unit: normUnit,
      unitClass,
      suffix: suf ? suf[1] : null,
      approx: q.approx,
      chinese: q.chinese,
      ratio: false,
    });
    TOKEN_START_RE.lastIndex = end;
  }
  return out;
}

function skipNumber(s: string, start: number) {
  let p = start;
  while (p < s.length && /[\d.]/.test(s[p])) p++;
  TOKEN_START_RE.lastIndex = Math.max(p, start + 1);
}

/** [start, end) ranges inside short quotations (“15分钟生活圈”, 《…导则》): slogans and titles, not figures. */
function quotedRanges(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.length; i++) {
    const close = QUOTE_PAIRS[s[i]];
    if (!close) continue;
    const limit = Math.min(s.length, i + 40);
    for (let j = i + 1; j < limit; j++) {
      if (s[j] === close) {
        out.push([i, j + 1]);
        i = j;
        break;
      }
      if (s[j] === '。' || s[j] === '\n') break;
    }
  }
  return out;
}

/**
 * Rule bracketed-restated-target: [start, end) of brackets that restate the year's target beside a
 * result — 增长8.5%(年度目标7%以上), 完成18.2亿元（目标16亿元）. （其中新建8万平方米） stays: a part is a fact.
 */
function restatedRanges(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = s.indexOf('(', 0), j = s.indexOf('（', 0); i >= 0 || j >= 0;) {
    const at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
    const close = s.slice(at + 1, at + 40).search(/[)）\n。]/);
    if (close >= 0 && /[)）]/.test(s[at + 1 + close]) && RESTATED_OPENER.test(s.slice(at + 1).replace(/^\s+/, '')))
      out.push([at, at + close + 2]);
    if (at === i) i = s.indexOf('(', at + 1);
    else j = s.indexOf('（', at + 1);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

interface Anchor {
  pos: number;
  end: number;
  year: number;
  /** 今年/去年/明年: good for its own sentence only */
  relative: boolean;
}

function yearAnchors(s: string, reportYear: number | null): Anchor[] {
  const out: Anchor[] = [];
  YEAR_ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_ANCHOR_RE.exec(s))) {
    let year: number | null = null;
    if (m[1]) {
      const y = Number(m[1]);
      // rule comparison-base-year-is-no-anchor: 较2021年增长35% is dated by its own sentence, not 2021
      if (y >= 1949 && y <= 2100 && !COMPARISON_BASE.test(s.slice(Math.max(0, m.index - 2), m.index))) year = y;
    } else if (m[2]) {
      year = 2005 + 5 * (parseChineseNumeral(m[2]) ?? 0);
    } else if (reportYear) {
      year = m[0] === '明年' ? reportYear + 1 : m[0] === '去年' || m[0] === '上年' ? reportYear - 1 : reportYear;
    }
    if (year !== null) out.push({ pos: m.index, end: m.index + m[0].length, year, relative: !m[1] && !m[2] });
  }
  return out;
}

/** Where the review of last year and the plan for this year start in a work report (headings). */
export function detectReportParts(text: string): Array<{ start: number; end: number; part: ReportPart }> {
  const lines = /[^\n]+/g;
  let review: number | null = null;
  let plan: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = lines.exec(text))) {
    const head = m[0].trim().slice(0, 45);
    const numbered = /^[一二三四五六七八九十]+、/.test(head);
    if (!numbered && m[0].trim().length > 45) continue;
    if (review === null && plan === null && /回顾|工作总结|发展成就/.test(head)) review = m.index;
    else if (
      plan === null &&
      /工作安排|总体要求|主要目标|预期目标|目标任务|重点工作|工作任务|政策取向|工作谋划|总体思路|主要任务/.test(head)
    )
      plan = m.index;
  }
  const out: Array<{ start: number; end: number; part: ReportPart }> = [];
  if (review !== null) out.push({ start: review, end: plan ?? text.length, part: 'REVIEW' });
  if (plan !== null) out.push({ start: plan, end: text.length, part: 'PLAN' });
  return out;
}

// ---------------------------------------------------------------------------------------------

function lastIndexOfAny(s: string, set: Set<string>, from: number, min: number): number {
  for (let i = from - 1; i >= min; i--) if (set.has(s[i])) return i;
  return -1;
}

function indexOfAny(s: string, set: Set<string>, from: number, max: number): number {
  for (let i = from; i < max; i++) if (set.has(s[i])) return i;
  return max;
}

function modifierOf(tok: NumberToken, pre: string): TargetProps['modifier'] {
  if (tok.valueMax !== null) return 'RANGE';
  const suf = tok.suffix;
  if (suf === '左右' || suf === '上下') return 'ABOUT';
  if (suf === '以上') return 'AT_LEAST';
  if (suf === '以内' || suf === '以下' || suf === '之内') return 'AT_MOST';
  const tail = pre.slice(-10);
  // 不超过 before 超过, 不大于 before 大于
  // a few words may stand between (至少打造3个), but not an amount (超千万元企业23家 is a kind of firm)
  if (
    /(?:不超过|不高于|不大于|(?<!不)低于|(?<!不)小于|(?<!不)少于|控制在|最多|上限)[^，,；;。元万亿千百]{0,4}$/.test(
      tail,
    )
  )
    return 'AT_MOST';
  if (/(?:不低于|不少于|至少|(?<!不)超过|突破|(?<!不)高于|(?<!不)大于|多于|超)[^，,；;。元万亿千百]{0,4}$/.test(tail))
    return 'AT_LEAST';
  if (/(?:约|近|大约|接近)$/.test(tail)) return 'ABOUT';
  if (tok.approx) return 'AT_LEAST';
  return 'EXACT';
}

const CONNECTOR_ONLY = /^(?:[和及与、]|分别|均|都)*$/;

function measureOf(tok: NumberToken, verbTail: string, metric: string, followsDe: boolean): TargetProps['measure'] {
  if (tok.ratio) return 'RATIO';
  const tail = verbTail.replace(
    /(?:不低于|不少于|至少|超过|突破|不超过|不高于|不大于|控制在|约|近|分别|均|都|同比|比上年|以上|首次|累计|达到|达|和|及|、|(?:预期)?目标(?:为|是)?)+$/,
    '',
  );
  if (tok.unitClass === 'COUNT') return CHANGE_WORDS.test(tail) && !/新增$/.test(tail) ? 'CHANGE' : 'COUNT';
  // 新增绿地面积25万平方米, 实施农村电网改造提升460公里: built quantities are counted, whatever verb follows
  const countVerb =
    tok.unitClass === 'MEASURE' &&
    !/元$/.test(tok.unit) &&
    (COUNT_VERBS.test(verbTail.slice(0, 6)) || COUNT_VERBS.test(metric.slice(0, 4)));
  if (countVerb && !/(?:增长|增加|增收)$/.test(tail)) return 'COUNT';
  if (GROWTH_WORDS.test(tail) && !/新增$/.test(tail)) return 'GROWTH';
  if (CHANGE_WORDS.test(tail)) return 'CHANGE';
  if (tok.unitClass === 'PERCENT') {
    if (followsDe || /占[^，,；;。]{0,6}$/.test(verbTail) || /(?:覆盖率|比例|比重|占比)$/.test(metric)) return 'SHARE';
    return 'LEVEL';
  }
  // money is a level (完成投资270亿元); built things are counted (新增绿地面积25万平方米)
  if (/元$/.test(tok.unit ?? '')) return 'LEVEL';
  return countVerb ? 'COUNT' : 'LEVEL';
}

function stripMetric(raw: string): string {
  let r = raw.replace(/\s+/g, '');
  r = r.replace(LEADING_NOISE, '');
  r = r.replace(TRAILING_VERBS, '');
  return r.replace(LEADING_NOISE, '');
}

/** Targets stated in `text` (spans relative to it). */
export function findTargets(text: string, ctx: TargetContext = {}): TargetFact[] {
  const s = toHalfWidth(text);
  const reportYear = ctx.reportYear ?? null;
  const isReport = ctx.kind ? kindSpec(ctx.kind).report : ctx.part != null || ctx.parts != null;
  const tokens = scanNumbers(s);
  const quotes = quotedRanges(s);
  const restated = restatedRanges(s);
  let ri = 0;
  const anchors = yearAnchors(s, reportYear);
  const sents = sentenceSpans(s, SENTENCE_END);
  const parts = ctx.parts ?? [];
  const out: TargetFact[] = [];

  let qi = 0;
  let ai = 0;
  let si = 0;
  let pi = 0;
  // last figure in the current sentence, for figures whose clause names no metric (…，增长3.5%)
  let last: {
    metric: string;
    scope: string | null;
    clauseStart: number;
    sentence: number;
    measure: TargetProps['measure'];
    unitClass: UnitClass;
  } | null = null;
  let prevTokenEnd = -1;
  const isCjk = (c: string) => c >= '\u4e00' && c <= '\u9fa5';
  // start of the line holding the current figure; tokens come in order, so this only moves forward
  let lineStart = 0;
  let lineScan = 0;
  let lastStop = -1;

  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti];
    while (si < sents.length && sents[si].end <= tok.start) si++;
    const sent = sents[si] ?? { start: 0, end: s.length };
    while (qi < quotes.length && quotes[qi][1] <= tok.start) qi++;
    if (qi < quotes.length && quotes[qi][0] < tok.start) continue;
    while (ri < restated.length && restated[ri][1] <= tok.start) ri++;
    if (ri < restated.length && restated[ri][0] < tok.start) continue;

    const lookback = Math.max(sent.start, tok.start - 80);
    const clauseStart = lastIndexOfAny(s, CLAUSE_END, tok.start, lookback) + 1 || lookback;
    const clauseEnd = indexOfAny(s, CLAUSE_END, tok.end, Math.min(sent.end, tok.end + 80));
    // the figure's own segment: from the clause start or the previous figure in the clause
    let segStart = clauseStart;
    if (prevTokenEnd > segStart && prevTokenEnd <= tok.start) segStart = prevTokenEnd;
    const pre = s.slice(segStart, tok.start);
    const clausePre = s.slice(clauseStart, tok.start);
    const prevChar = s[tok.start - 1] ?? '';
    const next = s[tok.end] ?? '';

    for (; lineScan < tok.start; lineScan++) {
      const c = s[lineScan];
      if (c === '\n') lineStart = lineScan + 1;
      else if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') lastStop = lineScan;
    }
    // ordinals (第十三, 第28届) and section numbers at the start of a line (10.3 名词术语解释)
    if (prevChar === '第' || /第\s$/.test(s.slice(tok.start - 2, tok.start))) continue;
    if (
      tok.start - lineStart < 4 &&
      /^\s*$/.test(s.slice(lineStart, tok.start)) &&
      /[.、]/.test(s.slice(tok.start, tok.end))
    )
      continue;
    if (COMPARISON.test(clausePre)) continue;
    // 万亩“吨粮田”示范区, 千亿级集群: a bare 万/千/百 names a class, it counts nothing
    if (tok.chinese && /[百千万亿]/.test(s[tok.start])) continue;
    if (
      tok.chinese &&
      (!CHINESE_NUMERAL_GATE.test(pre.replace(/\s+$/, '').slice(-10)) || (tok.value === 1 && tok.unit === '批'))
    )
      continue;
    // rule slogan-count: 打造五个…场景 — the gate's own verb may sit further back (新建并打造三个…)
    if (
      tok.chinese &&
      SLOGAN_VERB.test(pre.replace(/\s+$/, '').slice(-10)) &&
      !/(?:新建|新增|建成|引进)[^，,；;。、]{0,4}$/.test(pre.slice(-6))
    )
      continue;
    // rule meeting-ordinal: 十七届人大三次会议, 两次全会 name sessions; 召开3次专题会议 counts them
    if (
      tok.unit === '次' &&
      SESSION_AFTER.test(s.slice(tok.end, tok.end + 4)) &&
      (tok.chinese || /届[^，,；;。]{0,8}$/.test(pre))
    )
      continue;
    if (QUALIFIER_FOLLOWERS.has(s[tok.unitEnd] ?? '')) continue;
    // a measure before a noun qualifies it: 100亿元以上重大项目, 50GWh储能电池, 50.78亿元的重点项目
    // …unless a verb of spending or adding governs it: 增发1万亿元国债, 申报300万千瓦风电指标
    // (5000万元以上项目 is a threshold whatever the verb)
    const governed = !tok.suffix && GOVERNING_VERB.test(pre.replace(/\s+$/, ''));
    const nextTok = tokens[ti + 1];
    const prevTok = tokens[ti - 1];
    // rule amount-of-counted-set: 总投资56亿元的18个重点项目 — the amount totals the count right after it
    const totalsCount = next === '的' && !!nextTok && nextTok.start === tok.end + 1 && nextTok.unitClass === 'COUNT';
    // rule count-with-extent: 45条80公里农村公路 — a measure right after a count sizes what is counted
    const extentOfCount =
      !!prevTok &&
      prevTok.end === tok.start &&
      prevTok.unitClass === 'COUNT' &&
      !prevTok.chinese &&
      EXTENT_UNIT.test(tok.unit);
    // rule doing-verb-governs-amount: 谋划实施投资12亿元的城市更新工程, when the clause counts no projects
    const worksAmount =
      next === '的' &&
      /元$/.test(tok.unit) &&
      WORKS_AMOUNT.test(pre.replace(/\s+/g, '')) &&
      /^的[^，,；;。]{1,24}?(?:工程|项目)/.test(s.slice(tok.end, clauseEnd + 1)) &&
      !tokens.some((t) => t !== tok && t.start >= clauseStart && t.start < clauseEnd && t.unitClass === 'COUNT');
    // rule work-extent: 4万亩高标准农田建设, 180公里流沙系统治理, 10公里以上“四好农村路”建设
    const workObject =
      EXTENT_UNIT.test(tok.unit) && next !== '的' ? WORK_OBJECT.exec(s.slice(tok.end, clauseEnd)) : null;
    const kept = governed || totalsCount || extentOfCount || worksAmount || !!workObject;
    if (
      tok.unitClass === 'MEASURE' &&
      !tok.ratio &&
      !kept &&
      (next === '的' || (isCjk(next) && !PREDICATE_FOLLOWERS.has(next)))
    )
      continue;
    // capacities in a list of named projects: 零碳产业园50万千瓦、…等新能源项目并网发电
    if (
      tok.unitClass === 'MEASURE' &&
      (next === '、' || next === '等') &&
      /等[^，,；;。]{0,10}项目/.test(s.slice(tok.end, clauseEnd))
    )
      continue;
    // units counted inside a named project: 广东清能5000台燃料电池…项目 (a capacity, not a commitment)
    if (
      tok.unitClass === 'COUNT' &&
      EQUIPMENT_UNITS.test(tok.unit ?? '') &&
      /^[^，,；;。：:]*?(?:项目|工程)/.test(s.slice(tok.end, clauseEnd + 1))
    )
      continue;
    // the field of a ranking: 居全国168个重点城市第2名
    if (tok.unitClass === 'COUNT' && /(?:居|位居|位列|排名)(?:全国|全省|全区|全市)?$/.test(pre.replace(/\s+/g, '')))
      continue;
    // the old level in 由5元提高至10元 is a baseline, not a target
    if (
      /(?:由|从)[^，,；;。\d]{0,6}$/.test(pre.replace(/\s+$/, '')) &&
      /^[^，,；;。]{0,8}?(?:提高|增加|增长|下降|降低|扩大|减少|压缩|调整|上调|下调)?(?:至|到)/.test(
        s.slice(tok.end, clauseEnd),
      )
    )
      continue;
    // glossary notes define terms (“7”是指…7个主导产业): they commit to nothing. A footnote that
    // states a programme's goals ([10]“双千工程”：指…每年入库1000个以上项目) does commit, so it stays.
    if (/是指|指的是/.test(s.slice(clauseStart, tok.start))) continue;
    // 零部件, 一百零… inside words: a lone 零 is never a figure
    if (tok.chinese && tok.value === 0) continue;
    // ratio only where a ratio is meant
    if (tok.ratio && !/比/.test(clausePre)) continue;

    const clauseHead = s.slice(clauseStart, tok.start).replace(/\s+/g, '').replace(LEADING_NOISE, '');
    const leadVerb = LEADING_VERB.exec(clauseHead)?.[0] ?? '';
    // what a figure before a noun counts: 新建5个食品安全快检驿站, 50%以上的面积
    let noun = '';
    const followsDe = tok.unitClass === 'PERCENT' && next === '的';
    if ((tok.unitClass === 'COUNT' && (isCjk(next) || next === '“' || /\d/.test(next))) || followsDe) {
      // 45条80公里农村公路: the counted noun follows the extent
      const adjacent =
        tokens[ti + 1] && tokens[ti + 1].start === tok.end && EXTENT_UNIT.test(tokens[ti + 1].unit)
          ? tokens[ti + 1].end
          : null;
      const from = followsDe ? tok.end + 1 : (adjacent ?? tok.end);
      const rest = s.slice(from, Math.min(clauseEnd, from + 16));
      const stop = followsDe ? null : NOUN_STOP.exec(rest.slice(2));
      noun = (stop ? rest.slice(0, stop.index + 2) : rest)
        .split(/[、和及与]/)[0]
        .replace(/\s+/g, '')
        .replace(/(?<=[^\d.])\d.*$/, '');
      // 项目50个33亿元: what follows is the next figure, not a noun
      const nextTok = tokens[ti + 1];
      if (adjacent === null && nextTok && nextTok.start === tok.end && nextTok.end >= tok.end + noun.length) noun = '';
      if (noun && CONTEXT_VERBS.test(clauseHead)) continue;
    }

    // subject of this figure
    let cleanedPre = pre.replace(/\s+/g, '').replace(LEADING_NOISE, '');
    let scope: string | null = null;
    if (cleanedPre && !isKnownMetric(stripMetric(cleanedPre))) {
      const sc = SCOPE_RE.exec(cleanedPre);
      // a verb is no place: 改造城镇老旧小区, 发放城镇住房补贴
      if (
        sc &&
        (sc[0].length < cleanedPre.length || noun) &&
        !LEADING_VERB.test(sc[0]) &&
        !/^(?:改|建|新|完|实|推|发|打|开|整|提|加|治)/.test(sc[0])
      ) {
        scope = sc[0];
        cleanedPre = cleanedPre.slice(sc[0].length).replace(LEADING_NOISE, '');
      }
    }
    // 长三角、环渤海、大湾区等7个工作站; 万亩沙棘种植、草原生态修复等生态建设25万亩: the examples are not the metric
    const etc = cleanedPre.lastIndexOf('等');
    if (etc >= 0) cleanedPre = cleanedPre.slice(etc + 1);
    let metricRaw = stripMetric(cleanedPre);
    let inherited = false;
    if (noun) {
      metricRaw = followsDe
        ? noun
        : (LEADING_VERB.exec(metricRaw)?.[0] ?? (metricRaw && etc < 0 ? metricRaw : leadVerb)) + noun;
    } else if (etc >= 0 && metricRaw && leadVerb && !metricRaw.startsWith(leadVerb)) {
      metricRaw = leadVerb + metricRaw;
    }
    // 增发1万亿元国债: the verb alone is no metric, the noun after the amount completes it
    if (
      governed &&
      tok.unitClass === 'MEASURE' &&
      isCjk(next) &&
      GOVERNING_VERB.test(metricRaw) &&
      metricRaw.length <= 4
    ) {
      const obj = /^[\u4e00-\u9fa5]{2,8}?(?=支持|用于|投向|主要|全部|重点|[，,；;。、和及与]|$)/.exec(
        s.slice(tok.end, Math.min(clauseEnd, tok.end + 10)),
      );
      if (obj) metricRaw += obj[0];
    }
    // 新增规上工业企业8家，总数达110家: a total of the thing just counted
    if (/^(?:总数|总量)$/.test(metricRaw) && last && last.sentence === si) {
      metricRaw = last.metric.replace(LEADING_VERB, '') + metricRaw;
    }
    // 赤字规模4.06万亿元，比上年年初预算增加1800亿元: the baseline is no metric, the sentence's last one is
    if (/^(?:比|较)(?:上年|去年|上一年|年初|同期)/.test(metricRaw) && !noun && last && last.sentence === si)
      metricRaw = '';
    const connectorOnly = CONNECTOR_ONLY.test(pre.replace(/\s+/g, ''));
    if ((!metricRaw || connectorOnly) && !noun && last && last.sentence === si) {
      metricRaw = last.metric;
      scope = scope ?? last.scope;
      inherited = true;
    }
    // a verb alone before the figure (完成16.4万亩…种植): the work after it is the metric
    if (workObject) {
      // the place before the figure stays (沿黄岸线180公里流沙系统治理); a verb, or the previous figure's work, does not
      const lead =
        segStart === prevTokenEnd
          ? ''
          : metricRaw.replace(/^(?:重点|加快|全力|持续|积极|稳步)?(?:推进|实施|完成|开展|启动|抓好|做好)/, '');
      const work = workObject[0].replace(/[“”"]/g, '').replace(/(?:任务|工作)$/, '');
      metricRaw = lead.endsWith(work) ? lead : (lead && !GOVERNING_VERB.test(lead) ? lead : '') + work;
    }
    if (!metricRaw) metricRaw = stripMetric(clauseHead);
    // rule shared-counted-noun: 至少打造3个、其他镇至少打造1个可复制、可推广的城市更新试点项目 — a verb alone
    // (or with the qualities of a list) is no metric: the count is of the noun the clause ends with
    if (tok.unitClass === 'COUNT' && BARE_COUNT_VERB.test(metricRaw)) {
      const rest = s.slice(tok.end, clauseEnd);
      const head = /的([\u4e00-\u9fa5]{2,12})$/.exec(rest);
      if (head) metricRaw = metricRaw.replace(/可[\u4e00-\u9fa5]{1,3}$/, '') + head[1];
    }
    if (!metricRaw) continue;
    const metric = inherited ? metricRaw : normaliseMetric(metricRaw.slice(0, 40));

    // time
    while (ai < anchors.length && anchors[ai].end <= tok.start) ai++;
    let anchor: Anchor | null = null;
    // an explicit year dates its paragraph (到2025年，…；…); 今年/去年 only their sentence
    for (let k = ai - 1; k >= 0 && anchors[k].pos >= lineStart; k--) {
      if (!anchors[k].relative || anchors[k].pos > lastStop) {
        anchor = anchors[k];
        break;
      }
    }
    while (pi < parts.length && parts[pi].end <= tok.start) pi++;
    const part: ReportPart | null = parts[pi] && parts[pi].start <= tok.start ? parts[pi].part : (ctx.part ?? null);
    let status: TargetProps['status'] = 'PLANNED';
    let year: number | null = anchor ? anchor.year : null;
    if (isReport) {
      if (part === 'REVIEW') {
        status = 'ACHIEVED';
        year = year ?? (reportYear ? reportYear - 1 : null);
      } else if (part === 'PLAN') {
        if (anchor && reportYear && anchor.year < reportYear) status = 'ACHIEVED';
        year = year ?? reportYear;
      } else if (anchor && reportYear && anchor.year < reportYear) status = 'ACHIEVED';
    } else {
      year = year ?? ctx.defaultYear ?? null;
    }
    const recurring = /每年|年均|年平均|逐年|每年度/.test(s.slice(Math.max(sent.start, tok.start - 200), tok.start));

    const verbTail = pre.replace(/\s+/g, '');
    const measure: TargetProps['measure'] =
      connectorOnly && last && last.sentence === si && last.unitClass === tok.unitClass
        ? last.measure
        : measureOf(tok, verbTail, metric, followsDe);
    const spanEnd = noun && !followsDe ? tok.end + (s.slice(tok.end).indexOf(noun[noun.length - 1]) + 1 || 0) : tok.end;
    const textStart = inherited && last ? last.clauseStart : clauseStart;
    if (!inherited) last = { metric, scope, clauseStart, sentence: si, measure, unitClass: tok.unitClass };
    else if (last) {
      last.measure = measure;
      last.unitClass = tok.unitClass;
    }
    out.push({
      span: trimSpan(s, segStart, Math.min(spanEnd, clauseEnd), JOINER_LEAD),
      props: {
        text: text.slice(textStart, Math.max(clauseEnd, spanEnd)).trim(),
        metric,
        value: tok.value,
        valueMax: tok.valueMax,
        unit: tok.unit,
        modifier: modifierOf(tok, verbTail),
        measure,
        year,
        recurring,
        status,
        scope,
      },
    });
    prevTokenEnd = tok.end;
  }

  distributeRespectively(out);
  out.push(...qualitativeTargets(s, text, tokens, anchors, ctx, isReport));
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

/**
 * 生猪、肉牛、肉羊分别出栏940万头、50万头、240万只: as many figures as listed items, in order — each
 * item gets its own metric (生猪出栏, 肉牛出栏, 肉羊出栏).
 */
const SHARED_TAIL = /(?:投资占比|增加值|营业收入|销售收入|产值|产量|投资|收入|利润|税收|总额|销售额|出口额|进口额|业)$/;

function distributeRespectively(out: TargetFact[]): void {
  for (let i = 0; i < out.length;) {
    const metric = out[i].props.metric;
    let j = i + 1;
    while (j < out.length && out[j].props.metric === metric) j++;
    const m = /^(.+?)分别(.*)$/.exec(metric);
    const items = m ? m[1].split(/[、和及与]/).filter(Boolean) : [];
    if (m && items.length === j - i && items.length >= 2) {
      for (let k = i; k < j; k++) out[k].props.metric = normaliseMetric(items[k - i] + m[2]);
    } else if (!m && j - i >= 2) {
      // 高技术产业、高成长性制造业增加值增长11%、8.7%: one figure per listed item, the last item's
      // measure word (增加值, 投资, 产量…) shared by all
      const listed = metric.split('、');
      if (listed.length === j - i && listed.every((x) => x.length >= 1)) {
        const lastItem = listed[listed.length - 1];
        const found = SHARED_TAIL.exec(lastItem)?.[0] ?? '';
        // 亩均产值、税收: the last item is a measure of its own, nothing is shared
        const tail = found.length < lastItem.length ? found : '';
        for (let k = i; k < j; k++) {
          const item = listed[k - i];
          out[k].props.metric = normaliseMetric(tail && !item.endsWith(tail) ? item + tail : item);
        }
      }
    }
    i = j;
  }
}

/** The year of the last anchor in [from, to) (主要目标：到2025年，…), or null. */
function yearBefore(anchors: Anchor[], from: number, to: number): number | null {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].pos < to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && anchors[lo - 1].pos >= from ? anchors[lo - 1].year : null;
}

/** Is there a value of the sorted array `xs` in [from, to)? */
function anyStartIn(xs: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo] < to;
}

/** A quote starts at words, not at the 、 or ， that joined it to the previous figure. */
const JOINER_LEAD = /[\s*—、，,；;：:]/;

/** The goals of a 主要预期目标 sentence that carry no figure (居民收入增长与经济增长同步). */
function qualitativeTargets(
  s: string,
  text: string,
  tokens: NumberToken[],
  anchors: Anchor[],
  ctx: TargetContext,
  isReport: boolean,
): TargetFact[] {
  const out: TargetFact[] = [];
  const starts = tokens.map((t) => t.start);
  QUALITATIVE_INTRO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUALITATIVE_INTRO.exec(s))) {
    const start = m.index + m[0].length;
    const endIdx = indexOfAny(s, new Set(['。', '\n']), start, Math.min(s.length, start + 400));
    let cs = start;
    for (let i = start; i <= endIdx; i++) {
      if (i === endIdx || s[i] === '，' || s[i] === ',' || s[i] === '；' || s[i] === ';') {
        const clause = s.slice(cs, i);
        const span = trimSpan(s, cs, i, JOINER_LEAD);
        const hasFigure = anyStartIn(starts, cs, i);
        if (
          !hasFigure &&
          span.end - span.start >= 4 &&
          span.end - span.start <= 40 &&
          !/^\s*(?:在|努力|这|为|其中|要|并|实现上述)/.test(clause) &&
          !/^\s*(?:到|至|截至|在)?\d{4}年(?:底|末)?\s*$/.test(clause)
        ) {
          const mm =
            /^(.+?)(?:增长与|增长和|与|和经济|同经济|保持|稳定|持续|稳中|完成|基本|同步|稳步|进一步|明显|显著|确保|达到|实现)/.exec(
              clause.trim(),
            );
          const metric = normaliseMetric((mm ? mm[1] : clause.trim()).slice(0, 30));
          out.push({
            span,
            props: {
              text: text.slice(span.start, span.end),
              metric,
              value: null,
              valueMax: null,
              unit: null,
              modifier: null,
              measure: 'QUALITATIVE',
              year:
                yearBefore(anchors, m.index, cs) ?? (isReport ? (ctx.reportYear ?? null) : (ctx.defaultYear ?? null)),
              recurring: false,
              status: 'PLANNED',
              scope: null,
            },
          });
        }
        cs = i + 1;
      }
    }
    QUALITATIVE_INTRO.lastIndex = endIdx;
  }
  return out;
}

/** Targets of a parsed document; spans are in its clean text. Only kinds whose figures are commitments or results have any. */
export function extractTargets(doc: ParsedDocument): TargetFact[] {
  const kind = doc.props.kind;
  const spec = kindSpec(kind);
  if (!spec.targets) return [];
  const text = doc.clean;
  let parts: Array<{ start: number; end: number; part: ReportPart }> = [];
  if (spec.report) {
    const top = doc.sections
      .flatMap((sec) => (sec.part !== null ? [{ start: sec.start, end: sec.end, part: sec.part }] : []))
      .sort((a, b) => a.start - b.start);
    // keep the outermost sections that carry a part; nested ones repeat them
    for (const sec of top) {
      const last = parts[parts.length - 1];
      if (last && sec.start < last.end) continue;
      parts.push(sec);
    }
    if (parts.length === 0) parts = detectReportParts(text);
  }
  const issuedYear = doc.props.issuedOn ? Number(doc.props.issuedOn.slice(0, 4)) : null;
  const reportYear = doc.props.reportYear ?? (spec.report ? (planYearOf(text, parts) ?? issuedYear) : issuedYear);
  // rule notes-block-is-not-body: figures in a block of notes (名词解释, 注释) state no target
  const notes = doc.sections.filter(isNotesSection);
  return findTargets(text, { kind, reportYear, parts, defaultYear: null }).filter(
    (t) => !notes.some((n) => n.start <= t.span.start && t.span.start < n.end),
  );
}

function planYearOf(text: string, parts: Array<{ start: number; part: ReportPart }>): number | null {
  const plan = parts.find((p) => p.part === 'PLAN');
  if (!plan) return null;
  const m = /(\d{4})年/.exec(text.slice(plan.start, plan.start + 60));
  return m ? Number(m[1]) : null;
}
