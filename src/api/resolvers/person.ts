import { evidenceFromLists, type Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';

export const Person = {
  /** the areas the latest division-of-work notice gives (a later 调整 may move some), else all stated */
  portfolio: async (p: Row, _: unknown, ctx: ApiContext) => {
    const notices = await ctx.loaders.out('Person', 'ASSIGNED_IN', 'Document').load(p.id);
    const latest = [...notices]
      .sort((a, b) => String(a.node.issuedOn ?? '').localeCompare(String(b.node.issuedOn ?? '')))
      .at(-1);
    return (latest?.rel.areas as string[] | undefined) ?? p.portfolio ?? [];
  },
  titles: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Person', 'HOLDS', 'Organization').load(p.id)).map(({ node, rel }) => ({
      organization: node,
      rel,
    })),
  supervises: (p: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Person', 'SUPERVISES', 'Organization').load(p.id)),
  supervisions: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.named('person-supervisions').load(p.id)).map(({ node, rel }) => ({
      organization: node,
      ...supervisionPeriod(rel),
      rel,
    })),
  liaisesWith: (p: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Person', 'LIAISES_WITH', 'Organization').load(p.id)),
  backups: (p: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Person', 'BACKUP_OF', 'Person').load(p.id)),
  assists: (p: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Person', 'ASSISTS', 'Person').load(p.id)),
  appointments: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Person', 'APPOINTED', 'Organization').load(p.id)).map(({ node, rel }) => ({
      organization: node,
      rel,
    })),
  memberships: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Person', 'MEMBER_OF', 'Group').load(p.id)).map(({ node, rel }) => ({ group: node, rel })),
  targets: async (p: Row, args: { year?: number | null }, ctx: ApiContext) =>
    (await nodes(ctx.loaders.named('person-targets').load(p.id))).filter(
      (t) => args.year == null || t.year === args.year,
    ),
};

/**
 * The period a supervision is stated for: from the earliest dated notice that states it to the
 * first later notice of the same jurisdiction that does not (null: still in force).
 */
function supervisionPeriod(rel: Row): { since: string | null; until: string | null; documentIds: string[] } {
  const stating = new Set<string>(rel.evidenceDocumentIds ?? []);
  const notices = ((rel.notices ?? []) as Array<{ id: string; issuedOn: string | null }>)
    .filter((n) => n.issuedOn)
    .sort((a, b) => (a.issuedOn! < b.issuedOn! ? -1 : a.issuedOn! > b.issuedOn! ? 1 : 0));
  const dated = notices.filter((n) => stating.has(n.id));
  const since = dated[0]?.issuedOn ?? null;
  const last = dated.at(-1)?.issuedOn ?? null;
  const until = last ? (notices.find((n) => n.issuedOn! > last && !stating.has(n.id))?.issuedOn ?? null) : null;
  return { since, until, documentIds: [...stating].sort() };
}

export const Supervision = {
  scope: (s: { rel: Row }) => s.rel.scope ?? null,
  documents: async (s: { documentIds: string[] }, _: unknown, ctx: ApiContext) =>
    (await Promise.all(s.documentIds.map((id) => ctx.loaders.node('Document').load(id)))).filter(Boolean),
  evidence: (s: { rel: Row }) => evidenceFromLists(s.rel),
};

/** HOLDS {title, asOf} */
export const Title = {
  title: (t: { rel: Row }) => t.rel.title ?? '',
  asOf: (t: { rel: Row }) => t.rel.asOf ?? null,
  evidence: (t: { rel: Row }) => evidenceFromLists(t.rel),
};

/** APPOINTED {action, position, docNumber, date, probation} */
export const Appointment = {
  action: (a: { rel: Row }) => a.rel.action,
  position: (a: { rel: Row }) => a.rel.position ?? null,
  docNumber: (a: { rel: Row }) => a.rel.docNumber ?? null,
  date: (a: { rel: Row }) => a.rel.date ?? null,
  probation: (a: { rel: Row }) => (a.rel.probation == null ? null : String(a.rel.probation)),
  document: (a: { rel: Row }, _: unknown, ctx: ApiContext) => {
    const id = a.rel.evidenceDocumentIds?.[0];
    return id ? ctx.loaders.node('Document').load(id) : null;
  },
  evidence: (a: { rel: Row }) => evidenceFromLists(a.rel),
};

export const Membership = {
  role: (m: { rel: Row }) => m.rel.role ?? null,
  evidence: (m: { rel: Row }) => evidenceFromLists(m.rel),
};

export const Group = {
  document: (g: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(g.documentId),
};
