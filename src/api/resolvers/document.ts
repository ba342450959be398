import type { DocumentResolvers, SectionResolvers } from '../generated/resolvers.js';
import { nodes } from '../util.js';

export const Document: DocumentResolvers = {
  /** lists and the node loader leave the text out; it is read only when asked for */
  text: async (d, _, ctx) => d.text ?? (await ctx.loaders.documentText().load(d.id)),
  sections: (d, _, ctx) => nodes(ctx.loaders.out('Document', 'HAS_SECTION', 'Section').load(d.id)),
  tasks: (d, _, ctx) => nodes(ctx.loaders.named('document-tasks').load(d.id)),
  targets: (d, _, ctx) => nodes(ctx.loaders.named('document-targets').load(d.id)),
  promulgates: (d, _, ctx) => nodes(ctx.loaders.out('Document', 'PROMULGATES', 'Document').load(d.id)),
  cites: (d, _, ctx) => nodes(ctx.loaders.out('Document', 'CITES', 'Document').load(d.id)),
  citedBy: (d, _, ctx) => nodes(ctx.loaders.in('Document', 'CITES', 'Document').load(d.id)),
  gazettes: (d, _, ctx) => nodes(ctx.loaders.in('Gazette', 'CONTAINS', 'Document').load(d.id)),
};

export const Section: SectionResolvers = {
  path: (s) => s.path ?? [],
};
