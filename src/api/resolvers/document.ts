import type { Row } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { nodes } from '../util.js';

export const Document = {
  /** lists and the node loader leave the text out; it is read only when asked for */
  text: async (d: Row, _: unknown, ctx: ApiContext) => d.text ?? (await ctx.loaders.documentText().load(d.id)),
  sections: (d: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Document', 'HAS_SECTION', 'Section').load(d.id)),
  tasks: (d: Row, _: unknown, ctx: ApiContext) => documentFacts(ctx, 'Task', d.id),
  targets: (d: Row, _: unknown, ctx: ApiContext) => documentFacts(ctx, 'Target', d.id),
  promulgates: (d: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.out('Document', 'PROMULGATES', 'Document').load(d.id)),
  cites: (d: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.out('Document', 'CITES', 'Document').load(d.id)),
  citedBy: (d: Row, _: unknown, ctx: ApiContext) => nodes(ctx.loaders.in('Document', 'CITES', 'Document').load(d.id)),
  gazettes: (d: Row, _: unknown, ctx: ApiContext) =>
    nodes(ctx.loaders.in('Gazette', 'CONTAINS', 'Document').load(d.id)),
};

export const Section = {
  path: (s: Row) => s.path ?? [],
};

function documentFacts(ctx: ApiContext, label: 'Task' | 'Target', documentId: string) {
  return nodes(ctx.loaders.named(label === 'Task' ? 'document-tasks' : 'document-targets').load(documentId));
}
