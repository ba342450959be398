/** The reviewed organisation lexicon (seed/lexicon/organizations.json) and its typed view. */
import raw from '../../seed/lexicon/organizations.json' with { type: 'json' };
import { OrganizationKind, type NodeProps } from '../model/index.js';

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

// a JSON import types every kind as string: each is checked against the model's kinds as the lexicon loads
export const defaultLexicon: OrgLexicon = {
  organizations: raw.organizations.map((e) => ({ ...e, kind: OrganizationKind.parse(e.kind) })),
  kindRules: raw.kindRules.map((r) => ({ ...r, kind: OrganizationKind.parse(r.kind) })),
};
