/**
 * Indicators and outcomes: `indicators`, `indicator(code:)` and their targets across every loaded
 * jurisdiction; `Target.indicator`, `Target.outcome` (the derived ACHIEVED_AS), `Target.jurisdiction`.
 */
import { INDICATORS, indicatorByCode } from '../../extract/indicators.js';
import { AppError } from '../../errors.js';
import type { IndicatorResolvers, QueryResolvers, TargetResolvers } from '../generated/resolvers.js';
import { MAX_PAGE, readQuery } from '../util.js';

const key = (s: string) => s.replace(/[\s“”"]/g, '').toUpperCase();
const BY_NAME = new Map(
  INDICATORS.flatMap((i) => [i.code, i.name, ...i.aliases].map((n) => [key(n), i.code] as const)),
);

/** An indicator code from a code, a name or an alias (GDP, 地区生产总值, 国内生产总值); null when unknown. */
export function indicatorCodeOf(codeOrName: string): string | null {
  return BY_NAME.get(key(codeOrName)) ?? null;
}

export const IndicatorQuery: QueryResolvers = {
  indicators: (_, __, ctx) => readQuery(ctx.store, 'indicators'),
  indicator: (_, { code }) => {
    const entry = indicatorByCode(indicatorCodeOf(code));
    return entry ? { code: entry.code, name: entry.name } : null;
  },
};

export const Indicator: IndicatorResolvers = {
  targets: async (i, { year, status, first }, ctx) => {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}`);
    const rows = await readQuery(ctx.store, 'indicator-targets', {
      code: i.code,
      year: year ?? null,
      status: status ?? null,
      limit: first,
    });
    return rows.map((r) => r.node);
  },
};

export const TargetIndicator: TargetResolvers = {
  indicator: (t) =>
    t.indicatorCode
      ? { code: t.indicatorCode, name: t.indicatorName ?? indicatorByCode(t.indicatorCode)?.name ?? t.indicatorCode }
      : null,
  outcome: async (t, _, ctx) => {
    if (t.status !== 'PLANNED') return null;
    const [o] = await ctx.loaders.out('Target', 'ACHIEVED_AS', 'Target').load(t.id);
    return o
      ? {
          status: o.rel.status,
          achieved: o.node,
          preliminary: o.rel.preliminary === true,
          explanation: o.rel.explanation,
        }
      : null;
  },
  jurisdiction: async (t, _, ctx) =>
    t.jurisdiction ?? (await ctx.loaders.node('Document').load(t.documentId))?.jurisdiction ?? null,
};
