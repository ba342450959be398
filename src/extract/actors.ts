/**
 * Organisations, people and roles in one document, with canonical names from src/resolve.
 *
 * The resolver first learns every name form written anywhere in the gazette (a dry run of these
 * same extractors over ctx.allDocuments), so 阿镇 and company-name variants resolve the same way in
 * every document whatever order documents are processed in. That learning is cached per
 * allDocuments array; the output is a pure function of (doc, jurisdiction, allDocuments).
 */
import type { GraphNode, GraphRelationship } from '../model/index.js';
import type { ParsedDocument } from '../gazette/types.js';
import { createOrgResolver, type OrgResolver, type MergeLog } from '../resolve/index.js';
import { ActorBuilder } from './actors-common.js';
import { extractAppointments } from './actors-appointments.js';
import { extractContacts } from './actors-contacts.js';
import { extractDivisionOfWork } from './actors-division.js';
import { extractBylines, extractGroups } from './actors-groups.js';
import { extractStatedUnits, type StatedUnit } from './actors-stated.js';
import { kindSpec } from '../kinds/index.js';

export type { StatedUnit } from './actors-stated.js';

export interface ActorsResult {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  statedUnits: StatedUnit[];
}

function run(doc: ParsedDocument, resolver: OrgResolver, jurisdiction: string | null): ActorsResult {
  const b = new ActorBuilder(doc, resolver, jurisdiction);
  const { actors } = kindSpec(doc.props.kind);
  if (actors.includes('DIVISION_OF_WORK')) extractDivisionOfWork(b);
  if (actors.includes('APPOINTMENTS')) extractAppointments(b);
  extractGroups(b);
  extractContacts(b);
  if (actors.includes('BYLINES')) extractBylines(b);
  const statedUnits = extractStatedUnits(b);
  return { ...b.result(), statedUnits };
}

/** Records every organisation mention written in the documents (a dry run of the extractors). */
function mentionRecorder(jurisdiction: string | null, sink: string[]): OrgResolver {
  const inner = createOrgResolver(jurisdiction);
  return {
    jurisdiction: inner.jurisdiction,
    learn: (m) => sink.push(m),
    resolve: (m) => {
      sink.push(m);
      return inner.resolve(m);
    },
    merges: () => [],
  };
}

const worlds = new WeakMap<ParsedDocument[], Map<string, OrgResolver>>();

/** The resolver for a jurisdiction after learning the names used across all documents. */
function resolverFor(jurisdiction: string | null, allDocuments: ParsedDocument[]): OrgResolver {
  let byJur = worlds.get(allDocuments);
  if (!byJur) worlds.set(allDocuments, (byJur = new Map()));
  const key = jurisdiction ?? '';
  let resolver = byJur.get(key);
  if (!resolver) {
    const mentions: string[] = [];
    const recorder = mentionRecorder(jurisdiction, mentions);
    for (const d of allDocuments) run(d, recorder, jurisdiction);
    resolver = createOrgResolver(jurisdiction);
    for (const m of mentions) resolver.learn(m);
    byJur.set(key, resolver);
  }
  return resolver;
}

export function extractActors(
  doc: ParsedDocument,
  ctx: { jurisdiction: string | null; allDocuments: ParsedDocument[] },
): ActorsResult {
  const docs = ctx.allDocuments.includes(doc) ? ctx.allDocuments : [...ctx.allDocuments, doc];
  return run(doc, resolverFor(ctx.jurisdiction, docs), ctx.jurisdiction);
}

/** Every name merge made while resolving the documents' organisations, with its reason (for logs). */
export function organizationMerges(jurisdiction: string | null, allDocuments: ParsedDocument[]): MergeLog[] {
  const resolver = resolverFor(jurisdiction, allDocuments);
  for (const d of allDocuments) run(d, resolver, jurisdiction);
  return resolver.merges();
}
