import type { GraphQLResolveInfo } from 'graphql';
import type { ContactResolvers, OrganizationResolvers } from '../generated/resolvers.js';
import type { TargetRow, TargetValues } from '../rows.js';
import { nodes, required } from '../util.js';
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
function targetsOf(params: TargetsParams, rows: TargetValues[]): TargetRow[] {
  return rows.map((r) => {
    const t = rowOf(params.targetProps, r.values, r.node);
    if (params.owners)
      OWNERS.set(
        t,
        r.owners.map((w) => ({
          node: rowOf(params.ownerProps, w.values, w.node),
          rel: rowOf(params.relProps, w.relValues, w.rel),
        })),
      );
    return t;
  });
}

export const Organization: OrganizationResolvers = {
  aliases: (o) => o.aliases ?? [],
  supervisors: (o, _, ctx) => nodes(ctx.loaders.in('Person', 'SUPERVISES', 'Organization').load(o.id)),
  liaisons: (o, _, ctx) => nodes(ctx.loaders.in('Person', 'LIAISES_WITH', 'Organization').load(o.id)),
  parent: async (o, _, ctx) =>
    (await ctx.loaders.out('Organization', 'PART_OF', 'Organization').load(o.id))[0]?.node ?? null,
  units: (o, _, ctx) => nodes(ctx.loaders.in('Organization', 'PART_OF', 'Organization').load(o.id)),
  /** filtered in the database, only the selected properties, each target's owners in the same statement when selected */
  targets: async (o, args, ctx, info) => {
    const params = targetsParams(args, info);
    return targetsOf(params, await ctx.loaders.rows('organization-targets', params).load(o.id));
  },
  tasks: async (o, args, ctx) => {
    const rows = await ctx.loaders.out('Organization', 'RESPONSIBLE_FOR', 'Task').load(o.id);
    const seen = new Set<string>();
    return rows
      .filter(({ rel }) => args.role == null || rel.role === args.role)
      .map((r) => r.node)
      .filter((t) => !seen.has(t.id) && seen.add(t.id));
  },
  contacts: (o, _, ctx) => nodes(ctx.loaders.out('Organization', 'HAS_CONTACT', 'Contact').load(o.id)),
};

export const Contact: ContactResolvers = {
  organization: (c, _, ctx) => (c.organizationId ? ctx.loaders.node('Organization').load(c.organizationId) : null),
  document: (c, _, ctx, info) => required(ctx.loaders.node('Document').load(c.documentId), info),
};
