/**
 * The county graph: what a jurisdiction's documents imply together, whichever files they came in.
 *
 * A county publishes its division of work, its work report and its plans in different gazettes,
 * months apart, so owners by POLICY (a plan's 牵头单位) and PORTFOLIO (a leader's 分管 list), report
 * ↔ plan links and conflicting figures are derived here from ALL the stated facts loaded for one
 * jurisdiction — never from one file. Pure: the store reads the jurisdiction's stated facts
 * (`jurisdictionSlice` says which), calls `deriveCounty`, and replaces the derived layer with the
 * result in the transaction of the load. `countyGraph` is the same thing without a database.
 */
import {
  GraphBatchSchema,
  dedupeEvidence,
  relationshipKey,
  sortEvidence,
  type DerivedLayer,
  type Evidence,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
} from '../model/index.js';
import { BatchIndex } from './batchIndex.js';
import { inferConflicts } from './conflicts.js';
import { inferOutcomes } from './outcomes.js';
import { inferPolicy } from './policy.js';
import { inferPortfolio } from './portfolio.js';
import { inferStated } from './stated.js';
import { cmp, round3 } from './text.js';

/** Relationship types a leader's division of work states; each belongs to the notice that states it. */
const DIVISION_TYPES = new Set(['SUPERVISES', 'LIAISES_WITH', 'BACKUP_OF', 'ASSISTS', 'ASSIGNED_IN']);
/** Structure the inference never reads: left out of a jurisdiction's slice. */
export const SLICE_UNUSED_TYPES: readonly string[] = [
  'CONTAINS',
  'HAS_SECTION',
  'STATED_IN',
  'HAS_CONTACT',
  'CITES',
  'INCLUDES',
  'PROMULGATES',
];
const UNUSED_TYPES = new Set(SLICE_UNUSED_TYPES);
/** An owner from a division of work published after the document that states the target is less certain. */
const LATER_DIVISION_FACTOR = 0.9;

export const SLICE_LABELS = ['Document', 'Section', 'Task', 'Target', 'Organization', 'Person'] as const;

/**
 * Which stated facts belong to a jurisdiction: its documents and their sections, tasks and targets;
 * its organisations and people; every relationship out of those (less the unused structure).
 * The store's read query (queries/derive/jurisdiction-facts.cypher) selects exactly this.
 */
export function jurisdictionSlice(merged: GraphBatch, jurisdiction: string): GraphBatch {
  const docs = new Set(
    merged.nodes.filter((n) => n.label === 'Document' && n.props.jurisdiction === jurisdiction).map((n) => n.props.id),
  );
  const keep = (n: GraphNode): boolean => {
    switch (n.label) {
      case 'Document':
        return docs.has(n.props.id);
      case 'Section':
      case 'Task':
      case 'Target':
        return docs.has(n.props.documentId);
      case 'Organization':
      case 'Person':
        return n.props.jurisdiction === jurisdiction;
      default:
        return false;
    }
  };
  const nodes = merged.nodes.filter(keep);
  const ids = new Set(nodes.map((n) => n.props.id));
  const relationships = merged.relationships.filter((r) => ids.has(r.from) && !UNUSED_TYPES.has(r.type));
  return canonicalFacts({ gazetteId: `county:${jurisdiction}`, nodes, relationships });
}

/**
 * One order for facts however they were gathered (a pure merge, or rows read back from Neo4j in
 * the order they were loaded): nodes and relationships by id and key, evidence by position (a
 * reprint's second copy of the same span dropped), accumulated name lists sorted. Derivation reads only canonical facts, so it cannot see load order.
 */
/** A list property's strings ([] when absent). */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * `n` with other props and evidence. The props stay those of its label, but TypeScript cannot
 * follow a label's props through a copy of the union: the one cast for rebuilding a node.
 */
function rebuilt(n: GraphNode, props: Record<string, unknown>, evidence: Evidence[]): GraphNode {
  // safe: n's label is kept and props are its own props rebuilt (see above)
  return { ...n, props, evidence } as GraphNode;
}

export function canonicalFacts(batch: GraphBatch): GraphBatch {
  const nodes = batch.nodes
    .map((n) => {
      const props: Record<string, unknown> = { ...n.props };
      for (const k of ['aliases', 'portfolio'])
        if (Array.isArray(props[k])) props[k] = [...new Set(strings(props[k]))].sort(cmp);
      return rebuilt(n, props, sortEvidence(dedupeEvidence(n.evidence)));
    })
    .sort((a, b) => cmp(a.props.id, b.props.id));
  // each key made once, not once a comparison (a county's facts are sorted three times a load)
  const relationships = batch.relationships
    .map((r) => ({ key: relationshipKey(r), r: { ...r, evidence: sortEvidence(dedupeEvidence(r.evidence)) } }))
    .sort((a, b) => cmp(a.key, b.key))
    .map(({ r }) => r);
  return { gazetteId: batch.gazetteId, nodes, relationships };
}

