/**
 * CONFLICTS_WITH: two documents state different figures for the same thing — same metric,
 * scope, year, measure, unit and status (a plan's goal and a report's result are not in conflict).
 */
import { dedupeEvidence, type GraphRelationship } from '../model/index.js';
import { BatchIndex } from './batchIndex.js';
import { cmp } from './text.js';

export function inferConflicts(ix: BatchIndex): GraphRelationship[] {
  const groups = new Map<string, string[]>();
  for (const t of ix.targets.values()) {
    const p = t.props;
    if (p.value === null || p.year === null || !p.metric || p.recurring) continue;
    const key = [p.metric, p.scope ?? '', p.year, p.measure, p.unit ?? '', p.status].join('|');
    const list = groups.get(key) ?? [];
    list.push(p.id);
    groups.set(key, list);
  }
  const out: GraphRelationship[] = [];
  for (const ids of groups.values()) {
    ids.sort(cmp);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ix.targets.get(ids[i])!; const b = ix.targets.get(ids[j])!;
        if (a.props.documentId === b.props.documentId) continue;
        if (a.props.value === b.props.value && a.props.valueMax === b.props.valueMax) continue;
        out.push({
          type: 'CONFLICTS_WITH', from: a.props.id, to: b.props.id,
          props: { metric: a.props.metric, year: a.props.year, values: [a.props.value!, b.props.value!] },
          evidence: dedupeEvidence([...a.evidence.slice(0, 1), ...b.evidence.slice(0, 1)]),
        });
      }
    }
  }
  return out;
}
