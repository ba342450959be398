/**
 * infer/: who owns each target, report ↔ policy links, conflicting figures. Pure and
 * deterministic: the same batch gives the same relationships in the same order.
 *
 * Order matters: STATED first (the text names the unit), then POLICY (a linked policy task
 * names it), then PORTFOLIO only for targets still without a LEAD (the division of work).
 */
import { relationshipKey, type GraphBatch, type GraphRelationship } from '../model/index.js';
import { BatchIndex } from './batchIndex.js';
import { inferConflicts } from './conflicts.js';
import { inferPolicy } from './policy.js';
import { inferPortfolio } from './portfolio.js';
import { inferStated } from './stated.js';
import { cmp } from './text.js';

export { LINK_THRESHOLD } from './policy.js';

export function inferResponsibilities(batch: GraphBatch): GraphBatch {
  const seen = new Set(batch.relationships.map(relationshipKey));
  const added: GraphRelationship[] = [];
  const add = (rels: GraphRelationship[]) => {
    for (const r of rels) {
      const k = relationshipKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      added.push(r);
    }
  };

  add(inferStated(new BatchIndex(batch)));
  const withStated = { ...batch, relationships: [...batch.relationships, ...added] };
  const policy = inferPolicy(new BatchIndex(withStated));
  add(policy.implementsRels);
  add(policy.owners);
  const withPolicy = { ...batch, relationships: [...batch.relationships, ...added] };
  add(inferPortfolio(new BatchIndex(withPolicy), { strongerBases: new Set(['STATED', 'POLICY']) }));
  add(inferConflicts(new BatchIndex(withPolicy)));

  added.sort((a, b) => cmp(relationshipKey(a), relationshipKey(b)));
  return { ...batch, nodes: [...batch.nodes], relationships: [...batch.relationships, ...added] };
}
