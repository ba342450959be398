import type { Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';

export const Organization = {
  aliases: (o: Row) => o.aliases ?? [],
  supervisors: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Person', 'SUPERVISES', 'Organization').load(o.id)),
  liaisons: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Person', 'LIAISES_WITH', 'Organization').load(o.id)),
  parent: async (o: Row, _: unknown, ctx: ApiContext) => (await ctx.loaders.out('Organization', 'PART_OF', 'Organization').load(o.id))[0]?.node ?? null,
  units: (o: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Organization', 'PART_OF', 'Organization').load(o.id)),
  targets: async (o: Row, args: { year?: number | null; role?: string | null; status?: string | null }, ctx: ApiContext) => {
    const rows = await ctx.loaders.out('Organization', 'RESPONSIBLE_FOR', 'Target').load(o.id);
    const seen = new Set<string>();
    return rows
      .filter(({ node, rel }) => (args.year == null || node.year === args.year) && (args.role == null || rel.role === args.role) && (args.status == null || node.status === args.status))
      .map((r) => r.node)
      .filter((t) => !seen.has(t.id) && seen.add(t.id));
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
