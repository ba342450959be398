/**
 * Indicators and outcomes: `indicators`, `indicator(code:)` and their targets across every loaded
 * jurisdiction; `Target.indicator`, `Target.outcome` (the derived ACHIEVED_AS), `Target.jurisdiction`.
 */
import { INDICATORS, indicatorByCode } from '../../extract/indicators.js';
import { AppError } from '../../errors.js';
import { loadQuery, type Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { MAX_PAGE } from '../util.js';

type Args = Record<string, any>;
const key = (s: string) => s.replace(/[\s“”"]/g, '').toUpperCase();
const BY_NAME = new Map(
  INDICATORS.flatMap((i) => [i.code, i.name, ...i.aliases].map((n) => [key(n), i.code] as const)),
);

/** An indicator code from a code, a name or an alias (GDP, 地区生产总值, 国内生产总值); null when unknown. */
export function indicatorCodeOf(codeOrName: string): string | null {
  return BY_NAME.get(key(codeOrName)) ?? null;
}

export const IndicatorQuery = {
  indicators: (_: unknown, __: Args, ctx: ApiContext) => ctx.store.read<Row>(loadQuery('indicators')),
  indicator: (_: unknown, { code }: Args) => {
    const entry = indicatorByCode(indicatorCodeOf(code));
    return entry ? { code: entry.code, name: entry.name } : null;
  },
};

export const Indicator = {
  targets: async (i: Row, { year, status, first }: Args, ctx: ApiContext) => {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}`);
    const rows = await ctx.store.read<{ node: Row }>(loadQuery('indicator-targets'), {
      code: i.code,
      year: year ?? null,
      status: status ?? null,
      limit: first,
    });
    return rows.map((r) => r.node);
  },
};

export const TargetIndicator = {
  indicator: (t: Row) =>
    t.indicatorCode
      ? { code: t.indicatorCode, name: t.indicatorName ?? indicatorByCode(t.indicatorCode)?.name ?? t.indicatorCode }
      : null,
  outcome: async (t: Row, _: unknown, ctx: ApiContext) => {
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
  jurisdiction: async (t: Row, _: unknown, ctx: ApiContext) =>
    t.jurisdiction ?? (await ctx.loaders.node('Document').load(t.documentId))?.jurisdiction ?? null,
};
