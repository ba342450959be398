/** The reviewed organisation lexicon (seed/lexicon/organizations.json) and its typed view. */
import raw from '../../seed/lexicon/organizations.json' with { type: 'json' };
import type { NodeProps } from '../model/index.js';

export type OrgKind = NodeProps<'Organization'>['kind'];

export interface LexiconEntry {
  /** bare standard name, without any jurisdiction prefix */
  name: string;
  aliases: string[];
  kind: OrgKind;
  note?: string;
}

export interface OrgLexicon {
  organizations: LexiconEntry[];
  kindRules: Array<{ kind: OrgKind; pattern: string }>;
}

// a JSON import's strings are string, not OrgKind: the reviewed file is the lexicon's type by construction (tests/unit/resolve.test.ts reads it)
export const defaultLexicon: OrgLexicon = raw as unknown as OrgLexicon;
