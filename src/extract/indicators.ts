/**
 * Indicators: which standard figure a target measures (地区生产总值, 充电桩, 高标准农田 …), so the
 * same figure is recognised across years and counties although each report words it its own way
 * (新增充电桩 / 通过市场化方式新建充电桩). Chosen from the target's metric, measure and unit against
 * the reviewed lexicon (seed/lexicon/indicators.json); `metric` itself stays as written. A target
 * no entry fits gets none: an indicator is never forced.
 *
 * The rules are named records below, each with examples it must keep and reject
 * (tests/unit/indicators.test.ts checks every one). Pure.
 */
import lexicon from '../../seed/lexicon/indicators.json' with { type: 'json' };
import { multiplier } from '../text/numbers.js';

const UNIT_KINDS = [
  'PERCENT',
  'POINTS',
  'MONEY',
  'USD',
  'COUNT',
  'PEOPLE',
  'HOUSEHOLDS',
  'AREA',
  'LENGTH',
  'MASS',
  'ENERGY',
  'COAL_EQUIVALENT',
  'POWER',
  'VOLUME',
  'DAYS',
  'RATIO',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface IndicatorEntry {
  code: string;
  name: string;
  aliases: string[];
  measures: string[];
  unitKinds: UnitKind[];
  /** which way is better: UP (more is better), DOWN (a cap: 失业率, 物价, 能耗) */
  direction: 'UP' | 'DOWN';
}
// a JSON import types unit kinds and directions as string: each is checked as the lexicon loads
function unitKind(kind: string): UnitKind {
  const known = UNIT_KINDS.find((k) => k === kind);
  if (!known) throw new Error(`seed/lexicon/indicators.json: unknown unit kind ${kind}`);
  return known;
}
function direction(d: string): IndicatorEntry['direction'] {
  if (d !== 'UP' && d !== 'DOWN') throw new Error(`seed/lexicon/indicators.json: unknown direction ${d}`);
  return d;
}
export const INDICATORS: readonly IndicatorEntry[] = lexicon.indicators.map((e) => ({
  ...e,
  unitKinds: e.unitKinds.map(unitKind),
  direction: direction(e.direction),
}));
const BY_CODE = new Map(INDICATORS.map((i) => [i.code, i]));
export const indicatorByCode = (code: string | null | undefined): IndicatorEntry | undefined =>
  code ? BY_CODE.get(code) : undefined;

// ---------------------------------------------------------------------------------------------
// units: the kind a figure is in and its factor into the kind's base (so 1.25万户 meets 12500户)

const BASE_UNITS: Record<string, [UnitKind, number]> = {
  '%': ['PERCENT', 1],
  '‰': ['PERCENT', 0.1],
  个百分点: ['POINTS', 1],
  元: ['MONEY', 1],
  美元: ['USD', 1],
  人: ['PEOPLE', 1],
  名: ['PEOPLE', 1],
  人次: ['PEOPLE', 1],
  户: ['HOUSEHOLDS', 1],
  户次: ['HOUSEHOLDS', 1],
  亩: ['AREA', 1],
  公顷: ['AREA', 15],
  平方米: ['AREA', 0.0015],
  平方公里: ['AREA', 1500],
  公里: ['LENGTH', 1],
  千米: ['LENGTH', 1],
  米: ['LENGTH', 0.001],
  吨: ['MASS', 1],
  公斤: ['MASS', 0.001],
  千克: ['MASS', 0.001],
  斤: ['MASS', 0.0005],
  千瓦时: ['ENERGY', 1],
  兆瓦时: ['ENERGY', 1000],
  kWh: ['ENERGY', 1],
  MWh: ['ENERGY', 1000],
  GWh: ['ENERGY', 1e6],
  吨标准煤: ['COAL_EQUIVALENT', 1],
  千瓦: ['POWER', 1],
  兆瓦: ['POWER', 1000],
  kW: ['POWER', 1],
  MW: ['POWER', 1000],
  GW: ['POWER', 1e6],
  立方米: ['VOLUME', 1],
  标方: ['VOLUME', 1],
  天: ['DAYS', 1],
  个工作日: ['DAYS', 1],
  工作日: ['DAYS', 1],
  小时: ['DAYS', 1 / 24],
};
/** classifiers of things counted one by one (家, 座, 个 …) */
const COUNT_UNITS = new Set([...'个家座处项套张台辆条件场批株棵间部支只头艘架篇首幅次床栋所', '批次', '场次', '班次']);
/** Multipliers a unit may start with, longest first; 千 and 百 alone are not (千米, 千瓦 are units). */
const MULTIPLIER_PREFIXES = ['万亿', '千万', '百万', '亿', '万'];

/** A unit's kind and factor (万亩 → AREA × 10000), or null when it is none of ours. */
export function unitOf(unit: string | null | undefined): { kind: UnitKind; factor: number } | null {
  if (!unit) return null;
  if (/^\d+(?:\.\d+)?:\d+(?:\.\d+)?$/.test(unit)) return { kind: 'RATIO', factor: 1 };
  let mult = 1;
  let base = unit;
  if (!(base in BASE_UNITS) && !COUNT_UNITS.has(base)) {
    for (const m of MULTIPLIER_PREFIXES)
      if (base.startsWith(m) && base.length > m.length) {
        mult = multiplier(m);
        base = base.slice(m.length);
        break;
      }
  }
  if (base in BASE_UNITS) {
    const [kind, f] = BASE_UNITS[base];
    return { kind, factor: f * mult };
  }
  if (COUNT_UNITS.has(base)) return { kind: 'COUNT', factor: mult };
  return null;
}

// ---------------------------------------------------------------------------------------------
// rules

import type { NamedRule } from './rules.js';

/**
 * The named rules. `keep`/`reject` are metrics written as reports write them (with the measure
 * and unit after a `|` when they matter); the unit test runs each through `matchIndicator`.
 */
export const MATCH_RULES = {
  'whole-alias': {
    why: "the metric is the indicator's name or one of its aliases (after quotes and spaces are dropped)",
    keep: ['地区生产总值|GROWTH|%', '社消零|GROWTH|%', '“四上”企业|COUNT|家'],
    reject: ['亩均产值|GROWTH|%'],
  },
  'action-prefix': {
    why: 'words before the name that say what is done to the thing, where, or at which level of government (新建, 改造提升, 通过市场化方式, 城镇, 国家) do not change what is counted',
    keep: [
      '通过市场化方式新建充电桩|COUNT|个',
      '新建和改造提升高标准农田|COUNT|万亩',
      '备案入库国家科技型中小企业|COUNT|家',
      '新建、改建口袋公园|COUNT|个',
    ],
    reject: ['县区一般公共预算收入|LEVEL|亿元', '占一般公共预算支出|LEVEL|%', '高成长性制造业增加值|GROWTH|%'],
  },
  'work-suffix': {
    why: 'after the name only the work or the size of it may follow (老旧小区改造, 高标准农田建设, 接待游客数量); anything else makes it another thing',
    keep: ['新开工老旧小区改造|COUNT|个', '接待游客数量|COUNT|万人次', '新建高标准农田示范区|COUNT|万亩'],
    reject: [
      '经济开发区营业收入|GROWTH|%',
      '梳理形成了民生实事候选项目|COUNT|件',
      '规上工业企业研发活动四有覆盖率|SHARE|%',
    ],
  },
  'list-same-kind': {
    why: "a figure for a list (加氢站、氢电油一体站8座) is the indicator's only when every other item is the same kind of thing (ends in the same head word); else it counts several kinds together",
    keep: ['新建加氢站、氢电油一体站|COUNT|座'],
    reject: ['新增专精特新、基础制造业企业|COUNT|家', '新建改造口袋公园、小微绿地|COUNT|个'],
  },
  'measure-and-unit': {
    why: "the indicator must take the target's measure and its kind of unit: a share of villages is not the villages' income, a count of districts not the revenue",
    keep: ['村集体经济经营性收入|LEVEL|万元', '新登记各类市场主体|COUNT|户'],
    reject: ['村集体经济经营性收入|LEVEL|%', '县区一般公共预算收入|COUNT|个', '充电设施服务半径|LEVEL|公里'],
  },
  'town-and-country-pair': {
    why: "城乡常住居民人均可支配收入 written with 分别 is two figures (town, country), neither of them the whole population's: left without an indicator",
    keep: ['城乡居民收入|QUALITATIVE|'],
    reject: ['城乡常住居民人均可支配收入|GROWTH|%'],
  },
} as const satisfies Record<string, NamedRule>;

/** rule action-prefix: what may stand before the name */
const PREFIX_WORDS = [
  '新建改建',
  '新建改造',
  '新改建',
  '新改造',
  '新开工',
  '新投用',
  '新打造',
  '新认定',
  '新登记',
  '新招聘',
  '新设',
  '新增',
  '新建',
  '新',
  '改造提升',
  '提质改造',
  '改扩建',
  '改建',
  '改造',
  '提升',
  '修复治理',
  '修复',
  '治理',
  '种植',
  '建成',
  '建设',
  '建立',
  '完成',
  '实施',
  '实现',
  '开工建设',
  '开工',
  '开展',
  '打造',
  '培育',
  '认定',
  '评价入库',
  '备案入库',
  '入库',
  '引进',
  '推动',
  '促进',
  '落实',
  '加快',
  '推进',
  '确保',
  '力争',
  '争取',
  '累计',
  '全年',
  '年度',
  '各类',
  '城镇',
  '国家级',
  '国家',
  '省级以上',
  '省级',
  '市级以上',
  '市级',
  '自治区级以上',
  '自治区级',
  '县级',
  '全省',
  '全市',
  '全县',
  '全旗',
  '全区',
];
const PREFIX_RE = new RegExp(
  `^(?:${PREFIX_WORDS.sort((a, b) => b.length - a.length).join('|')}|通过[\\u4e00-\\u9fa5]{1,6}?方式|[、和及与])*$`,
);
/** rule work-suffix: what may follow the name */
const SUFFIX_RE = /^(?:改造|建设|改造项目|项目|示范区|数量|总量|规模|人数|面积)?$/;
/** words a metric may end with that belong to the sentence, not the thing (三级医院增至, …收入超) */
const TRAILING_NOISE = /(?:增至|增|超|保持|稳定在|力争|均|分别)$/;
/** rule action-prefix: the prefix words that say the things are new this year (a flow, not a stock) */
const FLOW_RE = /新|改造|改建|修复|治理|种植|建成|建设|建立|完成|实施|开工|开展|打造|培育|认定|入库|引进/;
/** rule action-prefix: the level of government a count is of (国家高新技术企业 vs 省级) */
const LEVEL_RE = /国家级|国家|省级以上|省级|市级以上|市级|自治区级以上|自治区级|县级/;

const clean = (s: string) =>
  s
    .replace(/\[\d+\]/g, '')
    .replace(/[\s“”"'‘’《》*\u2460-\u2473]+/g, '')
    .toUpperCase();

interface Alias {
  key: string;
  entry: IndicatorEntry;
}
const ALIASES: Alias[] = INDICATORS.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((a) => ({ key: clean(a), entry })),
).sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

export interface IndicatorMatch {
  code: string;
  name: string;
  rule: keyof typeof MATCH_RULES;
  /** what stood before the name (新建, 国家 …): tells a flow from a stock and the level of government */
  prefix: string;
  flow: boolean;
  level: string | null;
}

export interface TargetLike {
  metric: string;
  measure: string;
  unit: string | null;
}

/** rule measure-and-unit */
function fits(entry: IndicatorEntry, t: TargetLike): boolean {
  if (!entry.measures.includes(t.measure)) return false;
  if (t.measure === 'QUALITATIVE') return true;
  const u = unitOf(t.unit);
  return !!u && entry.unitKinds.includes(u.kind);
}

/** rule list-same-kind: the other items of a list after the name end in its head character */
function sameKindList(rest: string, key: string): boolean {
  const items = rest.split(/[、和及与]/).filter(Boolean);
  return items.length > 0 && items.every((i) => i.at(-1) === key.at(-1));
}

/** The indicator a target measures, with the rule that chose it; null when none fits. */
export function matchIndicator(t: TargetLike): IndicatorMatch | null {
  let metric = clean(t.metric);
  while (TRAILING_NOISE.test(metric) && metric.replace(TRAILING_NOISE, '').length >= 2)
    metric = metric.replace(TRAILING_NOISE, '');
  // rule town-and-country-pair
  if (/^城乡(?:常住)?居民人均可支配收入$/.test(metric)) return null;
  for (const { key, entry } of ALIASES) {
    let at = metric.indexOf(key);
    while (at >= 0) {
      const prefix = metric.slice(0, at);
      const rest = metric.slice(at + key.length);
      const prefixOk = prefix === '' || PREFIX_RE.test(prefix);
      const suffixOk = SUFFIX_RE.test(rest) || (/^[、和及与]/.test(rest) && sameKindList(rest, key));
      if (prefixOk && suffixOk && fits(entry, t)) {
        const rule =
          prefix === '' && rest === ''
            ? 'whole-alias'
            : !SUFFIX_RE.test(rest)
              ? 'list-same-kind'
              : rest
                ? 'work-suffix'
                : 'action-prefix';
        return {
          code: entry.code,
          name: entry.name,
          rule,
          prefix,
          flow: FLOW_RE.test(prefix),
          level: LEVEL_RE.exec(prefix)?.[0] ?? null,
        };
      }
      at = metric.indexOf(key, at + 1);
    }
  }
  return null;
}

/** The stored properties of a target's indicator (both null when none fits). */
export function indicatorProps(t: TargetLike): { indicatorCode: string | null; indicatorName: string | null } {
  const m = matchIndicator(t);
  return { indicatorCode: m?.code ?? null, indicatorName: m?.name ?? null };
}
