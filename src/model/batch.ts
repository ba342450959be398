/**
 * GraphBatch: the one contract between the pure pipeline (gazette → extract → resolve → infer)
 * and the store. Everything the graph holds arrives here first, checked by these schemas.
 *
 * Evidence offsets are into `Document.text`, which is the document's slice of the ORIGINAL
 * gazette text (not the cleaned text used for extraction), so every quote is a verbatim
 * substring of the source: `document.text.slice(start, end) === quote`.
 */
import { z } from 'zod';
import { idPrefix } from './ids.js';
import { DOCUMENT_KINDS } from '../kinds/index.js';

export const EvidenceSchema = z.object({
  documentId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  /** headings from the document root to the section holding the quote */
  sectionPath: z.array(z.string()).default([]),
  /** the page the quote starts on, when the source had pages (a PDF); absent for plain text */
  page: z.number().int().positive().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** the kinds and what each means: src/kinds/ */
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export const OrganizationKind = z.enum([
  'DEPARTMENT',
  'TOWN',
  'CENTER',
  'SOE',
  'PARTY',
  'CONGRESS',
  'COLLECTIVE',
  'EXTERNAL',
]);
export const TargetModifier = z.enum(['ABOUT', 'AT_LEAST', 'AT_MOST', 'EXACT', 'RANGE']);
export const TargetMeasure = z.enum(['GROWTH', 'CHANGE', 'LEVEL', 'COUNT', 'SHARE', 'RATIO', 'QUALITATIVE']);
export const TargetStatus = z.enum(['PLANNED', 'ACHIEVED']);
export const Role = z.enum(['LEAD', 'SUPPORT']);
export type Role = z.infer<typeof Role>;
export const Basis = z.enum(['STATED', 'POLICY', 'PORTFOLIO', 'MODEL']);
export const AppointmentAction = z.enum(['APPOINT', 'REMOVE', 'NOMINATE', 'NOMINATE_REMOVE']);
export type AppointmentAction = z.infer<typeof AppointmentAction>;
export const ReportPart = z.enum(['REVIEW', 'PLAN']);
export const ProvisionKind = z.enum(['GRANT', 'FUND']);
export const ProvisionModifier = z.enum(['EXACT', 'AT_MOST']);

const id = z.string().min(1);
const nullableString = z.string().nullable().default(null);
const nullableNumber = z.number().nullable().default(null);

export const NodeSchemas = {
  Gazette: z.object({
    id,
    title: z.string(),
    issuer: nullableString,
    issue: nullableString,
    publishedOn: nullableString,
    jurisdiction: z.string(),
    sourceFile: z.string(),
    checksum: z.string(),
  }),
  Document: z.object({
    id,
    title: z.string(),
    docNumber: nullableString,
    kind: DocumentKind,
    category: nullableString,
    issuer: nullableString,
    issuedOn: nullableString,
    jurisdiction: nullableString,
    /** the year a WORK_REPORT plans for (今年); null elsewhere */
    reportYear: nullableNumber,
    /** original source text of this document (empty for CITED stubs) */
    text: z.string().default(''),
    /** offsets of `text` inside the gazette file */
    gazetteStart: nullableNumber,
    gazetteEnd: nullableNumber,
  }),
  Section: z.object({
    id,
    documentId: z.string(),
    heading: z.string(),
    number: nullableString,
    level: z.number().int(),
    ordinal: z.number().int(),
    path: z.array(z.string()),
    part: ReportPart.nullable().default(null),
    /** cleaned text (page headers removed, broken lines joined) for search */
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  }),
  Task: z.object({
    id,
    title: z.string(),
    text: z.string(),
    documentId: z.string(),
    sectionId: nullableString,
    ordinal: z.number().int(),
    part: ReportPart.nullable().default(null),
  }),
  Target: z.object({
    id,
    text: z.string(),
    metric: z.string(),
    value: nullableNumber,
    valueMax: nullableNumber,
    unit: nullableString,
    modifier: TargetModifier.nullable().default(null),
    measure: TargetMeasure,
    year: nullableNumber,
    recurring: z.boolean().default(false),
    status: TargetStatus,
    scope: nullableString,
    documentId: z.string(),
    taskId: nullableString,
    sectionId: nullableString,
    /** the standard indicator the target measures (seed/lexicon/indicators.json), null when none fits;
     *  set by the pipeline after extraction (src/extract/indicators.ts), so optional for extractors */
    indicatorCode: z.string().nullable().optional(),
    indicatorName: z.string().nullable().optional(),
  }),
  Project: z.object({
    id,
    name: z.string(),
    capacity: nullableString,
    action: nullableString,
    year: nullableNumber,
    documentId: z.string(),
    taskId: nullableString,
  }),
  /** what a measures document gives for a condition (获某级奖项 → 激励扶持20万元), or a fund it sets */
  Provision: z.object({
    id,
    kind: ProvisionKind,
    condition: z.string(),
    /** in 元; amountText as written (20万元) */
    amount: z.number(),
    amountText: z.string(),
    modifier: ProvisionModifier,
    /** 每部 · 每人每年 · 一次性; null when the text does not say */
    per: nullableString,
    /** for a later amount of one clause, the first amount's condition: what the clause is about */
    scope: nullableString,
    documentId: z.string(),
    sectionId: nullableString,
    taskId: nullableString,
  }),
  Organization: z.object({
    id,
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    kind: OrganizationKind,
    jurisdiction: nullableString,
  }),
  Person: z.object({
    id,
    name: z.string(),
    /** people are identified by name within a jurisdiction (see resolve/people) */
    jurisdiction: nullableString,
    /** areas a leader covers (协助旗长负责民政、人社…), from the division of work */
    portfolio: z.array(z.string()).default([]),
  }),
  Group: z.object({ id, name: z.string(), documentId: z.string() }),
  Contact: z.object({
    id,
    phone: z.string(),
    purpose: nullableString,
    documentId: z.string(),
    organizationId: nullableString,
  }),
} as const;
export type NodeLabel = keyof typeof NodeSchemas;
// Object.keys is typed string[]; these are exactly NodeSchemas' keys
export const NodeLabels = Object.keys(NodeSchemas) as NodeLabel[];
const labelByPrefix = new Map(NodeLabels.map((l) => [idPrefix(l), l]));
/** The label an id was made for (its makeId prefix: org_ → Organization), for an end not at hand. */
export const labelOfId = (id: string): NodeLabel | undefined => labelByPrefix.get(id.slice(0, 4));

type NodeOf<L extends NodeLabel> = { label: L; props: z.infer<(typeof NodeSchemas)[L]>; evidence: Evidence[] };
export type GraphNode = { [L in NodeLabel]: NodeOf<L> }[NodeLabel];
export type NodeProps<L extends NodeLabel> = z.infer<(typeof NodeSchemas)[L]>;

/** Each label's defaults: what its schema puts in for a property that is absent (null, [], ''). */
const defaultsByLabel = new Map(
  NodeLabels.map((label) => [
    label,
    Object.entries(NodeSchemas[label].shape).flatMap(([key, field]: [string, z.ZodTypeAny]) =>
      // ZodDefault's default is typed by its inner schema, which this loop over every field forgets
      field instanceof z.ZodDefault ? [{ key, value: field._def.defaultValue as () => unknown }] : [],
    ),
  ]),
);

/**
 * A node stored without its null properties, with the schema's defaults put back (a fresh value
 * each time: a default list is never shared) — what parsing it again would give, for a node that
 * was parsed when it was loaded.
 */
export function withDefaults(node: GraphNode): GraphNode {
  const props: Record<string, unknown> = { ...node.props };
  for (const { key, value } of defaultsByLabel.get(node.label) ?? [])
    if (props[key] === undefined) props[key] = value();
  // the props are the node's own with only its schema's defaults added: still its label's props
  return { ...node, props } as GraphNode;
}

type NodeOption = z.ZodObject<{ label: z.ZodLiteral<string>; props: z.ZodTypeAny; evidence: z.ZodTypeAny }>;
// safe: one option per label, and there are more than two labels; discriminatedUnion wants a tuple type,
// which map() cannot give, and each option's exact type is GraphNode's (NodeOf), not this loose NodeOption
const nodeOptions = NodeLabels.map((label) =>
  z.object({ label: z.literal(label), props: NodeSchemas[label], evidence: z.array(EvidenceSchema).default([]) }),
) as unknown as [NodeOption, NodeOption, ...NodeOption[]];
export const NodeSchema = z.discriminatedUnion('label', nodeOptions);

/** Relationship types and the props each carries (all optional scalars or scalar lists). */
export const RelTypes = [
  'CONTAINS',
  'HAS_SECTION',
  'PROMULGATES',
  'CITES',
  'HAS_TASK',
  'HAS_SUBTASK',
  'HAS_TARGET',
  'INCLUDES',
  'STATED_IN',
  /** a document → what it grants or funds (Provision) */
  'HAS_PROVISION',
  'RESPONSIBLE_FOR',
  'SUPERVISES',
  'LIAISES_WITH',
  'BACKUP_OF',
  'ASSISTS',
  'HOLDS',
  'MEMBER_OF',
  'APPOINTED',
  'PART_OF',
  'IMPLEMENTS',
  'CONFLICTS_WITH',
  'HAS_CONTACT',
  'OFFICE_OF',
  /** a leader's areas of work in one division-of-work notice: Person → that Document {areas} */
  'ASSIGNED_IN',
  /** derived: a leader answerable for a target (supervises a responsible unit under the division in force) */
  'ACCOUNTABLE_FOR',
  /** derived: a PLANNED target → the ACHIEVED figure of its indicator for its year {status, preliminary, explanation} */
  'ACHIEVED_AS',
] as const;
export const RelType = z.enum(RelTypes);
export type RelType = z.infer<typeof RelType>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const RelationshipSchema = z.object({
  type: RelType,
  from: z.string(),
  to: z.string(),
  /**
   * RESPONSIBLE_FOR {role, basis, confidence}; HOLDS {title, asOf}; MEMBER_OF {role};
   * APPOINTED {action, position, docNumber, date, probation}; IMPLEMENTS {score, terms}; …
   */
  props: z.record(z.union([scalar, z.array(z.string()), z.array(z.number())])).default({}),
  evidence: z.array(EvidenceSchema).default([]),
});
export type GraphRelationship = z.infer<typeof RelationshipSchema>;

/**
 * The derived layer: what we infer over everything loaded for one jurisdiction (owners with basis
 * POLICY / PORTFOLIO and the STATED owners a task or a clause implies, report ↔ policy links,
 * conflicting figures, the leaders accountable for each target, the outcome of each target). It is never part of a GraphBatch — a file states facts; a county's
 * documents together imply these — and it is replaced as a whole for its jurisdiction.
 */
export const DerivedRelTypes = [
  'RESPONSIBLE_FOR',
  'IMPLEMENTS',
  'CONFLICTS_WITH',
  'ACCOUNTABLE_FOR',
  'ACHIEVED_AS',
] as const satisfies readonly RelType[];
export interface DerivedLayer {
  jurisdiction: string;
  relationships: GraphRelationship[];
}

export const GraphBatchSchema = z.object({
  gazetteId: z.string(),
  nodes: z.array(NodeSchema),
  relationships: z.array(RelationshipSchema),
});
export type GraphBatch = { gazetteId: string; nodes: GraphNode[]; relationships: GraphRelationship[] };

/** Freezes a value and everything in it: what it is now is what every later reader sees. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const checked = new WeakSet<object>();
/**
 * A batch checked against GraphBatchSchema: the pipeline checks what it builds, the loader what it
 * is given, and a batch this function returned (frozen, so unchanged since) is not checked twice
 * (parsing a county gazette's batch again was 35 ms of each load).
 */
export function checkedBatch(input: unknown): GraphBatch {
  // only a batch this function returned is in the set
  if (typeof input === 'object' && input !== null && checked.has(input)) return input as GraphBatch;
  // the parse checked every node; GraphBatch is the exact type of what the schema's loosely typed node union accepts
  const batch = deepFreeze(GraphBatchSchema.parse(input) as GraphBatch);
  checked.add(batch);
  return batch;
}

/** Relationship ids are derived, so the same fact loaded twice is one relationship. */
export function relationshipKey(r: Pick<GraphRelationship, 'type' | 'from' | 'to' | 'props'>): string {
  const discriminator =
    r.type === 'APPOINTED'
      ? `${r.props.docNumber ?? ''}|${r.props.position ?? ''}|${r.props.action ?? ''}`
      : r.type === 'HOLDS'
        ? `${r.props.title ?? ''}|${r.props.asOf ?? ''}` // posts are dated: the same title in two documents is two facts
        : r.type === 'RESPONSIBLE_FOR'
          ? `${r.props.role ?? ''}|${r.props.basis ?? ''}`
          : '';
  return `${r.type}|${r.from}|${r.to}|${discriminator}`;
}
