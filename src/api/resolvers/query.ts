import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../errors.js';
import { type Params, evidenceFromLists, loadQuery } from '../../store/index.js';
import type { ApiContext, EvidenceValue } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import type { PageItems, PageRow, SectionRow } from '../rows.js';
import { MAX_PAGE, connection, luceneTerms, pageArgs, readQuery } from '../util.js';
import { PROPERTIES, childField, nodesOnly, propertiesFor, rowOf, selection } from './fields.js';
import { indicatorCodeOf } from './indicator.js';
import { NO_TARGETS, type TargetsParams, targetsParams } from './organization.js';

/** Ids of every unit a name may mean (name, alias, with or without jurisdiction prefix), best tier only. */
async function organizationIds(ctx: ApiContext, name: string): Promise<string[]> {
  const trimmed = name.trim();
  const terms = luceneTerms(trimmed);
  if (!terms) return [];
  return (await readQuery(ctx.store, 'organizations-by-name', { name: trimmed, terms })).map((r) => r.id);
}

async function personIds(ctx: ApiContext, name: string): Promise<string[]> {
  return (await readQuery(ctx.store, 'people-by-name', { names: nameForms(name) })).map((r) => r.id);
}

/** Organization.targets under this field, if selected: its parameters, to read in the field's own statement. */
function selectedTargets(info: GraphQLResolveInfo | null): TargetsParams | null {
  const targets = info && childField(info, 'targets');
  return targets ? targetsParams(targets.args, targets.info) : null;
}

async function page<N extends keyof PageItems>(
  ctx: ApiContext,
  name: N,
  params: Params,
  first: number,
  after: string | null | undefined,
) {
  const { offset, limit } = pageArgs(first, after);
  const [row] = await ctx.store.read<PageRow<PageItems[N]>>(loadQuery(name), { ...params, offset, limit });
  return connection(row?.items ?? [], row?.total ?? 0, offset);
}

/** 文号 are printed with [ ], 〔 〕 or ［ ］ around the year: accept any of them. */
function docNumberForms(n: string): string[] {
  const core = n.trim().replace(/\s+/g, '');
  const forms = [
    core,
    core.replace(/[[［【]/g, '〔').replace(/[\]］】]/g, '〕'),
    core.replace(/[〔［【]/g, '[').replace(/[〕］】]/g, ']'),
  ];
  return [...new Set(forms)];
}

const nameForms = (name: string) => [...new Set([name.trim(), name.replace(/[\s\u3000]+/g, '')])];

const nullable = (v: unknown) => (v === undefined ? null : v);

/** A passage quote: the matched words with some context, cut from the section's source slice. */
function sectionPassage(
  node: Pick<SectionRow, 'documentId' | 'start' | 'path'>,
  source: string,
  text: string,
): EvidenceValue | null {
  if (typeof node.start !== 'number') return null;
  const chars = [...text.replace(/\s+/g, '')];
  // the first place any two consecutive query characters occur (what the cjk analyzer matched)
  let at = -1;
  for (let i = 0; i < Math.max(1, chars.length - 1) && at < 0; i++) at = source.indexOf(chars.slice(i, i + 2).join(''));
  if (at < 0) at = 0;
  const from = Math.max(0, at - 30);
  const to = Math.min(source.length, at + 90);
  if (to <= from) return null;
  return {
    documentId: node.documentId,
    start: node.start + from,
    end: node.start + to,
    quote: source.slice(from, to),
    sectionPath: node.path ?? [],
  };
}

