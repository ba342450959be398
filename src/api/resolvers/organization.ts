import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';
import { OWNERS, PROPERTIES, propertiesFor, rowOf, selection, under } from './fields.js';

type TargetsArgs = { year?: number | null; role?: string | null; status?: string | null };

/**
 * The parameters of queries/organization-targets.cypher for Organization.targets with these
 * arguments and selection: also the loader's key, so a parent that read the rows in its own
 * statement (organization-by-name, person-by-name) primes the loader with the same parameters.
 */
export function targetsParams(args: TargetsArgs, info: GraphQLResolveInfo) {
  const fields = selection(info);
  const owners = under(info, fields, 'owners');
  return {
    year: args.year ?? null,
    role: args.role ?? null,
    status: args.status ?? null,
    owners: fields.has('owners'),
    targetProps: propertiesFor(PROPERTIES.Target, fields),
    ownerProps: propertiesFor(PROPERTIES.Organization, under(info, owners, 'organization')),
    relProps: propertiesFor(PROPERTIES.Responsibility, owners),
  };
}
export type TargetsParams = ReturnType<typeof targetsParams>;
/** for a statement that can read a unit's targets but was not asked to ($targets false) */
export const NO_TARGETS: TargetsParams = {
  year: null,
  role: null,
  status: null,
  owners: false,
  targetProps: null,
  ownerProps: null,
  relProps: null,
};

/** Target rows from organization-targets' rows, each with its owners for Target.owners when they were read. */
function targetsOf(params: TargetsParams, rows: Row[]): Row[] {
  return rows.map((r) => {
    const t = rowOf(params.targetProps, r.values, r.node);
    if (params.owners)
      OWNERS.set(
        t,
        r.owners.map((w: Row) => ({
          node: rowOf(params.ownerProps, w.values, w.node),
          rel: rowOf(params.relProps, w.relValues, w.rel),
        })),
      );
    return t;
  });
}

export const Organization = {
  aliases: (o: Row) => o.aliases ?? [],
  supervisors: (o: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.in('Person', 'SUPERVISES', 'Organization').load(o.id)),
  liaisons: (o: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.in('Person', 'LIAISES_WITH', 'Organization').load(o.id)),
  parent: async (o: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.out('Organization', 'PART_OF', 'Organization').load(o.id))[0]?.node ?? null,
  units: (o: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.in('Organization', 'PART_OF', 'Organization').load(o.id)),
  /** filtered in the database, only the selected properties, each target's owners in the same statement when selected */
  targets: async (o: Row, args: TargetsArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const params = targetsParams(args, info);
    return targetsOf(params, await ctx.loaders.rows('organization-targets', params).load(o.id));
  },
  tasks: async (o: Row, args: { role?: string | null }, ctx: ApiContext) => {
    const rows = await ctx.loaders.out('Organization', 'RESPONSIBLE_FOR', 'Task').load(o.id);
    const seen = new Set<string>();
    return rows
      .filter(({ rel }) => args.role == null || rel.role === args.role)
      .map((r) => r.node)
      .filter((t) => !seen.has(t.id) && seen.add(t.id));
  },
  contacts: (o: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Organization', 'HAS_CONTACT', 'Contact').load(o.id)),
};

export const Contact = {
  organization: (c: Row, _: unknown, ctx: ApiContext) =>
    c.organizationId ? ctx.loaders.node('Organization').load(c.organizationId) : null,
  document: (c: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(c.documentId),
};
