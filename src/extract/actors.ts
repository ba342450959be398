/**
 * Organisations, people and roles in one document. Extract finds where a unit or person is named;
 * which organisation or person that is, the resolve pass says (a NameResolver from src/resolve,
 * passed in by pipeline.ts). The resolver first learns every organisation name the gazette writes:
 * `organizationMentions` runs these same extractors over all documents against a probe and hands
 * it the names they ask about, so the output is a pure function of (doc, names, jurisdiction).
 */
import type { GraphNode, GraphRelationship } from '../model/index.js';
import type { ParsedDocument } from '../gazette/types.js';
import { ActorBuilder } from './actors-common.js';
import { extractAppointments } from './actors-appointments.js';
import { extractContacts } from './actors-contacts.js';
import { extractDivisionOfWork } from './actors-division.js';
import { extractBylines, extractGroups } from './actors-groups.js';
import { extractStatedUnits, type StatedUnit } from './actors-stated.js';
import type { MentionProbe, NameResolver } from './mentions.js';
import { kindSpec } from '../kinds/index.js';

export type { StatedUnit } from './actors-stated.js';

export interface ActorsResult {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  statedUnits: StatedUnit[];
}

/** The actors of one document, its names resolved by `names` (of the document's jurisdiction). */
export function extractActors(doc: ParsedDocument, names: NameResolver, jurisdiction: string | null): ActorsResult {
  const b = new ActorBuilder(doc, names, jurisdiction);
  const { actors } = kindSpec(doc.props.kind);
  if (actors.includes('DIVISION_OF_WORK')) extractDivisionOfWork(b);
  if (actors.includes('APPOINTMENTS')) extractAppointments(b);
  extractGroups(b);
  extractContacts(b);
  if (actors.includes('BYLINES')) extractBylines(b);
  const statedUnits = extractStatedUnits(b);
  return { ...b.result(), statedUnits };
}

/** Every organisation name the extractors write in these documents, in order: a dry run against `probe`. */
export function organizationMentions(
  docs: ParsedDocument[],
  jurisdiction: string | null,
  probe: MentionProbe,
): string[] {
  for (const d of docs) extractActors(d, probe, jurisdiction);
  return probe.mentions();
}
