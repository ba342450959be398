import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';
import { selects } from './selection.js';

export const Organization = {
  aliases: (o: Row) => o.aliases ?? [],
  supervisors: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Person', 'SUPERVISES', 'Organization').load(o.id)),
  liaisons: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Person', 'LIAISES_WITH', 'Organization').load(o.id)),
  parent: async (o: Row, _: unknown, ctx: ApiContext) => (await ctx.loaders.out('Organization', 'PART_OF', 'Organization').load(o.id))[0]?.node ?? null,
  units: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Organization', 'PART_OF', 'Organization').load(o.id)),
  /** filtered in the database, with each target's owners in the same statement when they are selected */
  targets: async (o: Row, args: { year?: number | null; role?: string | null; status?: string | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const owners = selects(info, 'owners');
    const rows = await ctx.loaders.rows('organization-targets', { year: args.year ?? null, role: args.role ?? null, status: args.status ?? null, owners }).load(o.id);
    if (owners) for (const r of rows) ctx.loaders.in('Organization', 'RESPONSIBLE_FOR', 'Target').prime(r.node.id, r.owners);
    return rows.map((r) => r.node);
  },
  tasks: async (o: Row, args: { role?: string | null }, ctx: ApiContext) => {
    const rows = await ctx.loaders.out('Organization', 'RESPONSIBLE_FOR', 'Task').load(o.id);
    const seen = new Set<string>();
    return rows.filter(({ rel }) => args.role == null || rel.role === args.role).map((r) => r.node).filter((t) => !seen.has(t.id) && seen.add(t.id));
  },
  contacts: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Organization', 'HAS_CONTACT', 'Contact').load(o.id)),
};

export const Contact = {
  organization: (c: Row, _: unknown, ctx: ApiContext) => (c.organizationId ? ctx.loaders.node('Organization').load(c.organizationId) : null),
  document: (c: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(c.documentId),
};
