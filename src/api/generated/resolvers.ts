import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  TargetRow,
  TaskRow,
  ProjectRow,
  ProvisionRow,
  OrganizationRow,
  PersonRow,
  GroupRow,
  ContactRow,
  SectionRow,
  GazetteRow,
  DocumentRow,
  JurisdictionRow,
  IndicatorValue,
  ResponsibilityValue,
  TitleValue,
  AppointmentValue,
  MembershipValue,
  SupervisionValue,
} from '../rows.js';
import type { EvidenceValue, AnswerValue, ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** Any JSON value (rows of an answer). */
  JSON: { input: unknown; output: unknown };
};

export type Answer = {
  __typename?: 'Answer';
  answer: Scalars['String']['output'];
  citations: Array<Evidence>;
  confidence: Scalars['Float']['output'];
  /** why a mode could not answer (e.g. LLM_UNAVAILABLE), when it could not */
  error?: Maybe<AnswerError>;
  /** which offline family answered (RULE mode) */
  family?: Maybe<Scalars['String']['output']>;
  mode: AnswerMode;
  /** the named query or the guarded Cypher that produced the rows */
  query?: Maybe<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  rows: Array<Scalars['JSON']['output']>;
};

export type AnswerError = {
  __typename?: 'AnswerError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type AnswerMode = 'LLM' | 'NONE' | 'RULE' | 'SEARCH';

export type Appointment = {
  __typename?: 'Appointment';
  action: AppointmentAction;
  date?: Maybe<Scalars['String']['output']>;
  docNumber?: Maybe<Scalars['String']['output']>;
  document?: Maybe<Document>;
  evidence: Array<Evidence>;
  organization?: Maybe<Organization>;
  position?: Maybe<Scalars['String']['output']>;
  probation?: Maybe<Scalars['String']['output']>;
};

export type AppointmentAction = 'APPOINT' | 'NOMINATE' | 'NOMINATE_REMOVE' | 'REMOVE';

export type Basis = 'MODEL' | 'POLICY' | 'PORTFOLIO' | 'STATED';

export type Contact = {
  __typename?: 'Contact';
  document: Document;
  organization?: Maybe<Organization>;
  phone: Scalars['String']['output'];
  purpose?: Maybe<Scalars['String']['output']>;
};

export type Document = {
  __typename?: 'Document';
  citedBy: Array<Document>;
  cites: Array<Document>;
  /** 文号, e.g. 伊政办发[2024]5号 */
  docNumber?: Maybe<Scalars['String']['output']>;
  /** the gazettes that print it (a reprint is one document with several sources) */
  gazettes: Array<Gazette>;
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['String']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  jurisdiction?: Maybe<Scalars['String']['output']>;
  kind: DocumentKind;
  promulgates: Array<Document>;
  /** what it grants or funds (a measures document's 奖励/扶持 amounts) */
  provisions: Array<Provision>;
  reportYear?: Maybe<Scalars['Int']['output']>;
  sections: Array<Section>;
  targets: Array<Target>;
  tasks: Array<Task>;
  /** the document's text as printed in the gazette; every Evidence start/end indexes into it */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type DocumentKind =
  | 'APPOINTMENT'
  | 'CITED'
  | 'DIVISION_OF_WORK'
  | 'EMERGENCY_PLAN'
  | 'MEASURES'
  | 'NOTICE'
  | 'OTHER'
  | 'PLAN'
  | 'SUPERVISION'
  | 'WORK_REPORT';

/** Where a fact is stated: offsets into the document's original text and the exact quote. */
export type Evidence = {
  __typename?: 'Evidence';
  document: Document;
  end: Scalars['Int']['output'];
  /** the page the quote starts on, when the source has pages (a PDF) */
  page?: Maybe<Scalars['Int']['output']>;
  quote: Scalars['String']['output'];
  sectionPath: Array<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
};

/** A loaded source: a gazette issue, or a file holding a single document. */
export type Gazette = {
  __typename?: 'Gazette';
  id: Scalars['ID']['output'];
  issue?: Maybe<Scalars['String']['output']>;
  jurisdiction: Scalars['String']['output'];
  publishedOn?: Maybe<Scalars['String']['output']>;
  sourceFile: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type Group = {
  __typename?: 'Group';
  document: Document;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A standard figure (地区生产总值, 充电桩 …) recognised across years and counties however a report words it. */
export type Indicator = {
  __typename?: 'Indicator';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** targets that measure it, in every loaded jurisdiction, by jurisdiction and year */
  targets: Array<Target>;
};

/** A standard figure (地区生产总值, 充电桩 …) recognised across years and counties however a report words it. */
export type IndicatorTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TargetStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A place whose documents are loaded: its derived facts (owners, links, conflicts) come from all of them together. */
export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  documents: Array<Document>;
  name: Scalars['String']['output'];
  /** years its work reports plan for */
  reportYears: Array<Scalars['Int']['output']>;
  /** the gazettes and single documents its documents came in */
  sources: Array<Gazette>;
};

export type Membership = {
  __typename?: 'Membership';
  evidence: Array<Evidence>;
  group: Group;
  role?: Maybe<Scalars['String']['output']>;
};

export type Organization = {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  contacts: Array<Contact>;
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Scalars['String']['output']>;
  kind: OrganizationKind;
  liaisons: Array<Person>;
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  supervisors: Array<Person>;
  targets: Array<Target>;
  tasks: Array<Task>;
  units: Array<Organization>;
};

export type OrganizationTargetsArgs = {
  role?: InputMaybe<Role>;
  status?: InputMaybe<TargetStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationTasksArgs = {
  role?: InputMaybe<Role>;
};

export type OrganizationFilter = {
  kind?: InputMaybe<OrganizationKind>;
  /** name or any alias, or part of one */
  name?: InputMaybe<Scalars['String']['input']>;
  /** name of a leader who supervises the unit */
  supervisor?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  'CENTER' | 'COLLECTIVE' | 'CONGRESS' | 'DEPARTMENT' | 'EXTERNAL' | 'PARTY' | 'SOE' | 'TOWN';

/** Whether a PLANNED target was met: the ACHIEVED figure of the same indicator, measure, unit kind and scope for its year (derived for the jurisdiction). */
export type Outcome = {
  __typename?: 'Outcome';
  /** the figure the jurisdiction's documents report for that year */
  achieved: Target;
  /** 目标增长6%左右，实际增长6.2%，已完成 */
  explanation: Scalars['String']['output'];
  /** the figure is an estimate (初步预计, 预计) */
  preliminary: Scalars['Boolean']['output'];
  status: OutcomeStatus;
};

export type OutcomeStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Passage = {
  __typename?: 'Passage';
  evidence: Evidence;
  /** id of the matched node */
  id: Scalars['ID']['output'];
  /** what matched: Section, Target, Task or Organization */
  kind: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type Person = {
  __typename?: 'Person';
  appointments: Array<Appointment>;
  assists: Array<Person>;
  backups: Array<Person>;
  id: Scalars['ID']['output'];
  liaisesWith: Array<Organization>;
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  portfolio: Array<Scalars['String']['output']>;
  supervises: Array<Organization>;
  /** each unit supervised, with the period the divisions of work state it for */
  supervisions: Array<Supervision>;
  /** targets of the units this person supervises */
  targets: Array<Target>;
  /** posts held, each dated by the document that states it */
  titles: Array<Title>;
};

export type PersonTargetsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Project = {
  __typename?: 'Project';
  action?: Maybe<Scalars['String']['output']>;
  capacity?: Maybe<Scalars['String']['output']>;
  document: Document;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  task?: Maybe<Task>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  document?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What a measures document (办法, 措施, 方案) gives for a condition — 获某级奖项 → 激励扶持20万元, 每件作品3000元 — or the fund it sets (专项资金年度总金额200万元). A stated fact, quoted from its sentence. */
export type Provision = {
  __typename?: 'Provision';
  /** in 元 */
  amount: Scalars['Float']['output'];
  /** as written: 20万元 */
  amountText: Scalars['String']['output'];
  /** the condition as written (获中宣部“五个一工程”奖); a fund's is what it is for */
  condition: Scalars['String']['output'];
  document: Document;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  modifier: ProvisionModifier;
  /** what the amount is counted by: 每部, 每人每年, 一次性; null when the text does not say */
  per?: Maybe<Scalars['String']['output']>;
  /** for a later amount of one sentence, what the sentence is about (在国家级文学期刊…发表 for 短篇小说、散文…每件5000元) */
  scope?: Maybe<Scalars['String']['output']>;
  /** the task of the document it is stated under, if any */
  task?: Maybe<Task>;
};

export type ProvisionFilter = {
  document?: InputMaybe<Scalars['ID']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ProvisionKind>;
  /** words of the condition (获奖, 发表, 培训) */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A provision is GRANT (given for meeting its condition) or FUND (a budget the measure sets). */
export type ProvisionKind = 'FUND' | 'GRANT';

/** EXACT: the amount itself; AT_MOST: a cap (不超过, 不高于, 最高). */
export type ProvisionModifier = 'AT_MOST' | 'EXACT';

/** The entry points. Names are the public contract: add, never rename. */
export type Query = {
  __typename?: 'Query';
  ask: Answer;
  document?: Maybe<Document>;
  documents: Array<Document>;
  /** one indicator by code (GDP, CHARGING_PILES …) or name: every loaded jurisdiction's figures for it */
  indicator?: Maybe<Indicator>;
  /** every indicator (seed/lexicon/indicators.json) that some loaded target measures */
  indicators: Array<Indicator>;
  /** every jurisdiction with loaded documents, and what was loaded for it */
  jurisdictions: Array<Jurisdiction>;
  /** any alias: 住建局 → 旗住房和城乡建设局 */
  organization?: Maybe<Organization>;
  organizations: Array<Organization>;
  people: Array<Person>;
  person?: Maybe<Person>;
  projects: ProjectConnection;
  /** the provisions of the loaded measures documents, in document order */
  provisions: Array<Provision>;
  search: Array<Passage>;
  target?: Maybe<Target>;
  targets: TargetConnection;
  task?: Maybe<Task>;
  tasks: TaskConnection;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryAskArgs = {
  question: Scalars['String']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryDocumentArgs = {
  docNumber?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryDocumentsArgs = {
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryIndicatorArgs = {
  code: Scalars['String']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryOrganizationArgs = {
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryOrganizationsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryPersonArgs = {
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryProvisionsArgs = {
  filter?: InputMaybe<ProvisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryTargetArgs = {
  id: Scalars['ID']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TargetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};

/** The entry points. Names are the public contract: add, never rename. */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A unit's responsibility for a target or task, and why we believe it. */
export type Responsibility = {
  __typename?: 'Responsibility';
  basis: Basis;
  confidence?: Maybe<Scalars['Float']['output']>;
  /** PORTFOLIO: the division-of-work notice the owner was read from (the one in force when the target was stated) */
  division?: Maybe<Document>;
  evidence: Array<Evidence>;
  /** how the owner was inferred, in words (e.g. which division of work, and whether it came later) */
  note?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  role: Role;
};

export type Role = 'LEAD' | 'SUPPORT';

export type Section = {
  __typename?: 'Section';
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  number?: Maybe<Scalars['String']['output']>;
  path: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** A leader's 分管 of a unit over a period: from the first division-of-work notice that states it to the next one that no longer does (null: still in force). */
export type Supervision = {
  __typename?: 'Supervision';
  /** the notices that state it */
  documents: Array<Document>;
  evidence: Array<Evidence>;
  organization: Organization;
  /** the unit's bracketed scope (对外贸易工作), when the notice narrows it */
  scope?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['String']['output']>;
};

export type Target = {
  __typename?: 'Target';
  /** leaders who supervise the units responsible for this target */
  accountableLeaders: Array<Person>;
  conflictsWith: Array<Target>;
  document: Document;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  implements: Array<Task>;
  /** the standard indicator it measures; null when none fits */
  indicator?: Maybe<Indicator>;
  /** the jurisdiction of the document stating it */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  measure: TargetMeasure;
  metric: Scalars['String']['output'];
  modifier?: Maybe<TargetModifier>;
  /** for a PLANNED target: its result once a document of its jurisdiction states it; null when none is loaded */
  outcome?: Maybe<Outcome>;
  owners: Array<Responsibility>;
  scope?: Maybe<Scalars['String']['output']>;
  status: TargetStatus;
  task?: Maybe<Task>;
  text: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  valueMax?: Maybe<Scalars['Float']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type TargetConnection = {
  __typename?: 'TargetConnection';
  edges: Array<TargetEdge>;
  nodes: Array<Target>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TargetEdge = {
  __typename?: 'TargetEdge';
  cursor: Scalars['String']['output'];
  node: Target;
};

export type TargetFilter = {
  /** document id */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** indicator code or name (GDP, 地区生产总值) */
  indicator?: InputMaybe<Scalars['String']['input']>;
  /** only targets stated in this jurisdiction's documents */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** name or any alias of a responsible unit */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** PLANNED targets by outcome; UNKNOWN also matches those with no result loaded */
  outcome?: InputMaybe<OutcomeStatus>;
  role?: InputMaybe<Role>;
  status?: InputMaybe<TargetStatus>;
  /** name of a leader who supervises a responsible unit */
  supervisor?: InputMaybe<Scalars['String']['input']>;
  /** substring of the target text */
  text?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type TargetMeasure = 'CHANGE' | 'COUNT' | 'GROWTH' | 'LEVEL' | 'QUALITATIVE' | 'RATIO' | 'SHARE';

export type TargetModifier = 'ABOUT' | 'AT_LEAST' | 'AT_MOST' | 'EXACT' | 'RANGE';

export type TargetStatus = 'ACHIEVED' | 'PLANNED';

export type Task = {
  __typename?: 'Task';
  document: Document;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  implementedBy: Array<Task>;
  /** report targets that implement this task */
  implementedByTargets: Array<Target>;
  implements: Array<Task>;
  projects: Array<Project>;
  responsible: Array<Responsibility>;
  subtasks: Array<Task>;
  targets: Array<Target>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  nodes: Array<Task>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskFilter = {
  /** document id */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** only tasks of this jurisdiction's documents */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** name or any alias of a responsible unit */
  organization?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  /** substring of the title or text */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Title = {
  __typename?: 'Title';
  asOf?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  organization: Organization;
  title: Scalars['String']['output'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Answer: ResolverTypeWrapper<AnswerValue>;
  AnswerError: ResolverTypeWrapper<AnswerError>;
  AnswerMode: AnswerMode;
  Appointment: ResolverTypeWrapper<AppointmentValue>;
  AppointmentAction: AppointmentAction;
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Contact: ResolverTypeWrapper<ContactRow>;
  Document: ResolverTypeWrapper<DocumentRow>;
  DocumentKind: DocumentKind;
  Evidence: ResolverTypeWrapper<EvidenceValue>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gazette: ResolverTypeWrapper<GazetteRow>;
  Group: ResolverTypeWrapper<GroupRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorValue>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Jurisdiction: ResolverTypeWrapper<JurisdictionRow>;
  Membership: ResolverTypeWrapper<MembershipValue>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  Outcome: ResolverTypeWrapper<Omit<Outcome, 'achieved'> & { achieved: ResolversTypes['Target'] }>;
  OutcomeStatus: OutcomeStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passage: ResolverTypeWrapper<Omit<Passage, 'evidence'> & { evidence: ResolversTypes['Evidence'] }>;
  Person: ResolverTypeWrapper<PersonRow>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<
    Omit<ProjectConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['ProjectEdge']>;
      nodes: Array<ResolversTypes['Project']>;
    }
  >;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  Provision: ResolverTypeWrapper<ProvisionRow>;
  ProvisionFilter: ProvisionFilter;
  ProvisionKind: ProvisionKind;
  ProvisionModifier: ProvisionModifier;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Responsibility: ResolverTypeWrapper<ResponsibilityValue>;
  Role: Role;
  Section: ResolverTypeWrapper<SectionRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Supervision: ResolverTypeWrapper<SupervisionValue>;
  Target: ResolverTypeWrapper<TargetRow>;
  TargetConnection: ResolverTypeWrapper<
    Omit<TargetConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['TargetEdge']>;
      nodes: Array<ResolversTypes['Target']>;
    }
  >;
  TargetEdge: ResolverTypeWrapper<Omit<TargetEdge, 'node'> & { node: ResolversTypes['Target'] }>;
  TargetFilter: TargetFilter;
  TargetMeasure: TargetMeasure;
  TargetModifier: TargetModifier;
  TargetStatus: TargetStatus;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskConnection: ResolverTypeWrapper<
    Omit<TaskConnection, 'edges' | 'nodes'> & {
      edges: Array<ResolversTypes['TaskEdge']>;
      nodes: Array<ResolversTypes['Task']>;
    }
  >;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  Title: ResolverTypeWrapper<TitleValue>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Answer: AnswerValue;
  AnswerError: AnswerError;
  Appointment: AppointmentValue;
  Boolean: Scalars['Boolean']['output'];
  Contact: ContactRow;
  Document: DocumentRow;
  Evidence: EvidenceValue;
  Float: Scalars['Float']['output'];
  Gazette: GazetteRow;
  Group: GroupRow;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorValue;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Jurisdiction: JurisdictionRow;
  Membership: MembershipValue;
  Organization: OrganizationRow;
  OrganizationFilter: OrganizationFilter;
  Outcome: Omit<Outcome, 'achieved'> & { achieved: ResolversParentTypes['Target'] };
  PageInfo: PageInfo;
  Passage: Omit<Passage, 'evidence'> & { evidence: ResolversParentTypes['Evidence'] };
  Person: PersonRow;
  Project: ProjectRow;
  ProjectConnection: Omit<ProjectConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['ProjectEdge']>;
    nodes: Array<ResolversParentTypes['Project']>;
  };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  Provision: ProvisionRow;
  ProvisionFilter: ProvisionFilter;
  Query: Record<PropertyKey, never>;
  Responsibility: ResponsibilityValue;
  Section: SectionRow;
  String: Scalars['String']['output'];
  Supervision: SupervisionValue;
  Target: TargetRow;
  TargetConnection: Omit<TargetConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['TargetEdge']>;
    nodes: Array<ResolversParentTypes['Target']>;
  };
  TargetEdge: Omit<TargetEdge, 'node'> & { node: ResolversParentTypes['Target'] };
  TargetFilter: TargetFilter;
  Task: TaskRow;
  TaskConnection: Omit<TaskConnection, 'edges' | 'nodes'> & {
    edges: Array<ResolversParentTypes['TaskEdge']>;
    nodes: Array<ResolversParentTypes['Task']>;
  };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  Title: TitleValue;
};

export type AnswerResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer'],
> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AnswerError']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AnswerMode'], ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type AnswerErrorResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['AnswerError'] = ResolversParentTypes['AnswerError'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AppointmentResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Appointment'] = ResolversParentTypes['Appointment'],
> = {
  action?: Resolver<ResolversTypes['AppointmentAction'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  probation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'],
> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DocumentResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'],
> = {
  citedBy?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gazettes?: Resolver<Array<ResolversTypes['Gazette']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  promulgates?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  reportYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence'],
> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionPath?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GazetteResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Gazette'] = ResolversParentTypes['Gazette'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceFile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GroupResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group'],
> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<
    Array<ResolversTypes['Target']>,
    ParentType,
    ContextType,
    RequireFields<IndicatorTargetsArgs, 'first'>
  >;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JurisdictionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction'],
> = {
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Gazette']>, ParentType, ContextType>;
};

export type MembershipResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'],
> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'],
> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  liaisons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  supervisors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<OrganizationTargetsArgs>>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, Partial<OrganizationTasksArgs>>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type OutcomeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome'],
> = {
  achieved?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preliminary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutcomeStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PassageResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage'],
> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PersonResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = {
  appointments?: Resolver<Array<ResolversTypes['Appointment']>, ParentType, ContextType>;
  assists?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  backups?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liaisesWith?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portfolio?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  supervises?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  supervisions?: Resolver<Array<ResolversTypes['Supervision']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<PersonTargetsArgs>>;
  titles?: Resolver<Array<ResolversTypes['Title']>, ParentType, ContextType>;
};

export type ProjectResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'],
> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProjectConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProvisionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision'],
> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  amountText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  modifier?: Resolver<ResolversTypes['ProvisionModifier'], ParentType, ContextType>;
  per?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  ask?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<QueryAskArgs, 'question'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, Partial<QueryDocumentArgs>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, Partial<QueryDocumentsArgs>>;
  indicator?: Resolver<
    Maybe<ResolversTypes['Indicator']>,
    ParentType,
    ContextType,
    RequireFields<QueryIndicatorArgs, 'code'>
  >;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  organization?: Resolver<
    Maybe<ResolversTypes['Organization']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrganizationArgs, 'name'>
  >;
  organizations?: Resolver<
    Array<ResolversTypes['Organization']>,
    ParentType,
    ContextType,
    Partial<QueryOrganizationsArgs>
  >;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'name'>>;
  projects?: Resolver<
    ResolversTypes['ProjectConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryProjectsArgs, 'first'>
  >;
  provisions?: Resolver<
    Array<ResolversTypes['Provision']>,
    ParentType,
    ContextType,
    RequireFields<QueryProvisionsArgs, 'first'>
  >;
  search?: Resolver<
    Array<ResolversTypes['Passage']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'first' | 'text'>
  >;
  target?: Resolver<Maybe<ResolversTypes['Target']>, ParentType, ContextType, RequireFields<QueryTargetArgs, 'id'>>;
  targets?: Resolver<
    ResolversTypes['TargetConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTargetsArgs, 'first'>
  >;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
};

export type ResponsibilityResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Responsibility'] = ResolversParentTypes['Responsibility'],
> = {
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type SectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section'],
> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupervisionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Supervision'] = ResolversParentTypes['Supervision'],
> = {
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TargetResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target'],
> = {
  accountableLeaders?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  conflictsWith?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['TargetMeasure'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modifier?: Resolver<Maybe<ResolversTypes['TargetModifier']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['Outcome']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TargetConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TargetConnection'] = ResolversParentTypes['TargetConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TargetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TargetEdge'] = ResolversParentTypes['TargetEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type TaskResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'],
> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  implementedByTargets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  responsible?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType>;
  subtasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaskConnectionResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TitleResolvers<
  ContextType = ApiContext,
  ParentType extends ResolversParentTypes['Title'] = ResolversParentTypes['Title'],
> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Answer?: AnswerResolvers<ContextType>;
  AnswerError?: AnswerErrorResolvers<ContextType>;
  Appointment?: AppointmentResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Gazette?: GazetteResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Responsibility?: ResponsibilityResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  Supervision?: SupervisionResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetConnection?: TargetConnectionResolvers<ContextType>;
  TargetEdge?: TargetEdgeResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  Title?: TitleResolvers<ContextType>;
};
