import { evidenceFromLists, type Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';

export const Task = {
  document: (t: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(t.documentId),
  evidence: (t: Row) => evidenceFromLists(t),
  responsible: async (t: Row, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.in('Organization', 'RESPONSIBLE_FOR', 'Task').load(t.id)).map(({ node, rel }) => ({
      organization: node,
      rel,
    })),
  targets: (t: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Task', 'HAS_TARGET', 'Target').load(t.id)),
  projects: (t: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Task', 'INCLUDES', 'Project').load(t.id)),
  implements: (t: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Task', 'IMPLEMENTS', 'Task').load(t.id)),
  implementedBy: (t: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.in('Task', 'IMPLEMENTS', 'Task').load(t.id)),
  implementedByTargets: (t: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.in('Target', 'IMPLEMENTS', 'Task').load(t.id)),
  subtasks: (t: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Task', 'HAS_SUBTASK', 'Task').load(t.id)),
};

export const Project = {
  task: (p: Row, _: unknown, ctx: ApiContext) => (p.taskId ? ctx.loaders.node('Task').load(p.taskId) : null),
  document: (p: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(p.documentId),
  evidence: (p: Row) => evidenceFromLists(p),
};