export const Query: QueryResolvers = {
  targets: async (_, { filter = {}, first, after }, ctx) => {
    const f = filter ?? {};
    const orgIds = f.organization != null ? await organizationIds(ctx, f.organization) : null;
    const supervisorIds = f.supervisor != null ? await personIds(ctx, f.supervisor) : null;
    return page(
      ctx,
      'targets',
      {
        jurisdiction: nullable(f.jurisdiction),
        year: nullable(f.year),
        status: nullable(f.status),
        document: nullable(f.document),
        text: nullable(f.text),
        role: nullable(f.role),
        orgIds,
        supervisorIds,
        // an unknown indicator name matches nothing rather than everything
        indicator: f.indicator != null ? (indicatorCodeOf(f.indicator) ?? '') : null,
        outcome: nullable(f.outcome),
      },
      first,
      after,
    );
  },
  target: (_, { id }, ctx) => ctx.loaders.node('Target').load(id),
  task: (_, { id }, ctx) => ctx.loaders.node('Task').load(id),
  tasks: async (_, { filter = {}, first, after }, ctx) => {
    const f = filter ?? {};
    const orgIds = f.organization != null ? await organizationIds(ctx, f.organization) : null;
    return page(
      ctx,
      'tasks',
      {
        jurisdiction: nullable(f.jurisdiction),
        document: nullable(f.document),
        text: nullable(f.text),
        role: nullable(f.role),
        orgIds,
      },
      first,
      after,
    );
  },
  projects: (_, { filter = {}, first, after }, ctx) => {
    const f = filter ?? {};
    return page(
      ctx,
      'projects',
      { year: nullable(f.year), document: nullable(f.document), text: nullable(f.text) },
      first,
      after,
    );
  },
  /** the unit and, when selected, its targets in one statement (primed for Organization.targets) */
  organization: async (_, { name, jurisdiction }, ctx, info) => {
    const trimmed = String(name).trim();
    const terms = luceneTerms(trimmed);
    if (!terms) return null;
    const targets = selectedTargets(info);
    const orgProps = propertiesFor(PROPERTIES.Organization, selection(info));
    const [row] = await readQuery(ctx.store, 'organization-by-name', {
      name: trimmed,
      terms,
      jurisdiction: nullable(jurisdiction),
      orgProps,
      targets: targets != null,
      ...(targets ?? NO_TARGETS),
    });
    if (!row) return null;
    const org = rowOf(orgProps, row.values, row.org);
    if (targets) ctx.loaders.rows('organization-targets', targets).prime(org.id, row.targets);
    return org;
  },
  organizations: async (_, { filter = {} }, ctx) => {
    const f = filter ?? {};
    const supervisorIds = f.supervisor != null ? await personIds(ctx, f.supervisor) : null;
    const rows = await readQuery(ctx.store, 'organizations', {
      kind: nullable(f.kind),
      name: nullable(f.name),
      supervisorIds,
    });
    return rows.map((r) => r.node);
  },
  /** the person and, when selected, the units they supervise and those units' targets in one statement (primed for their resolvers) */
  person: async (_, { name, jurisdiction }, ctx, info) => {
    const supervises = childField(info, 'supervises');
    const targets = selectedTargets(supervises?.info ?? null);
    // what Person.supervises asks its loader for: the same projection primes the same loader
    const supervised = supervises && nodesOnly(PROPERTIES.Organization, supervises.info);
    const personProps = propertiesFor(PROPERTIES.Person, selection(info));
    const [row] = await readQuery(ctx.store, 'person-by-name', {
      names: nameForms(name),
      jurisdiction: nullable(jurisdiction),
      personProps,
      supervises: supervised != null,
      orgProps: supervised?.node ?? null,
      targets: targets != null,
      ...(targets ?? NO_TARGETS),
    });
    if (!row) return null;
    const person = rowOf(personProps, row.values, row.node);
    const units = row.supervises.map((u) => ({ ...u, node: rowOf(supervised?.node ?? null, u.values, u.node) }));
    if (supervised)
      ctx.loaders.out('Person', 'SUPERVISES', 'Organization', supervised).prime(
        person.id,
        units.map(({ node }) => ({ node, rel: {} })),
      );
    if (targets) for (const u of units) ctx.loaders.rows('organization-targets', targets).prime(u.node.id, u.targets);
    return person;
  },
  people: async (_, __, ctx) => (await readQuery(ctx.store, 'people')).map((r) => r.node),
  documents: async (_, { jurisdiction }, ctx) =>
    (await readQuery(ctx.store, 'documents', { jurisdiction: nullable(jurisdiction) })).map((r) => r.node),
  jurisdictions: async (_, __, ctx) => readQuery(ctx.store, 'jurisdictions'),
  document: async (_, { id, docNumber }, ctx) => {
    if (id == null && docNumber == null) throw new AppError('BAD_USER_INPUT', 'document needs id or docNumber');
    const rows = await readQuery(ctx.store, 'document', {
      id: nullable(id),
      docNumbers: docNumber == null ? [] : docNumberForms(docNumber),
    });
    return rows[0]?.node ?? null;
  },
  search: async (_, { text, first }, ctx) => {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}`);
    const q = luceneTerms(String(text));
    if (!q) throw new AppError('BAD_USER_INPUT', 'search text is empty');
    const rows = await readQuery(ctx.store, 'search', { q, first });
    const passages = [];
    for (const r of rows) {
      if (r.document) ctx.loaders.node('Document').prime(r.document.id, r.document);
      const evidence =
        r.kind === 'Section' && r.source != null
          ? sectionPassage(r.node, r.source, text)
          : evidenceFromLists(r.node)[0];
      if (evidence) passages.push({ evidence, score: r.score, kind: r.kind, id: r.node.id });
    }
    return passages;
  },
  ask: async (_, { question }, ctx) => {
    if (!ctx.ask) return { question, answer: '', mode: 'NONE', query: null, rows: [], citations: [], confidence: 0 };
    return ctx.ask(question, { store: ctx.store });
  },
};
