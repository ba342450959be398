/**
 * Every bound on one GraphQL request, in one table. Each has a test that proves the rejection
 * (tests/integration/api-limits.test.ts).
 */
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

export interface Limits {
  /** levels of selection (armor's maxDepth) */
  readonly maxDepth: number;
  /** aliases in one operation (armor's maxAliases) */
  readonly maxAliases: number;
  /** lexer tokens in one document (armor's maxTokens) */
  readonly maxTokens: number;
  /** directives in one document (armor's maxDirectives) */
  readonly maxDirectives: number;
  /** estimated objects resolved: each field costs 1 × the sizes of the lists it sits in (see costOf) */
  readonly maxCost: number;
  /** list sizes the cost model assumes for plain lists, by Type.field; others get defaultListSize */
  readonly listSizes: Readonly<Record<string, number>>;
  readonly defaultListSize: number;
  /** the largest `first` a connection serves; a `first` given by a variable counts as this */
  readonly maxPage: number;
  /** characters of a string argument, by argument (or input field) name; others get defaultArgLength */
  readonly argLength: Readonly<Record<string, number>>;
  readonly defaultArgLength: number;
  /** bytes of a request body; more is answered 413 before it is read in full */
  readonly maxBodyBytes: number;
  /** bytes of a JSON response; more is replaced by a RESPONSE_TOO_LARGE error */
  readonly maxResponseBytes: number;
  /** wall-clock time of one request; the request's read transaction has the same timeout */
  readonly requestTimeoutMs: number;
  /** the HTTP server's time to receive a request's headers, and the whole request (slow clients) */
  readonly headersTimeoutMs: number;
  readonly receiveTimeoutMs: number;
  /** operations in one HTTP request: batching is off */
  readonly maxBatch: 1;
}

export const LIMITS: Limits = {
  // deep enough for target → owners → organization → supervisors → targets → evidence → document → title
  maxDepth: 10,
  // a handful of aliases is normal; a hundred is a batching attack
  maxAliases: 15,
  // GraphiQL's introspection query is ~500 tokens
  maxTokens: 2_000,
  maxDirectives: 20,
  // the README's richest example (50 targets with owners, evidence and leaders) costs ~9k;
  // the 12-alias × 8-level supervisors/supervises query of issue 16 costs ~10^8
  maxCost: 100_000,
  // sizes seen in the seed county, rounded up: a unit has a few leaders, a leader a few dozen units
  listSizes: {
    'Query.organizations': 200,
    'Query.people': 100,
    'Query.documents': 50,
    'Organization.supervisors': 5,
    'Organization.liaisons': 5,
    'Organization.units': 20,
    'Organization.targets': 50,
    'Organization.tasks': 50,
    'Person.supervises': 30,
    'Person.liaisesWith': 30,
    'Person.targets': 100,
    'Document.sections': 100,
    'Document.tasks': 100,
    'Document.targets': 100,
    'Person.titles': 3,
    'Person.appointments': 5,
    'Person.memberships': 3,
    'Target.owners': 5,
    'Task.responsible': 5,
    // a fact is stated once or twice (a reprint, a plan and its notice)
    'Target.evidence': 3,
    'Task.evidence': 3,
    'Project.evidence': 3,
    'Responsibility.evidence': 3,
    'Title.evidence': 3,
    'Appointment.evidence': 3,
    'Membership.evidence': 3,
  },
  defaultListSize: 10,
  maxPage: 100,
  argLength: {
    name: 100,
    organization: 100,
    supervisor: 100,
    id: 200,
    document: 200,
    docNumber: 100,
    after: 200,
    text: 200,
    question: 500,
  },
  defaultArgLength: 500,
  // the longest accepted document (2,000 tokens) with variables fits in a few tens of kB
  maxBodyBytes: 100_000,
  // a page of 100 targets with all their evidence is ~1 MB
  maxResponseBytes: 5_000_000,
  // below the database's own 30 s, so a request's transaction is what the timeout ends
  requestTimeoutMs: 15_000,
  // a client trickling its request byte by byte (slowloris) holds a socket at most this long
  headersTimeoutMs: 10_000,
  receiveTimeoutMs: 20_000,
  maxBatch: 1,
};

/* The cost model works on the schema objects by shape (fields, ofType, the printed type), not
 * with graphql's instanceof helpers: the schema may come from the other (CJS/ESM) copy of graphql. */
type AnyType = {
  name?: string;
  ofType?: AnyType;
  getFields?: () => Record<string, { type: AnyType; args: Array<{ name: string; defaultValue?: unknown }> }>;
};

const namedType = (t: AnyType): AnyType => (t.ofType ? namedType(t.ofType) : t);
const isListType = (t: AnyType): boolean => String(t).replace(/!$/, '').startsWith('[');
const isConnection = (typeName: string | undefined) => !!typeName && typeName.endsWith('Connection');

function intArg(field: FieldNode, name: string): ValueNode | undefined {
  return field.arguments?.find((a) => a.name.value === name)?.value;
}

