/**
 * Outcomes: was a PLANNED target of year Y met? Its outcome is the ACHIEVED figure of the same
 * indicator, measure, kind of unit and scope for year Y from any document of the same
 * jurisdiction — usually the next year's work report, whose 回顾 states last year's results
 * (初步预计 makes it preliminary). A target and its outcome are normally in two documents, so this
 * runs in the county derivation (infer/county.ts), over everything loaded for the jurisdiction.
 *
 * Derived fact: (planned:Target)-[:ACHIEVED_AS {status, preliminary, explanation, indicator}]->(achieved:Target),
 * evidence = both sentences. A target with no such figure loaded has no outcome (never guessed).
 * How a modifier is judged is the one table MODIFIER_RULES (README: "Outcomes"). Pure.
 */
import { indicatorByCode, matchIndicator, unitOf } from '../extract/indicators.js';
import {
  dedupeEvidence,
  sortEvidence,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
} from '../model/index.js';
import { cmp } from './text.js';

type Target = Extract<GraphNode, { label: 'Target' }>;
type TargetProps = Target['props'];
/** Target.outcome.status (schema/indicator.graphql enum OutcomeStatus; tests/unit/enums.test.ts checks they agree) */
export const OUTCOME_STATUSES = ['MET', 'NOT_MET', 'UNKNOWN'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** 左右: how far under (or, for a cap, over) the figure still counts, relative to it */
export const ABOUT_TOLERANCE = 0.03;

export interface ModifierRule {
  written: string;
  why: string;
  /** actual (in the target's own units) meets target t; `higherIsBetter` from the indicator */
  met: (actual: number, t: { value: number; valueMax: number | null }, higherIsBetter: boolean) => boolean;
  /** a case a test checks: target, actual, higher-is-better, expected */
  example: { target: [number, number | null]; actual: number; higherIsBetter: boolean; met: boolean };
  counter: { target: [number, number | null]; actual: number; higherIsBetter: boolean; met: boolean };
}

/**
 * THE modifier table. A plain figure or 左右 is read in the indicator's direction (a floor for
 * what should rise, a ceiling for a cap such as 失业率, 物价, 能耗); 以上 and 以内 say their direction
 * themselves; a range is met at its near end; 力争 (striven for) gets no tolerance.
 */
export const MODIFIER_RULES = {
  EXACT: {
    written: '增长8% · 新建300公里',
    why: 'a bare figure is a floor (or, for a cap, a ceiling): reaching it is meeting it',
    met: (a, t, up) => (up ? a >= t.value : a <= t.value),
    example: { target: [8, null], actual: 9, higherIsBetter: true, met: true },
    counter: { target: [8, null], actual: 7.5, higherIsBetter: true, met: false },
  },
  ABOUT: {
    written: '6.5%左右',
    why: `左右 allows ${ABOUT_TOLERANCE * 100}% of the figure below it (above it for a cap): 6.5%左右 is met from 6.31%, 5.5%左右 失业率 up to 5.67%`,
    met: (a, t, up) => (up ? a >= t.value * (1 - ABOUT_TOLERANCE) - 1e-9 : a <= t.value * (1 + ABOUT_TOLERANCE) + 1e-9),
    example: { target: [5, null], actual: 4.9, higherIsBetter: true, met: true },
    counter: { target: [6.5, null], actual: 6.1, higherIsBetter: true, met: false },
  },
  AT_LEAST: {
    written: '3%以上 · 不低于 · 突破',
    why: 'a floor whatever the indicator',
    met: (a, t) => a >= t.value,
    example: { target: [400, null], actual: 420, higherIsBetter: true, met: true },
    counter: { target: [3, null], actual: 2.9, higherIsBetter: false, met: false },
  },
  AT_MOST: {
    written: '3%以内 · 控制在 · 不超过',
    why: 'a ceiling whatever the indicator',
    met: (a, t) => a <= t.value,
    example: { target: [3, null], actual: 0.2, higherIsBetter: false, met: true },
    counter: { target: [4, null], actual: 4.1, higherIsBetter: false, met: false },
  },
  RANGE: {
    written: '6%—7% · 2-3名',
    why: 'the near end decides: the low end for what should rise, the high end for a cap',
    met: (a, t, up) => (up ? a >= t.value : a <= (t.valueMax ?? t.value)),
    example: { target: [2, 3], actual: 2, higherIsBetter: true, met: true },
    counter: { target: [2, 3], actual: 1, higherIsBetter: true, met: false },
  },
  ASPIRATION: {
    written: '力争8% · 争取7%左右',
    why: '力争/争取 is the figure striven for: met only when reached, with no 左右 tolerance',
    met: (a, t, up) => (up ? a >= t.value : a <= (t.valueMax ?? t.value)),
    example: { target: [7, null], actual: 7, higherIsBetter: true, met: true },
    counter: { target: [7, null], actual: 6.9, higherIsBetter: true, met: false },
  },
} as const satisfies Record<string, ModifierRule>;
export type ModifierRuleName = keyof typeof MODIFIER_RULES;

const ASPIRATION_RE = /力争|争取/;
const PRELIMINARY_RE = /初步预计|预计|初步核算|初步统计/;

/** The rule a planned target is judged by. */
export function ruleFor(t: Pick<TargetProps, 'modifier' | 'text'>): ModifierRuleName {
  if (ASPIRATION_RE.test(t.text)) return 'ASPIRATION';
  return t.modifier ?? 'EXACT';
}

/** Higher is better for this indicator and measure (a CHANGE is a decrease: more of it is better for a cap). */
const higherIsBetter = (code: string, measure: string) =>
  ((indicatorByCode(code)?.direction ?? 'UP') === 'UP') !== (measure === 'CHANGE');

/** Status of planned against achieved (both with values in comparable units). */
export function judge(planned: TargetProps, achieved: TargetProps): OutcomeStatus {
  if (planned.value == null || achieved.value == null || !planned.indicatorCode) return 'UNKNOWN';
  const pu = unitOf(planned.unit),
    au = unitOf(achieved.unit);
  if (!pu || !au || pu.kind !== au.kind) return 'UNKNOWN';
  const scale = au.factor / pu.factor;
  const rule = MODIFIER_RULES[ruleFor(planned)];
  const up = higherIsBetter(planned.indicatorCode, planned.measure);
  const t = { value: planned.value, valueMax: planned.valueMax };
  // an achieved figure written as a bound (突破2380亿元, 近1000亿元 is taken as written) decides only when both ends agree
  const lo = achieved.value * scale;
  const hi = achieved.modifier === 'RANGE' && achieved.valueMax != null ? achieved.valueMax * scale : lo;
  const ends =
    achieved.modifier === 'AT_LEAST'
      ? [lo, Number.MAX_VALUE]
      : achieved.modifier === 'AT_MOST'
        ? [-Number.MAX_VALUE, hi]
        : [lo, hi];
  const verdicts = ends.map((a) => rule.met(a, t, up));
  if (verdicts.every(Boolean)) return 'MET';
  if (verdicts.every((v) => !v)) return 'NOT_MET';
  return 'UNKNOWN';
}

const num = (v: number) => String(Math.round(v * 1000) / 1000);

/** 增长6%左右 · 5.5%左右 · 2—3名 · 力争… : a figure as a report writes it. */
function phrase(t: TargetProps, planned: boolean): string {
  if (t.value == null) return t.text;
  const verb = t.measure === 'GROWTH' ? '增长' : t.measure === 'CHANGE' ? '下降' : '';
  const unit = t.unit ?? '';
  const figure =
    t.modifier === 'RANGE' && t.valueMax != null
      ? `${num(t.value)}—${num(t.valueMax)}${unit}`
      : `${num(t.value)}${unit}`;
  const suffix =
    t.modifier === 'ABOUT' ? '左右' : t.modifier === 'AT_LEAST' ? '以上' : t.modifier === 'AT_MOST' ? '以内' : '';
  const aspire = planned && ASPIRATION_RE.test(t.text) ? '力争' : '';
  return `${aspire}${verb}${figure}${suffix}`;
}

const VERDICT: Record<OutcomeStatus, string> = { MET: '已完成', NOT_MET: '未完成', UNKNOWN: '无法判断是否完成' };

/** "目标增长6%左右，实际增长6.2%，已完成" */
export function explain(
  planned: TargetProps,
  achieved: TargetProps,
  status: OutcomeStatus,
  preliminary: boolean,
): string {
  return `目标${phrase(planned, true)}，实际${preliminary ? '（初步预计）' : ''}${phrase(achieved, false)}，${VERDICT[status]}`;
}

/** 全市/全旗/全县 … is the whole jurisdiction: the same scope as none. */
const scopeKey = (s: string | null) => (s && !/^全[国省市县旗区盟州]$/.test(s) ? s : '');

/** What must be equal for two figures to be one indicator's plan and result. */
function pairingKey(t: TargetProps): string | null {
  if (!t.indicatorCode || t.year == null) return null;
  const m = matchIndicator(t);
  const unitKind = t.measure === 'QUALITATIVE' ? 'NONE' : (unitOf(t.unit)?.kind ?? null);
  if (!unitKind) return null;
  // rule flow-vs-stock: 新增规上工业企业110家 is not met by 规上工业企业达1432家, nor 省级 by 省级以上 (counts and levels only)
  const counted = t.measure === 'COUNT' || t.measure === 'LEVEL';
  const kind =
    counted && unitKind !== 'PERCENT' && unitKind !== 'POINTS' ? `${m?.flow ? 'flow' : 'stock'}|${m?.level ?? ''}` : '';
  return [
    t.indicatorCode,
    t.measure === 'QUALITATIVE' ? '*' : t.measure,
    unitKind,
    scopeKey(t.scope),
    t.year,
    kind,
  ].join('|');
}

/** The ACHIEVED_AS relationships of one jurisdiction's facts. */
export function inferOutcomes(facts: GraphBatch): GraphRelationship[] {
  const docs = new Map<string, Extract<GraphNode, { label: 'Document' }>['props']>();
  for (const n of facts.nodes) if (n.label === 'Document') docs.set(n.props.id, n.props);
  const targets = facts.nodes.filter((n): n is Target => n.label === 'Target');
  const achievedByKey = new Map<string, Target[]>();
  for (const a of targets) {
    if (a.props.status !== 'ACHIEVED' || a.props.value == null) continue;
    const k = pairingKey(a.props);
    if (k) achievedByKey.set(k, [...(achievedByKey.get(k) ?? []), a]);
  }
  const out: GraphRelationship[] = [];
  for (const p of targets) {
    if (p.props.status !== 'PLANNED') continue;
    const k = pairingKey(p.props);
    // a qualitative goal (居民收入增长与经济同步) is paired with the same indicator's figure of any measure
    const candidates = k
      ? p.props.measure === 'QUALITATIVE'
        ? qualitativeCandidates(k, achievedByKey)
        : (achievedByKey.get(k) ?? [])
      : [];
    if (!candidates.length) continue;
    // the next year's work report reviews this year; then the same words; then document order
    const reviews = (a: Target) => {
      const d = docs.get(a.props.documentId);
      return d?.kind === 'WORK_REPORT' && d.reportYear === (p.props.year ?? 0) + 1 ? 0 : 1;
    };
    const best = [...candidates].sort(
      (a, b) =>
        reviews(a) - reviews(b) ||
        Number(a.props.metric !== p.props.metric) - Number(b.props.metric !== p.props.metric) ||
        cmp(a.props.documentId, b.props.documentId) ||
        (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
        cmp(a.props.id, b.props.id),
    )[0];
    const status = p.props.measure === 'QUALITATIVE' ? 'UNKNOWN' : judge(p.props, best.props);
    const preliminary = PRELIMINARY_RE.test(best.props.text);
    out.push({
      type: 'ACHIEVED_AS',
      from: p.props.id,
      to: best.props.id,
      props: {
        status,
        preliminary,
        explanation: explain(p.props, best.props, status, preliminary),
        indicator: p.props.indicatorCode ?? null,
        rule: p.props.measure === 'QUALITATIVE' ? 'QUALITATIVE' : ruleFor(p.props),
      },
      evidence: dedupeEvidence(sortEvidence([...p.evidence, ...best.evidence])),
    });
  }
  return out.sort((a, b) => cmp(a.from, b.from));
}

function qualitativeCandidates(key: string, byKey: Map<string, Target[]>): Target[] {
  const [code, , , scope, year] = key.split('|');
  return [...byKey.entries()]
    .filter(([k]) => {
      const p = k.split('|');
      return p[0] === code && p[3] === scope && p[4] === year;
    })
    .sort(([a], [b]) => cmp(a, b))
    .flatMap(([, ts]) => ts);
}
