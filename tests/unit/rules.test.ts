/**
 * Rules as records (issue 11): every named rule table, each record with the examples it must keep
 * and must reject, run by one loop. A table contributes an adapter that says how to run one example
 * through its own checker, so adding a rule is adding a record. Tables: provisions
 * (src/extract/provisions.ts), indicators (src/extract/indicators.ts), target rules
 * (seed/lexicon/target-rules.json), ask cues (seed/lexicon/ask-cues.json and the families' own),
 * and the organisation-resolver tiers (seed/lexicon/org-resolver-rules.json). No database.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import targetRules from '../../seed/lexicon/target-rules.json' with { type: 'json' };
import { FAMILIES } from '../../src/ask/families/index.js';
import { CUES, cueExamples } from '../../src/ask/cues.js';
import { normalizeKey } from '../../src/ask/normalize.js';
import { MATCH_RULES, matchIndicator } from '../../src/extract/indicators.js';
import { PROVISION_RULES, findProvisions } from '../../src/extract/provisions.js';
import { findTargets } from '../../src/extract/targets.js';
import { nameMerges } from '../../src/pipeline.js';
import { createOrgResolver } from '../../src/resolve/index.js';
import { ORG_RESOLVER_RULES, tiersOf, type OrgRuleExample } from '../../src/resolve/org-rules.js';

/** One rule table: its records, and how to run one example (null when it does what the record says). */
interface Table<E> {
  records: Record<string, { keep: readonly E[]; reject: readonly E[] }>;
  /** rejects not run by this loop, and where they are checked instead */
  rejectsCheckedElsewhere?: string;
  check(rule: string, example: E, keep: boolean): string | null;
  show(example: E): string;
}

const table = <E>(t: Table<E>) => t as Table<unknown>; // the loop below runs each table through its own check only

const said = (s: string) => s;

/** target rule examples may end with a note in brackets: (a capacity per mine, not a total) */
const sentence = (s: string) => s.replace(/\s*\([^)]*\)$/, '');

const resolved = (e: OrgRuleExample) => {
  const r = createOrgResolver(e.jurisdiction);
  for (const l of e.learnt ?? []) r.learn(l);
  return r.resolve(e.mention);
};

const familyCues = [...new Set(Object.values(FAMILIES))].flatMap((f) => f.cues ?? []);

const TABLES: Record<string, Table<unknown>> = {
  provisions: table<string>({
    records: PROVISION_RULES,
    show: said,
    check(rule, s, keep) {
      const rules = findProvisions(s).map((p) => p.rule);
      return rules.some((r) => r === rule) === keep ? null : `provisions by ${rules.join(', ') || 'no rule'}`;
    },
  }),
  indicators: table<string>({
    records: MATCH_RULES,
    show: said,
    check(_rule, example, keep) {
      const [metric, measure = 'COUNT', unit = ''] = example.split('|');
      const got = matchIndicator({ metric, measure, unit: unit || null });
      return (got !== null) === keep ? null : `indicator ${got?.code ?? 'none'}`;
    },
  }),
  'target rules': table<string>({
    records: targetRules.rules,
    rejectsCheckedElsewhere:
      'what each target rule rejects differs by rule (no figure, another year, a figure of another kind): the labelled sentences of tests/fixtures/targets/classes*.json score them (targets.classes.test.ts)',
    show: said,
    check(_rule, s, keep) {
      if (!keep) return null;
      return findTargets(sentence(s)).length > 0 ? null : 'no figure';
    },
  }),
  'ask cues': table<[string, string, boolean]>({
    // cueExamples gives each example in the form its pattern runs on, and whether it must match
    records: Object.fromEntries(
      Object.keys(CUES).map((name) => [
        name,
        {
          keep: cueExamples().filter(([n, , should]) => n === name && should),
          reject: cueExamples().filter(([n, , should]) => n === name && !should),
        },
      ]),
    ),
    show: ([, q]) => q,
    check(rule, [, q], keep) {
      return CUES[rule as keyof typeof CUES].pattern.test(q) === keep ? null : keep ? 'no match' : 'matches';
    },
  }),
  'family cues': table<string>({
    records: Object.fromEntries(familyCues.map((c) => [c.name, { keep: c.match, reject: c.noMatch }])),
    show: said,
    check(rule, q, keep) {
      const c = familyCues.find((x) => x.name === rule);
      return c && c.pattern.test(normalizeKey(q)) === keep ? null : keep ? 'no match' : 'matches';
    },
  }),
  'organisation-resolver tiers': table<OrgRuleExample>({
    records: ORG_RESOLVER_RULES,
    show: (e) => `[${e.jurisdiction ?? '-'}${e.learnt ? ` learnt ${e.learnt.length}` : ''}] ${e.mention}`,
    check(rule, e, keep) {
      const o = resolved(e);
      const tiers = o ? tiersOf(o.reason) : [];
      const got = o ? `${o.name} ${o.kind} (${o.reason})${o.parent ? ` in ${o.parent.name}` : ''}` : 'null';
      if (tiers.includes(null)) return `a reason part with no record: ${got}`;
      const fired = tiers.some((t) => t === rule);
      const asSaid =
        (e.canonical === undefined || (o?.name ?? null) === e.canonical) &&
        (e.kind === undefined || o?.kind === e.kind) &&
        (e.parent === undefined || o?.parent?.name === e.parent);
      return fired === keep && asSaid ? null : got;
    },
  }),
};

describe.each(Object.entries(TABLES))('rule table %s', (_name, t) => {
  it('every record has examples to keep and to reject', () => {
    const bare = Object.entries(t.records).filter(([, r]) => r.keep.length === 0 || r.reject.length === 0);
    expect(bare.map(([n]) => n)).toEqual([]);
  });

  it.each(Object.keys(t.records))('%s keeps and rejects its examples', (rule) => {
    const r = t.records[rule];
    const failures = [
      ...r.keep.map((e) => [e, true] as const),
      ...(t.rejectsCheckedElsewhere ? [] : r.reject.map((e) => [e, false] as const)),
    ].flatMap(([e, keep]) => {
      const got = t.check(rule, e, keep);
      return got === null ? [] : [`${keep ? 'keep' : 'reject'} ${t.show(e)}: ${got}`];
    });
    expect(failures).toEqual([]);
  });
});

describe('organisation-resolver tiers and the reasons the resolver logs', () => {
  const files = [
    ...readdirSync('seed/gazettes').map((f) => `seed/gazettes/${f}`),
    ...['county', 'gazette', 'corpus'].flatMap((d) =>
      readdirSync(`tests/fixtures/${d}`)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `tests/fixtures/${d}/${f}`),
    ),
  ].filter((f) => f.endsWith('.txt'));

  it('every reason logged for a merge over the gazettes and fixtures reads as tiers that have records', () => {
    const unread: string[] = [];
    const seen = new Set<string>();
    for (const f of files)
      for (const m of nameMerges({ text: readFileSync(f, 'utf8'), sourceFile: f })) {
        const tiers = tiersOf(m.reason);
        tiers.forEach((t) => t && seen.add(t));
        if (tiers.includes(null)) unread.push(`${f}: ${m.mention} → ${m.canonical} (${m.reason})`);
      }
    expect(unread).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });

  it('reads a reason part no tier writes as no tier', () => {
    expect(tiersOf('prefix 伊金霍洛旗; lexicon alias 卫健委 = 卫生健康委员会')).toEqual(['prefix', 'lexicon-alias']);
    expect(tiersOf('prefix 旗; guessed')).toEqual(['prefix', null]);
  });
});
