/**
 * What the resolvers receive: the rows the named queries (queries/*.cypher) return, typed from the
 * model's node schemas, and the values the resolvers build from them. codegen.ts maps each GraphQL
 * object type to one of these (its parent value), so src/api/generated/resolvers.ts checks every
 * resolver against both the SDL and the rows. A row type states what the query returns; nothing
 * checks it at run time (the store hands back the driver's plain objects).
 */
import type { AppointmentAction, NodeLabel, NodeProps, RelType, Role } from '../model/index.js';

/** Keys of T whose value may be null. */
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];
/** Properties as Neo4j keeps them: a null property is not stored, so `n {.*}` leaves it out. */
type Stored<T> = Omit<T, NullableKeys<T>> & { [K in NullableKeys<T>]?: T[K] };

/** Evidence as the loader stores it on a node or relationship: parallel lists (src/store/evidence.ts). */
export interface EvidenceLists {
  evidenceDocumentIds?: string[];
  evidenceStarts?: number[];
  evidenceEnds?: number[];
  evidenceQuotes?: string[];
  evidenceSectionPaths?: string[];
  evidencePages?: number[];
}

/**
 * A node as `n {.*}` returns it. A statement that reads only the properties a selection needs
 * (organization-targets, via fields.ts rowOf) returns fewer: those the selected fields read.
 */
export type NodeRow<L extends NodeLabel> = Stored<NodeProps<L>> & EvidenceLists;

export type TargetRow = NodeRow<'Target'> & {
  /** indicator-targets adds its document's jurisdiction */
  jurisdiction?: string | null;
};
export type TaskRow = NodeRow<'Task'>;
export type ProjectRow = NodeRow<'Project'>;
export type ProvisionRow = NodeRow<'Provision'>;
export type OrganizationRow = NodeRow<'Organization'>;
export type PersonRow = NodeRow<'Person'>;
export type GroupRow = NodeRow<'Group'>;
export type ContactRow = NodeRow<'Contact'>;
export type SectionRow = NodeRow<'Section'>;
export type GazetteRow = NodeRow<'Gazette'>;
/** a document without its text (`d {.*, text: null}`): Document.text reads it when asked for */
export type DocumentRow = Omit<NodeRow<'Document'>, 'text'> & { text?: string | null };

/** The row type of each label, as the node loader and the related loaders return it. */
export interface NodeRows {
  Gazette: GazetteRow;
  Document: DocumentRow;
  Section: SectionRow;
  Task: TaskRow;
  Target: TargetRow;
  Project: ProjectRow;
  Provision: ProvisionRow;
  Organization: OrganizationRow;
  Person: PersonRow;
  Group: GroupRow;
  Contact: ContactRow;
}

/** The stored properties of the relationships the API reads (`properties(r)`); the rest carry evidence only. */
interface RelProps {
  RESPONSIBLE_FOR: {
    role: Role;
    basis?: 'STATED' | 'POLICY' | 'PORTFOLIO' | 'MODEL';
    confidence?: number;
    /** PORTFOLIO: the division-of-work notice the owner was read from */
    division?: string;
    note?: string;
  };
  HOLDS: { title?: string; asOf?: string };
  APPOINTED: {
    action: AppointmentAction;
    position?: string;
    docNumber?: string;
    date?: string;
    probation?: string | number;
  };
  MEMBER_OF: { role?: string };
  SUPERVISES: { scope?: string };
  ASSIGNED_IN: { areas?: string[] };
  ACHIEVED_AS: { status: 'MET' | 'NOT_MET' | 'UNKNOWN'; preliminary?: boolean; explanation: string };
}
/** A relationship's properties as `properties(r)` returns them. */
export type RelRow<T extends RelType> = (T extends keyof RelProps ? RelProps[T] : Record<never, never>) & EvidenceLists;

/** A related node and the relationship that reaches it (the related-out / related-in loaders). */
export interface Related<N, R> {
  node: N;
  rel: R;
}

/** person-supervisions' relationship: SUPERVISES with the jurisdiction's division-of-work notices */
export type SupervisionRel = RelRow<'SUPERVISES'> & { notices?: Array<{ id: string; issuedOn?: string | null }> };

/**
 * The relationship queries loaders.named() runs, keyed by parent id, and what each returns:
 * {key, node, rel} rows.
 */
