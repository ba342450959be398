export { createOrgResolver, type OrgResolver, type MergeLog } from './orgs.js';
export { jurisdictionInfo, type JurisdictionInfo } from './jurisdiction.js';
export { defaultLexicon, type OrgLexicon, type LexiconEntry, type OrgKind } from './lexicon.js';
export { resolveUnitList } from './units.js';
export { personId } from './people.js';
export { mentionProbe, learnNames, type LearnedNames } from './pass.js';
