export { createOrgResolver, type OrgResolver, type ResolvedOrg, type MergeLog } from './orgs.js';
export { jurisdictionInfo, type JurisdictionInfo } from './jurisdiction.js';
export { defaultLexicon, type OrgLexicon, type LexiconEntry, type OrgKind } from './lexicon.js';
export { splitUnitList, resolveUnitList, type UnitItem, type ResolvedUnit } from './units.js';
export { normalizePersonName, personId } from './people.js';