export interface CountyDates {
  /** a document's date when it prints none: the earliest publication date of a gazette holding it */
  publishedOn?: ReadonlyMap<string, string>;
}

/** The derived layer of one jurisdiction from its stated facts (a `jurisdictionSlice`). */
export function deriveCounty(jurisdiction: string, slice: GraphBatch, dates: CountyDates = {}): DerivedLayer {
  const facts = canonicalFacts(slice);
  const seen = new Set(facts.relationships.map(relationshipKey));
  const added: GraphRelationship[] = [];
  const add = (rels: GraphRelationship[]) => {
    for (const r of rels) {
      const k = relationshipKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      added.push(r);
    }
  };
  const withAdded = (): GraphBatch => ({ ...facts, relationships: [...facts.relationships, ...added] });

  // STATED first (the text names the unit), then POLICY (a linked plan task names it), then
  // PORTFOLIO for targets still without a LEAD, from the division of work in force
  add(inferStated(new BatchIndex(facts)));
  const policy = inferPolicy(new BatchIndex(withAdded()));
  add(policy.implementsRels);
  add(policy.owners);
  const withPolicy = withAdded();
  const plans = divisionPlans(withPolicy, dates);
  for (const plan of plans) {
    const owners = inferPortfolio(new BatchIndex(plan.view), {
      strongerBases: new Set(['STATED', 'POLICY']),
      targetIds: plan.plannedIds,
    });
    add(owners.map((r) => plan.adjust(r)));
  }
  add(inferConflicts(new BatchIndex(withPolicy)));
  add(inferOutcomes(facts));
  add(accountableLeaders(withAdded(), plans));

  added.sort((a, b) => cmp(relationshipKey(a), relationshipKey(b)));
  return { jurisdiction, relationships: added };
}

interface DivisionPlan {
  /** the facts as they stood under one division-of-work notice (or all the facts, without one) */
  view: GraphBatch;
  /** targets stated while it was in force (or, with none before them, the earliest later one) */
  targetIds: ReadonlySet<string>;
  plannedIds: ReadonlySet<string>;
  notice: string | null;
  adjust: (r: GraphRelationship) => GraphRelationship;
}

/**
 * The division of work in force for each target: the notices up to the latest one dated on or
 * before the document that states the target; if there is none, up to the earliest later one
 * (lower confidence, said so in the owner's note); for an undated document, all of them. Undated
 * notices count as the earliest. Without any notice, one plan over all the facts.
 */
function divisionPlans(facts: GraphBatch, dates: CountyDates): DivisionPlan[] {
  const docs = new Map<string, Extract<GraphNode, { label: 'Document' }>['props']>();
  for (const n of facts.nodes) if (n.label === 'Document') docs.set(n.props.id, n.props);
  const dateOf = (id: string): string | null => docs.get(id)?.issuedOn ?? dates.publishedOn?.get(id) ?? null;
  const notices = [...docs.values()]
    .filter((d) => d.kind === 'DIVISION_OF_WORK')
    .map((d) => ({ id: d.id, date: dateOf(d.id) }))
    .sort((a, b) => cmp(a.date ?? '', b.date ?? '') || cmp(a.id, b.id));
  const targets = facts.nodes.filter((n): n is Extract<GraphNode, { label: 'Target' }> => n.label === 'Target');
  const plannedOf = (ids: Iterable<string>) => {
    const planned = new Set(targets.filter((t) => t.props.status === 'PLANNED').map((t) => t.props.id));
    return new Set([...ids].filter((id) => planned.has(id)));
  };
  if (notices.length === 0) {
    const all = new Set(targets.map((t) => t.props.id));
    return [{ view: facts, targetIds: all, plannedIds: plannedOf(all), notice: null, adjust: (r) => r }];
  }

  // the reference notice of each target: index into `notices`, and whether it came later
  const groups = new Map<string, { index: number; later: boolean; targetIds: Set<string> }>();
  for (const t of targets) {
    const date = dateOf(t.props.documentId);
    let index = notices.length - 1;
    if (date !== null) {
      for (let d = notices[index]?.date; index >= 0 && d != null && d > date; d = notices[index]?.date) index--;
    }
    const later = index < 0;
    if (later) index = 0;
    const key = `${String(index).padStart(6, '0')}|${later}`;
    const g = groups.get(key) ?? { index, later, targetIds: new Set<string>() };
    g.targetIds.add(t.props.id);
    groups.set(key, g);
  }
  const views = new Map<number, GraphBatch>();
  return [...groups.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([, g]) => {
      const notice = notices[g.index];
      const title = docs.get(notice.id)?.title ?? notice.id;
      const when = notice.date ? `，${notice.date}` : '';
      const note = g.later
        ? `依据其后印发的领导分工（${title}${when}）：目标所在文件印发时尚无分工`
        : `依据当时施行的领导分工（${title}${when}）`;
      let view = views.get(g.index);
      if (!view)
        views.set(
          g.index,
          (view = inForce(
            facts,
            notices.slice(0, g.index + 1).map((n) => n.id),
          )),
        );
      return {
        view,
        targetIds: g.targetIds,
        plannedIds: plannedOf(g.targetIds),
        notice: notice.id,
        adjust: (r: GraphRelationship) => ({
          ...r,
          props: {
            ...r.props,
            division: notice.id,
            note,
            confidence:
              g.later && typeof r.props.confidence === 'number'
                ? round3(r.props.confidence * LATER_DIVISION_FACTOR)
                : r.props.confidence,
          },
        }),
      };
    });
}

