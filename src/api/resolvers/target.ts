import { evidenceFromLists, type Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';
import { OWNERS } from './fields.js';

export const Target = {
  task: (t: Row, _: unknown, ctx: ApiContext) => (t.taskId ? ctx.loaders.node('Task').load(t.taskId) : null),
  document: (t: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(t.documentId),
  evidence: (t: Row) => evidenceFromLists(t),
  /** read with the target when its parent's statement could (a unit's targets), else batched */
  owners: async (t: Row, _: unknown, ctx: ApiContext) =>
    (OWNERS.get(t) ?? (await ctx.loaders.in('Organization', 'RESPONSIBLE_FOR', 'Target').load(t.id))).map(
      ({ node, rel }) => ({ organization: node, rel }),
    ),
  accountableLeaders: (t: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.named('target-leaders').load(t.id)),
  implements: (t: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Target', 'IMPLEMENTS', 'Task').load(t.id)),
  conflictsWith: async (t: Row, _: unknown, ctx: ApiContext) => {
    const [a, b] = await Promise.all([
      ctx.loaders.out('Target', 'CONFLICTS_WITH', 'Target').load(t.id),
      ctx.loaders.in('Target', 'CONFLICTS_WITH', 'Target').load(t.id),
    ]);
    return [...a, ...b].map((r) => r.node);
  },
};
