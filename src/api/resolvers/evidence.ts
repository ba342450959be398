import { evidenceFromLists, type Row } from '../../store/index.js';
import type { ApiContext, EvidenceValue } from '../context.js';

export const Evidence = {
  document: (e: EvidenceValue, _: unknown, ctx: ApiContext) => ctx.loaders.node('Document').load(e.documentId),
  sectionPath: (e: EvidenceValue) => e.sectionPath ?? [],
};

/** RESPONSIBLE_FOR {role, basis, confidence} with the evidence of the relationship itself */
export const Responsibility = {
  role: (r: { rel: Row }) => r.rel.role,
  basis: (r: { rel: Row }) => r.rel.basis ?? 'STATED',
  confidence: (r: { rel: Row }) => r.rel.confidence ?? null,
  evidence: (r: { rel: Row }) => evidenceFromLists(r.rel),
  division: (r: { rel: Row }, _: unknown, ctx: ApiContext) =>
    typeof r.rel.division === 'string' ? ctx.loaders.node('Document').load(r.rel.division) : null,
  note: (r: { rel: Row }) => r.rel.note ?? null,
};