/**
 * ACCOUNTABLE_FOR (leader → target): the leaders who supervise a unit responsible for the target,
 * under the division of work in force when the target was stated — so a unit moved to another
 * leader in June answers to the new leader for what is stated after June only.
 */
function accountableLeaders(facts: GraphBatch, plans: DivisionPlan[]): GraphRelationship[] {
  const owners = new Map<string, GraphRelationship[]>();
  for (const r of facts.relationships) {
    if (r.type !== 'RESPONSIBLE_FOR') continue;
    owners.set(r.to, [...(owners.get(r.to) ?? []), r]);
  }
  const out = new Map<string, GraphRelationship>();
  for (const plan of plans) {
    const supervisors = new Map<string, GraphRelationship[]>();
    for (const r of plan.view.relationships)
      if (r.type === 'SUPERVISES') supervisors.set(r.to, [...(supervisors.get(r.to) ?? []), r]);
    for (const targetId of [...plan.targetIds].sort(cmp)) {
      for (const own of owners.get(targetId) ?? []) {
        for (const sup of supervisors.get(own.from) ?? []) {
          const key = `${sup.from}|${targetId}`;
          const prev = out.get(key);
          const organizations = [...new Set([...strings(prev?.props.organizations), own.from])].sort(cmp);
          out.set(key, {
            type: 'ACCOUNTABLE_FOR',
            from: sup.from,
            to: targetId,
            props: { organizations, ...(plan.notice ? { division: plan.notice } : {}) },
            evidence: dedupeEvidence(sortEvidence([...(prev?.evidence ?? []), ...sup.evidence])),
          });
        }
      }
    }
  }
  return [...out.values()];
}

/** Whose division-of-work fact a relationship is: a unit's supervisors and liaisons, a leader's areas, backups and assists. */
const subjectOf = (r: GraphRelationship) =>
  r.type === 'SUPERVISES' || r.type === 'LIAISES_WITH' ? `${r.type}|${r.to}` : `${r.type}|${r.from}`;

/**
 * The division of work as a run of notices leaves it (oldest first): for each unit and each leader,
 * what the latest notice that speaks of them says — an 调整 notice that moves one unit, or only
 * sets AB roles, leaves everything else as the earlier notice had it. Each kept fact carries the
 * evidence of the notice it is taken from; leaders' areas come from ASSIGNED_IN.
 */
function inForce(facts: GraphBatch, noticeIds: string[]): GraphBatch {
  const rank = new Map(noticeIds.map((id, i) => [id, i]));
  const latestOf = (r: GraphRelationship) => Math.max(-1, ...r.evidence.map((e) => rank.get(e.documentId) ?? -1));
  const latestBySubject = new Map<string, number>();
  for (const r of facts.relationships) {
    if (!DIVISION_TYPES.has(r.type)) continue;
    const at = latestOf(r);
    if (at >= 0) latestBySubject.set(subjectOf(r), Math.max(at, latestBySubject.get(subjectOf(r)) ?? -1));
  }
  const relationships: GraphRelationship[] = [];
  for (const r of facts.relationships) {
    if (!DIVISION_TYPES.has(r.type)) {
      relationships.push(r);
      continue;
    }
    const notice = noticeIds[latestBySubject.get(subjectOf(r)) ?? -1];
    if (notice === undefined || !r.evidence.some((e) => e.documentId === notice)) continue;
    relationships.push({ ...r, evidence: r.evidence.filter((e) => e.documentId === notice) });
  }
  const areas = new Map<string, string[]>();
  for (const r of relationships) if (r.type === 'ASSIGNED_IN') areas.set(r.from, strings(r.props.areas));
  const assignedAnywhere = facts.relationships.some((r) => r.type === 'ASSIGNED_IN');
  const nodes = facts.nodes.map((n) =>
    n.label === 'Person' && assignedAnywhere
      ? { ...n, props: { ...n.props, portfolio: areas.get(n.props.id) ?? [] } }
      : n,
  );
  return { ...facts, nodes, relationships };
}

