import { evidenceFromLists } from '../../store/index.js';
import type { TargetResolvers } from '../generated/resolvers.js';
import { nodes, required } from '../util.js';
import { OWNERS } from './fields.js';

export const Target: TargetResolvers = {
  task: (t, _, ctx) => (t.taskId ? ctx.loaders.node('Task').load(t.taskId) : null),
  document: (t, _, ctx, info) => required(ctx.loaders.node('Document').load(t.documentId), info),
  evidence: (t) => evidenceFromLists(t),
  /** read with the target when its parent's statement could (a unit's targets), else batched */
  owners: async (t, _, ctx) =>
    (OWNERS.get(t) ?? (await ctx.loaders.in('Organization', 'RESPONSIBLE_FOR', 'Target').load(t.id))).map(
      ({ node, rel }) => ({ organization: node, rel }),
    ),
  accountableLeaders: (t, _, ctx) => nodes(ctx.loaders.named('target-leaders').load(t.id)),
  implements: (t, _, ctx) => nodes(ctx.loaders.out('Target', 'IMPLEMENTS', 'Task').load(t.id)),
  conflictsWith: async (t, _, ctx) => {
    const [a, b] = await Promise.all([
      ctx.loaders.out('Target', 'CONFLICTS_WITH', 'Target').load(t.id),
      ctx.loaders.in('Target', 'CONFLICTS_WITH', 'Target').load(t.id),
    ]);
    return [...a, ...b].map((r) => r.node);
  },
};
