/**
 * Metric names: the short phrase a target measures, mapped onto one canonical name when the
 * reviewed lexicon (seed/lexicon/metrics.json) knows it, so 国内生产总值 / GDP / 经济增长 all
 * become 地区生产总值 and one query finds them across reports.
 */
import lexicon from '../../seed/lexicon/metrics.json' with { type: 'json' };

type MetricEntry = { name: string; aliases: string[] };

const ALIASES = new Map<string, string>();
const METRICS: readonly MetricEntry[] = lexicon.metrics;
for (const m of METRICS) {
  ALIASES.set(key(m.name), m.name);
  for (const a of m.aliases) ALIASES.set(key(a), m.name);
}

// qualifiers that do not change what is measured
const LEADING_QUALIFIERS = /^(?:预计|全年|年度|全[国省市县旗区盟州]|本[市县旗区]|累计完成|完成|实现)+/;

function key(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

/** Canonical name for a metric phrase, or the cleaned phrase itself when the lexicon lacks it. */
export function normaliseMetric(raw: string): string {
  // quotation marks and markdown emphasis carry no meaning in a metric name (“三清零”企业)
  const cleaned = raw.replace(/\[\d+\]/g, '').replace(/[\s“”"'‘’《》*\u2460-\u2473]+/g, '');
  const direct = ALIASES.get(key(cleaned));
  if (direct) return direct;
  const bare = cleaned.replace(LEADING_QUALIFIERS, '');
  return ALIASES.get(key(bare)) ?? cleaned;
}

/** True when the lexicon knows this phrase (after normalisation). */
export function isKnownMetric(raw: string): boolean {
  return ALIASES.has(key(normaliseMetric(raw)));
}