export interface NamedRelatedRows {
  'person-targets': Related<TargetRow, Record<never, never>>;
  'person-supervisions': Related<OrganizationRow, SupervisionRel>;
  'target-leaders': Related<PersonRow, RelRow<'ACCOUNTABLE_FOR'>>;
  'document-tasks': Related<TaskRow, Record<never, never>>;
  'document-targets': Related<TargetRow, Record<never, never>>;
}
export type NamedRelated = keyof NamedRelatedRows;

/** A target's owner as organization-targets reads it: all properties, or the values of the asked ones in order. */
export interface OwnerValues {
  node: OrganizationRow | null;
  values: unknown[];
  rel: RelRow<'RESPONSIBLE_FOR'> | null;
  relValues: unknown[];
}
/** A row of organization-targets (and the targets of organization-by-name, person-by-name). */
export interface TargetValues {
  node: TargetRow | null;
  values: unknown[];
  owners: OwnerValues[];
}

/** The queries loaders.rows() runs over `$ids`, and the row each returns (with a `key`: the id it is for). */
export interface KeyedRows {
  'organization-targets': TargetValues;
}

/** A page of a connection query (targets, tasks, projects): the total and one page of items. */
export interface PageRow<T> {
  total: number;
  items: T[];
}
/** The item of each connection query. */
export interface PageItems {
  targets: TargetRow;
  tasks: TaskRow;
  projects: ProjectRow;
}

/** A hit of the search query: the matched node (its text left out), its document and, for a section, its source slice. */
interface SearchHit<K extends string, N extends object> {
  kind: K;
  score: number;
  node: Omit<N, 'text'>;
  document: DocumentRow | null;
  source: string | null;
}

/**
 * The row of each named read query the resolvers run themselves (util.ts readQuery): one map from
 * query name to row type. The loaders' queries are typed above (NodeRows, NamedRelatedRows, KeyedRows).
 */
export interface QueryRows {
  indicators: { code: string; name: string };
  'indicator-targets': { node: TargetRow };
  targets: PageRow<PageItems['targets']>;
  tasks: PageRow<PageItems['tasks']>;
  projects: PageRow<PageItems['projects']>;
  'organizations-by-name': { id: string };
  'people-by-name': { id: string };
  // projected (orgProps, personProps): the row is null and `values` holds the selected properties in order
  'organization-by-name': { org: OrganizationRow | null; values: unknown[]; targets: TargetValues[] };
  organizations: { node: OrganizationRow };
  'person-by-name': {
    node: PersonRow | null;
    values: unknown[];
    supervises: Array<{ node: OrganizationRow | null; values: unknown[]; targets: TargetValues[] }>;
  };
  people: { node: PersonRow };
  documents: { node: DocumentRow };
  document: { node: DocumentRow };
  jurisdictions: JurisdictionRow;
  search:
    | SearchHit<'Section', SectionRow>
    | SearchHit<'Target', TargetRow>
    | SearchHit<'Task', TaskRow>
    | SearchHit<'Organization', OrganizationRow>;
  provisions: { node: ProvisionRow };
  'warm-names': Record<string, string | null>;
}
export type QueryName = keyof QueryRows;

export interface JurisdictionRow {
  name: string;
  documents: DocumentRow[];
  sources: GazetteRow[];
  reportYears: number[];
}

/** Indicator: a code and a name, from seed/lexicon/indicators.json or a target's stored ones. */
export interface IndicatorValue {
  code: string;
  name: string;
}

/** Responsibility: the responsible unit and the RESPONSIBLE_FOR relationship. */
export interface ResponsibilityValue {
  organization: OrganizationRow;
  rel: RelRow<'RESPONSIBLE_FOR'>;
}
/** Title: the unit and the HOLDS relationship. */
export interface TitleValue {
  organization: OrganizationRow;
  rel: RelRow<'HOLDS'>;
}
/** Appointment: the unit and the APPOINTED relationship. */
export interface AppointmentValue {
  organization: OrganizationRow;
  rel: RelRow<'APPOINTED'>;
}
/** Membership: the group and the MEMBER_OF relationship. */
export interface MembershipValue {
  group: GroupRow;
  rel: RelRow<'MEMBER_OF'>;
}
/** Supervision: the unit, its period and the relationship of person-supervisions. */
export interface SupervisionValue {
  organization: OrganizationRow;
  since: string | null;
  until: string | null;
  documentIds: string[];
  rel: SupervisionRel;
}
