/**
 * The tiers of the organisation resolver as named records (seed/lexicon/org-resolver-rules.json):
 * why each exists, the reason text it logs, mentions it must resolve and ones it must not decide,
 * and the word lists the tiers match. orgs.ts writes every reason through `because`, so a merge is
 * logged only under a tier that has a record; `tiersOf` reads a logged reason back into tier names.
 */
import raw from '../../seed/lexicon/org-resolver-rules.json' with { type: 'json' };

/** One example: a mention in a jurisdiction, after learning the names a gazette writes. */
export interface OrgRuleExample {
  jurisdiction: string | null;
  learnt?: readonly string[];
  mention: string;
  /** what it resolves to; null: no organisation; absent (reject only): not checked */
  canonical?: string | null;
  kind?: string;
  parent?: string;
}

export interface OrgResolverRule {
  name: OrgTier;
  /** the logged reason part, {slots} filled in by `because` */
  reason: string;
  why: string;
  keep: readonly OrgRuleExample[];
  reject: readonly OrgRuleExample[];
}

/** Tier names the resolver writes reasons under: each must be a record of the data file (checked at import). */
const NAMES = [
  'collective',
  'collective-government',
  'outside-enterprise-branch',
  'company',
  'company-without-registered-name',
  'company-suffix-variant',
  'bare-name',
  'prefix',
  'lexicon-alias',
  'town-abbreviation',
  'sub-unit',
  'place-name-kept',
  'higher-level-branch-is-local',
  'higher-level-branch',
  'jurisdiction-inside-name',
  'other-jurisdiction',
  'higher-level-prefix',
  'no-prefix-level',
  'no-prefix',
] as const;

export type OrgTier = (typeof NAMES)[number];

function load(): Record<OrgTier, OrgResolverRule> {
  const data: Record<string, Omit<OrgResolverRule, 'name'>> = raw.rules;
  const extra = Object.keys(data).filter((n) => !NAMES.some((x) => x === n));
  if (extra.length)
    throw new Error(`seed/lexicon/org-resolver-rules.json: no tier of orgs.ts is named ${extra.join(', ')}`);
  // every name of NAMES becomes an entry (a missing one throws), which Object.fromEntries cannot say: the cast below
  return Object.fromEntries(
    NAMES.map((name) => {
      const r = data[name];
      if (!r) throw new Error(`seed/lexicon/org-resolver-rules.json has no rule ${name}`);
      return [name, { name, ...r }];
    }),
  ) as Record<OrgTier, OrgResolverRule>;
}

/** The tiers, from the reviewed data file seed/lexicon/org-resolver-rules.json. */
export const ORG_RESOLVER_RULES = load();

const alternation = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Words that begin with a level character without being a level prefix: 市场监管, 市政公用, 省级. */
export const NOT_A_PREFIX = new RegExp(`^(${alternation(raw.words.notAPrefix)})`);
/** A unit of this jurisdiction that is a branch of a higher-level body: 市X局伊金霍洛旗分局. */
export const BRANCH_SUFFIX = new RegExp(`^(${alternation(raw.words.branchSuffix)})$`);
/** The legal form that ends a registered company name. */
export const COMPANY_SUFFIX = new RegExp(`(${alternation(raw.words.companySuffix)})$`);

/** The reason text of a tier, its {slots} filled in. */
export function because(tier: OrgTier, slots: Record<string, string> = {}): string {
  return ORG_RESOLVER_RULES[tier].reason.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = slots[k];
    if (v === undefined) throw new Error(`org resolver tier ${tier}: no value for {${k}}`);
    return v;
  });
}

const READERS = Object.values(ORG_RESOLVER_RULES).map((r) => ({
  name: r.name,
  re: new RegExp(
    `^${r.reason
      .split(/\{\w+\}/)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?')}$`,
  ),
}));

/** The tiers a logged reason names, in order; null for a part no tier's reason reads. */
export function tiersOf(reason: string): Array<OrgTier | null> {
  return reason.split('; ').map((part) => {
    const hits = READERS.filter((r) => r.re.test(part));
    return hits.length === 1 ? hits[0].name : null;
  });
}