/** How many objects one occurrence of `field` yields: `first` for paged fields, else the list's assumed size. */
function multiplier(
  parent: AnyType,
  field: FieldNode,
  def: { type: AnyType; args: Array<{ name: string; defaultValue?: unknown }> },
  limits: Limits,
): number {
  const first = def.args.find((a) => a.name === 'first');
  if (first) {
    const v = intArg(field, 'first');
    if (v?.kind === 'IntValue') return Number(v.value); // over maxPage: rejected here or by the resolver
    if (v) return limits.maxPage; // a variable: assume the most it may ask for
    return typeof first.defaultValue === 'number' ? first.defaultValue : limits.maxPage;
  }
  // nodes/edges of a connection are already counted by the connection's `first`
  if (isConnection(parent.name)) return 1;
  if (!isListType(def.type) || !field.selectionSet) return 1;
  return limits.listSizes[`${parent.name}.${field.name.value}`] ?? limits.defaultListSize;
}

/**
 * Estimated objects and fields an operation resolves: every field costs 1, times the sizes of all
 * the lists above it — the node-limit model of public GraphQL APIs, so nesting lists multiplies.
 */
export function costOf(schema: GraphQLSchema, doc: DocumentNode, limits: Limits = LIMITS): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  // safe: AnyType is the shape read here, every part optional and checked before use; only output types
  // (whose fields have args) are walked, as selections name no input types
  const typeOf = (name: string) => schema.getType(name) as AnyType | undefined;

  const walk = (set: SelectionSetNode, parent: AnyType | undefined, seen: Set<string>): number => {
    if (!parent?.getFields) return 0;
    const fields = parent.getFields();
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        const def = fields[s.name.value];
        if (!def) continue; // __typename, introspection, or unknown (validation reports those)
        const child = s.selectionSet ? walk(s.selectionSet, namedType(def.type), seen) : 0;
        total += multiplier(parent, s, def, limits) * (1 + child);
      } else if (s.kind === 'InlineFragment') {
        total += walk(s.selectionSet, s.typeCondition ? typeOf(s.typeCondition.name.value) : parent, seen);
      } else {
        const f = fragments.get(s.name.value);
        if (!f || seen.has(f.name.value)) continue; // cycles are a validation error of their own
        total += walk(f.selectionSet, typeOf(f.typeCondition.name.value), new Set([...seen, f.name.value]));
      }
      if (total > Number.MAX_SAFE_INTEGER / 1000) return total;
    }
    return total;
  };

  let max = 0;
  for (const d of doc.definitions) {
    if (d.kind !== 'OperationDefinition') continue;
    const root =
      d.operation === 'query'
        ? schema.getQueryType()
        : d.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    // safe: a root type is an object type, the shape AnyType reads (see typeOf); null is handled by walk
    max = Math.max(max, walk(d.selectionSet, (root ?? undefined) as AnyType | undefined, new Set()));
  }
  return max;
}

/**
 * String arguments longer than their limit, literal or passed in variables: `[name, length, max]`
 * for the first one found. Input-object fields count by their own name (filter: { text }).
 */
export function overlongArgument(
  doc: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: Limits = LIMITS,
): [string, number, number] | undefined {
  const maxFor = (name: string) => limits.argLength[name] ?? limits.defaultArgLength;
  const checkJs = (name: string, v: unknown): [string, number, number] | undefined => {
    if (typeof v === 'string') return v.length > maxFor(name) ? [name, v.length, maxFor(name)] : undefined;
    if (Array.isArray(v))
      for (const x of v) {
        const r = checkJs(name, x);
        if (r) return r;
      }
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        const r = checkJs(k, x);
        if (r) return r;
      }
    return undefined;
  };
  const checkAst = (name: string, v: ValueNode): [string, number, number] | undefined => {
    switch (v.kind) {
      case 'StringValue':
        return v.value.length > maxFor(name) ? [name, v.value.length, maxFor(name)] : undefined;
      case 'Variable':
        return checkJs(name, variables?.[v.name.value]);
      case 'ListValue':
        for (const x of v.values) {
          const r = checkAst(name, x);
          if (r) return r;
        }
        return undefined;
      case 'ObjectValue':
        for (const f of v.fields) {
          const r = checkAst(f.name.value, f.value);
          if (r) return r;
        }
        return undefined;
      default:
        return undefined;
    }
  };
  let found: [string, number, number] | undefined;
  const visitArgs = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (found) return;
      if (s.kind === 'Field') for (const a of s.arguments ?? []) found ??= checkAst(a.name.value, a.value);
      if (s.kind !== 'FragmentSpread') visitArgs(s.selectionSet);
    }
  };
  for (const d of doc.definitions)
    if (d.kind === 'OperationDefinition' || d.kind === 'FragmentDefinition') visitArgs(d.selectionSet);
  // a variable sent but not used in an argument is still bounded
  return found ?? checkJs('variables', variables);
}
