import { evidenceFromLists, type Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';

export const Person = {
  portfolio: (p: Row) => p.portfolio ?? [],
  titles: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Person', 'HOLDS', 'Organization').load(p.id)).map(({ node, rel }) => ({ organization: node, rel })),
  supervises: (p: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Person', 'SUPERVISES', 'Organization').load(p.id)),
  liaisesWith: (p: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Person', 'LIAISES_WITH', 'Organization').load(p.id)),
  backups: (p: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Person', 'BACKUP_OF', 'Person').load(p.id)),
  assists: (p: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Person', 'ASSISTS', 'Person').load(p.id)),
  appointments: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Person', 'APPOINTED', 'Organization').load(p.id)).map(({ node, rel }) => ({ organization: node, rel })),
  memberships: async (p: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Person', 'MEMBER_OF', 'Group').load(p.id)).map(({ node, rel }) => ({ group: node, rel })),
  targets: async (p: Row, args: { year?: number | null }, ctx: ApiContext) =>
    (await nodes(ctx.loaders.named('person-targets').load(p.id))).filter((t) => args.year == null || t.year === args.year),
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
