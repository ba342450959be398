import { evidenceFromLists } from '../../store/index.js';
import type { ProjectResolvers, TaskResolvers } from '../generated/resolvers.js';
import { nodes, required } from '../util.js';

export const Task: TaskResolvers = {
  document: (t, _, ctx, info) => required(ctx.loaders.node('Document').load(t.documentId), info),
  evidence: (t) => evidenceFromLists(t),
  responsible: async (t, _, ctx) =>
    (await ctx.loaders.in('Organization', 'RESPONSIBLE_FOR', 'Task').load(t.id)).map(({ node, rel }) => ({
      organization: node,
      rel,
    })),
  targets: (t, _, ctx) => nodes(ctx.loaders.out('Task', 'HAS_TARGET', 'Target').load(t.id)),
  projects: (t, _, ctx) => nodes(ctx.loaders.out('Task', 'INCLUDES', 'Project').load(t.id)),
  implements: (t, _, ctx) => nodes(ctx.loaders.out('Task', 'IMPLEMENTS', 'Task').load(t.id)),
  implementedBy: (t, _, ctx) => nodes(ctx.loaders.in('Task', 'IMPLEMENTS', 'Task').load(t.id)),
  implementedByTargets: (t, _, ctx) => nodes(ctx.loaders.in('Target', 'IMPLEMENTS', 'Task').load(t.id)),
  subtasks: (t, _, ctx) => nodes(ctx.loaders.out('Task', 'HAS_SUBTASK', 'Task').load(t.id)),
};

export const Project: ProjectResolvers = {
  task: (p, _, ctx) => (p.taskId ? ctx.loaders.node('Task').load(p.taskId) : null),
  document: (p, _, ctx, info) => required(ctx.loaders.node('Document').load(p.documentId), info),
  evidence: (p) => evidenceFromLists(p),
};
