/** Lookups over a GraphBatch that every inference rule needs. Built once per call. */
import type { Evidence, GraphBatch, GraphRelationship, NodeProps } from '../model/index.js';
import { sentenceEvidence } from './text.js';
import { kindSpec } from '../kinds/index.js';

export interface Node<L extends keyof NodeMap> {
  props: NodeMap[L];
  evidence: Evidence[];
}
interface NodeMap {
  Document: NodeProps<'Document'>;
  Section: NodeProps<'Section'>;
  Task: NodeProps<'Task'>;
  Target: NodeProps<'Target'>;
  Organization: NodeProps<'Organization'>;
  Person: NodeProps<'Person'>;
}

export class BatchIndex {
  readonly documents = new Map<string, Node<'Document'>>();
  readonly sections = new Map<string, Node<'Section'>>();
  readonly tasks = new Map<string, Node<'Task'>>();
  readonly targets = new Map<string, Node<'Target'>>();
  readonly organizations = new Map<string, Node<'Organization'>>();
  readonly persons = new Map<string, Node<'Person'>>();
  /** relationships by type */
  readonly rels = new Map<string, GraphRelationship[]>();
  /** target id → task id (Target.taskId or HAS_TARGET) */
  readonly taskOfTarget = new Map<string, string>();
  /** task ids that have subtasks */
  readonly parentTasks = new Set<string>();
  /** org id → parent org id (PART_OF) */
  readonly parentOf = new Map<string, string>();
  /** org id → SUPERVISES relationships into it */
  readonly supervisorsOf = new Map<string, GraphRelationship[]>();
  /** node id → every relationship out of it */
  readonly outOf = new Map<string, GraphRelationship[]>();
  /** node id → RESPONSIBLE_FOR relationships into it */
  readonly responsibleFor = new Map<string, GraphRelationship[]>();

  constructor(batch: GraphBatch) {
    for (const n of batch.nodes) {
      // each case has the node narrowed to its label, so its props go to the map of that label
      const { evidence } = n;
      switch (n.label) {
        case 'Document':
          this.documents.set(n.props.id, { props: n.props, evidence });
          break;
        case 'Section':
          this.sections.set(n.props.id, { props: n.props, evidence });
          break;
        case 'Task':
          this.tasks.set(n.props.id, { props: n.props, evidence });
          break;
        case 'Target':
          this.targets.set(n.props.id, { props: n.props, evidence });
          break;
        case 'Organization':
          this.organizations.set(n.props.id, { props: n.props, evidence });
          break;
        case 'Person':
          this.persons.set(n.props.id, { props: n.props, evidence });
          break;
        default:
          break;
      }
    }
    for (const t of this.targets.values()) if (t.props.taskId) this.taskOfTarget.set(t.props.id, t.props.taskId);
    for (const r of batch.relationships) {
      push(this.outOf, r.from, r);
      const list = this.rels.get(r.type) ?? [];
      list.push(r);
      this.rels.set(r.type, list);
      if (r.type === 'HAS_TARGET' && !this.taskOfTarget.has(r.to)) this.taskOfTarget.set(r.to, r.from);
      if (r.type === 'HAS_SUBTASK') this.parentTasks.add(r.from);
      if (r.type === 'PART_OF') this.parentOf.set(r.from, r.to);
      if (r.type === 'SUPERVISES') push(this.supervisorsOf, r.to, r);
      if (r.type === 'RESPONSIBLE_FOR') push(this.responsibleFor, r.to, r);
    }
  }

  private byDocument: Map<string, Node<'Target'>[]> | null = null;

  targetsInDocument(documentId: string): Node<'Target'>[] {
    if (!this.byDocument) {
      this.byDocument = new Map();
      for (const t of this.targets.values()) push(this.byDocument, t.props.documentId, t);
    }
    return this.byDocument.get(documentId) ?? [];
  }

  relsOf(type: string): GraphRelationship[] {
    return this.rels.get(type) ?? [];
  }

  docKind(documentId: string): string | null {
    return this.documents.get(documentId)?.props.kind ?? null;
  }

  /** Headings from the document root to the fact's section, deepest last. */
  sectionPath(sectionId: string | null, evidence: Evidence[]): string[] {
    const s = sectionId ? this.sections.get(sectionId) : undefined;
    if (s) return s.props.path;
    return evidence[0]?.sectionPath ?? [];
  }

  /** The fact's first evidence widened to its whole sentence. */
  sentenceOf(evidence: Evidence[]): Evidence | null {
    const ev = evidence[0];
    if (!ev) return null;
    const doc = this.documents.get(ev.documentId);
    return doc ? sentenceEvidence(doc.props.text, ev) : ev;
  }

  /**
   * The supervised department that answers for an org: its outermost supervised ancestor
   * (a sub-unit 分管 together with its parent is answered for by the parent), else null.
   */
  supervisedOwner(orgId: string): string | null {
    let found: string | null = null;
    let cur: string | undefined = orgId;
    for (let depth = 0; cur && depth < 5; depth++) {
      if (this.supervisorsOf.has(cur)) found = cur;
      cur = this.parentOf.get(cur);
    }
    return found;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k) ?? [];
  list.push(v);
  m.set(k, list);
}

/** Report commitments: facts of a work report's plan for the coming year. */
export function isReportDoc(kind: string | null): boolean {
  return kind !== null && kindSpec(kind).ownership === 'REPORT';
}

/** Documents whose tasks are policy measures with stated units. */
export function isPolicyDoc(kind: string | null): boolean {
  // a document not in the slice has no kind, and no say
  return kind !== null && kindSpec(kind).ownership === 'POLICY';
}
