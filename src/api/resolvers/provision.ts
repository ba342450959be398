import { evidenceFromLists, loadQuery, type Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { MAX_PAGE, nodes } from '../util.js';

interface ProvisionArgs {
  filter?: {
    jurisdiction?: string | null;
    document?: string | null;
    text?: string | null;
    kind?: string | null;
  } | null;
  first?: number;
}

export const ProvisionQuery = {
  provisions: async (_: unknown, { filter, first = 100 }: ProvisionArgs, ctx: ApiContext) => {
    const f = filter ?? {};
    const rows = await ctx.store.read<{ node: Row }>(loadQuery('provisions'), {
      jurisdiction: f.jurisdiction ?? null,
      document: f.document ?? null,
      text: f.text ?? null,
      kind: f.kind ?? null,
      limit: Math.max(0, Math.min(first, MAX_PAGE)),
    });
    return rows.map((r) => r.node);
  },
};

export const DocumentProvisions = {
  provisions: (d: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Document', 'HAS_PROVISION', 'Provision').load(d.id)),
};

export const Provision = {
  document: (p: Row, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(p.documentId),
  task: (p: Row, _: unknown, ctx: ApiContext) => (p.taskId ? ctx.loaders.node('Task').load(p.taskId) : null),
  evidence: (p: Row) => evidenceFromLists(p),
};
