import { evidenceFromLists } from '../../store/index.js';
import type { DocumentResolvers, ProvisionResolvers, QueryResolvers } from '../generated/resolvers.js';
import { MAX_PAGE, nodes, readQuery, required } from '../util.js';

export const ProvisionQuery: QueryResolvers = {
  provisions: async (_, { filter, first = 100 }, ctx) => {
    const f = filter ?? {};
    const rows = await readQuery(ctx.store, 'provisions', {
      jurisdiction: f.jurisdiction ?? null,
      document: f.document ?? null,
      text: f.text ?? null,
      kind: f.kind ?? null,
      limit: Math.max(0, Math.min(first, MAX_PAGE)),
    });
    return rows.map((r) => r.node);
  },
};

export const DocumentProvisions: DocumentResolvers = {
  provisions: (d, _, ctx) => nodes(ctx.loaders.out('Document', 'HAS_PROVISION', 'Provision').load(d.id)),
};

export const Provision: ProvisionResolvers = {
  document: (p, _, ctx, info) => required(ctx.loaders.node('Document').load(p.documentId), info),
  task: (p, _, ctx) => (p.taskId ? ctx.loaders.node('Task').load(p.taskId) : null),
  evidence: (p) => evidenceFromLists(p),
};
