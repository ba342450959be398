import { evidenceFromLists } from '../../store/index.js';
import type { EvidenceResolvers, ResponsibilityResolvers } from '../generated/resolvers.js';
import { required } from '../util.js';

export const Evidence: EvidenceResolvers = {
  document: (e, _, ctx, info) => required(ctx.loaders.node('Document').load(e.documentId), info),
  sectionPath: (e) => e.sectionPath ?? [],
};

/** RESPONSIBLE_FOR {role, basis, confidence} with the evidence of the relationship itself */
export const Responsibility: ResponsibilityResolvers = {
  role: (r) => r.rel.role,
  basis: (r) => r.rel.basis ?? 'STATED',
  confidence: (r) => r.rel.confidence ?? null,
  evidence: (r) => evidenceFromLists(r.rel),
  division: (r, _, ctx) =>
    typeof r.rel.division === 'string' ? ctx.loaders.node('Document').load(r.rel.division) : null,
  note: (r) => r.rel.note ?? null,
};
