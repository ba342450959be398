/**
 * CONFLICTS_WITH: two documents state different figures for the same thing — same metric,
 * scope, year, measure, unit and status (a plan's goal and a report's result are not in conflict).
 */
import { dedupeEvidence, type GraphRelationship } from '../model/index.js';
import { BatchIndex, type Node } from './batchIndex.js';
import { cmp } from './text.js';

export function inferConflicts(ix: BatchIndex): GraphRelationship[] {
  const groups = new Map<string, Array<{ t: Node<'Target'>; value: number }>>();
  for (const t of ix.targets.values()) {
    const p = t.props;
    if (p.value === null || p.year === null || !p.metric || p.recurring) continue;
    const key = [p.metric, p.scope ?? '', p.year, p.measure, p.unit ?? '', p.status].join('|');
    const list = groups.get(key) ?? [];
    list.push({ t, value: p.value });
    groups.set(key, list);
  }
  const out: GraphRelationship[] = [];
  for (const group of groups.values()) {
    group.sort((x, y) => cmp(x.t.props.id, y.t.props.id));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const { t: a, value: va } = group[i];
        const { t: b, value: vb } = group[j];
        if (a.props.documentId === b.props.documentId) continue;
        if (a.props.value === b.props.value && a.props.valueMax === b.props.valueMax) continue;
        out.push({
          type: 'CONFLICTS_WITH',
          from: a.props.id,
          to: b.props.id,
          props: { metric: a.props.metric, year: a.props.year, values: [va, vb] },
          evidence: dedupeEvidence([...a.evidence.slice(0, 1), ...b.evidence.slice(0, 1)]),
        });
      }
    }
  }
  return out;
}