/**
 * Stated batches merged as the store merges them (a node or relationship stated by several
 * gazettes is one, with every gazette's evidence; a printed document beats a citation stub; for
 * other properties the gazette with the greatest id wins, so the result does not depend on order).
 */
export function mergeStated(batches: GraphBatch[]): GraphBatch {
  const ordered = [...batches].sort((a, b) => cmp(a.gazetteId, b.gazetteId));
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();
  for (const b of ordered) {
    for (const n of b.nodes) {
      const prev = nodes.get(n.props.id);
      if (!prev) {
        nodes.set(n.props.id, rebuilt(n, { ...n.props }, [...n.evidence]));
        continue;
      }
      const stub = (x: GraphNode) => x.label === 'Document' && x.props.kind === 'CITED';
      const was: Record<string, unknown> = prev.props;
      const now: Record<string, unknown> = n.props;
      const props = stub(n) && !stub(prev) ? { ...was } : { ...was, ...now };
      for (const k of ['aliases', 'portfolio'] as const) {
        const a = was[k];
        const c = now[k];
        if (Array.isArray(a) || Array.isArray(c)) props[k] = [...new Set([...strings(a), ...strings(c)])];
      }
      // the list made here at the node's first sight: appended to, deduplicated once by canonicalFacts
      // (deduplicating at every gazette was quadratic in a county-year's gazettes: 0.4 s of its 12 loads)
      prev.evidence.push(...n.evidence);
      nodes.set(n.props.id, rebuilt(prev, props, prev.evidence));
    }
    for (const r of b.relationships) {
      const k = relationshipKey(r);
      const prev = rels.get(k);
      if (prev) prev.evidence.push(...r.evidence); // as a node's (see above)
      rels.set(k, prev ? { ...prev, props: { ...prev.props, ...r.props } } : { ...r, evidence: [...r.evidence] });
    }
  }
  return canonicalFacts({
    gazetteId: ordered.map((b) => b.gazetteId).join('+'),
    nodes: [...nodes.values()],
    relationships: [...rels.values()],
  });
}

/** The jurisdictions a batch's facts belong to (its documents'). */
export function jurisdictionsOf(batch: GraphBatch): string[] {
  const js = new Set<string>();
  for (const n of batch.nodes)
    if (n.label === 'Document' && n.props.jurisdiction && n.props.kind !== 'CITED') js.add(n.props.jurisdiction);
  return [...js].sort(cmp);
}

/**
 * Without a database: the stated batches merged, plus the derived layer of every jurisdiction
 * they hold — what the store holds after loading them, in any order. For `extract`, tests, evals.
 */
export function countyGraph(batches: GraphBatch[]): GraphBatch {
  const merged = mergeStated(batches);
  const derived: GraphRelationship[] = [];
  const publishedOn = gazetteDates(batches);
  for (const j of [...new Set(batches.flatMap(jurisdictionsOf))].sort(cmp)) {
    derived.push(...deriveCounty(j, jurisdictionSlice(merged, j), { publishedOn }).relationships);
  }
  // the parse checked every node; GraphBatch is the exact type of what the schema's loosely typed node union accepts (model/batch.ts)
  return GraphBatchSchema.parse({ ...merged, relationships: [...merged.relationships, ...derived] }) as GraphBatch;
}

/** For each document, the earliest publication date of a gazette that prints it. */
function gazetteDates(batches: GraphBatch[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of batches) {
    const g = b.nodes.find((n) => n.label === 'Gazette');
    const date = g?.label === 'Gazette' ? g.props.publishedOn : null;
    if (!date) continue;
    for (const r of b.relationships) {
      const before = out.get(r.to);
      if (r.type === 'CONTAINS' && (before === undefined || date < before)) out.set(r.to, date);
    }
  }
  return out;
}
