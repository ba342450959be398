/**
 * The resolve pass: the names extract finds become organisation and person ids. It runs twice per
 * jurisdiction (pipeline.ts): a probe answers extract's dry run and keeps every organisation name it
 * is asked about; a resolver that has learnt those names then answers the real run, so 阿镇 and
 * company-name variants resolve the same way in every document whatever their order.
 */
import type { MentionProbe, NameResolver } from '../extract/mentions.js';
import { createOrgResolver, type MergeLog, type OrgResolver } from './orgs.js';
import { personId } from './people.js';
import { resolveUnitList } from './units.js';

/** A resolver that has learnt a gazette's names, and logs every merge it makes. */
export interface LearnedNames extends NameResolver {
  /** every mention resolved so far whose text differs from its canonical name, sorted */
  merges(): MergeLog[];
}

function namesOf(orgs: Pick<OrgResolver, 'jurisdiction' | 'resolve'>, jurisdiction: string | null): NameResolver {
  return {
    jurisdiction: orgs.jurisdiction,
    resolve: (mention) => orgs.resolve(mention),
    resolveUnits: (items) => resolveUnitList(items, orgs),
    personId: (name) => personId(jurisdiction, name),
  };
}

/** The probe for extract's dry run over a jurisdiction's documents. */
export function mentionProbe(jurisdiction: string | null): MentionProbe {
  const unlearnt = createOrgResolver(jurisdiction);
  const asked: string[] = [];
  // every name goes through this resolve, those of unit lists too, so none is missed
  const recording = {
    jurisdiction: unlearnt.jurisdiction,
    resolve: (mention: string) => {
      asked.push(mention);
      return unlearnt.resolve(mention);
    },
  };
  return { ...namesOf(recording, jurisdiction), mentions: () => [...asked] };
}

/** The resolver of a jurisdiction after learning `mentions`, the names its documents write. */
export function learnNames(jurisdiction: string | null, mentions: readonly string[]): LearnedNames {
  const orgs = createOrgResolver(jurisdiction);
  for (const m of mentions) orgs.learn(m);
  return { ...namesOf(orgs, jurisdiction), merges: () => orgs.merges() };
}
