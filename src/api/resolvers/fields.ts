/**
 * Which stored properties a selection needs, so a statement returns those and not every property of
 * every row (a unit carries its aliases and evidence lists; a request for its name needs none of them).
 * A field missing from a table means "not known here": the statement then returns all properties.
 */
import {
  type FieldNode,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { OrganizationRow, Related, RelRow, TargetRow } from '../rows.js';

const EVIDENCE = [
  'evidenceDocumentIds',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceQuotes',
  'evidenceSectionPaths',
  'evidencePages',
];
/**
 * An Evidence selection's columns: the document, span and quote of each entry always (an entry is
 * one of those, and a span printed twice is told apart by them: store/evidence.ts), the section
 * path and page only when selected. A section path is a JSON string per entry, much of what a
 * target's or an owner's evidence weighs, and `evidence { quote }` needs none of them.
 */
const EVIDENCE_FIELDS: Record<string, string[]> = {
  sectionPath: ['evidenceSectionPaths'],
  page: ['evidencePages'],
};
const evidenceColumns = (sub: SelectionSetNode[]): string[] => {
  const columns = new Set(['evidenceDocumentIds', 'evidenceStarts', 'evidenceEnds', 'evidenceQuotes']);
  for (const set of sub)
    for (const s of set.selections) {
      // a fragment is not followed here: read every column
      if (s.kind !== 'Field') return EVIDENCE;
      for (const c of EVIDENCE_FIELDS[s.name.value] ?? []) columns.add(c);
    }
  return [...columns];
};
/** A field's stored properties: fixed, or chosen by the field's own selection (evidence). */
type Table = Record<string, string[] | ((sub: SelectionSetNode[]) => string[])>;
// fields that follow a relationship need only the id, which is always read
const TARGET: Table = {
  id: [],
  text: ['text'],
  metric: ['metric'],
  value: ['value'],
  valueMax: ['valueMax'],
  unit: ['unit'],
  modifier: ['modifier'],
  measure: ['measure'],
  year: ['year'],
  status: ['status'],
  scope: ['scope'],
  task: ['taskId'],
  document: ['documentId'],
  evidence: evidenceColumns,
  owners: [],
  accountableLeaders: [],
  implements: [],
  conflictsWith: [],
  __typename: [],
};
const ORGANIZATION: Table = {
  id: [],
  name: ['name'],
  aliases: ['aliases'],
  kind: ['kind'],
  jurisdiction: ['jurisdiction'],
  supervisors: [],
  liaisons: [],
  parent: [],
  units: [],
  targets: [],
  tasks: [],
  contacts: [],
  __typename: [],
};
const RESPONSIBILITY: Table = {
  role: ['role'],
  basis: ['basis'],
  confidence: ['confidence'],
  evidence: evidenceColumns,
  division: ['division'],
  note: ['note'],
  organization: [],
  __typename: [],
};
const PERSON: Table = {
  id: [],
  name: ['name'],
  // the latest division of work's areas, else the stated ones
  portfolio: ['portfolio'],
  titles: [],
  supervises: [],
  supervisions: [],
  liaisesWith: [],
  backups: [],
  assists: [],
  appointments: [],
  memberships: [],
  targets: [],
  __typename: [],
};
export const PROPERTIES = {
  Target: TARGET,
  Organization: ORGANIZATION,
  Responsibility: RESPONSIBILITY,
  Person: PERSON,
};

/** A related loader's projection for a field whose resolver reads only the node: its selected properties, none of the relationship's. */
export const nodesOnly = (table: Table, info: GraphQLResolveInfo) => ({
  node: propertiesFor(table, selection(info)),
  rel: [],
});

/** The fields selected in a selection set, fragments included; null when the set is not only fields of the one type. */
function fieldsOf(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, SelectionSetNode[]> {
  const out = new Map<string, SelectionSetNode[]>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        const list = out.get(s.name.value) ?? [];
        if (s.selectionSet) list.push(s.selectionSet);
        out.set(s.name.value, list);
      } else walk(s.kind === 'InlineFragment' ? s.selectionSet : info.fragments[s.name.value]?.selectionSet);
    }
  };
  sets.forEach(walk);
  return out;
}

/** The properties the selected fields need (id always), or null: some field is not in the table, read them all. */
export function propertiesFor(table: Table, fields: Map<string, SelectionSetNode[]>): string[] | null {
  const props = new Set(['id']);
  for (const [f, sub] of fields) {
    const p = table[f];
    if (!p) return null;
    (typeof p === 'function' ? p(sub) : p).forEach((x) => props.add(x));
  }
  return [...props];
}

/** The selection under the field being resolved, and under one of its fields. */
export const selection = (info: GraphQLResolveInfo) =>
  fieldsOf(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  );
export const under = (info: GraphQLResolveInfo, fields: Map<string, SelectionSetNode[]>, name: string) =>
  fieldsOf(info, fields.get(name) ?? []);

/**
 * A field selected under the field being resolved, as its own resolver will see it (its field
 * nodes, type and arguments), so a parent can read that field's rows in its own statement and prime
 * the loader the field's resolver asks; null when it is not selected (or not on an object type).
 * A guess that misses only costs the field its own statement: the loader's key holds every parameter.
 */
export function childField(
  info: GraphQLResolveInfo,
  name: string,
): { info: GraphQLResolveInfo; args: Record<string, unknown> } | null {
  const parentType = namedType(info.returnType);
  // an object type (only it has isTypeOf): the parent type of the field's own resolver
  if (!('isTypeOf' in parentType)) return null;
  const fields = parentType.getFields();
  const def = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (!def) return null;
  const byKey = new Map<string, FieldNode[]>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        if (s.name.value !== name) continue;
        const key = s.alias?.value ?? name;
        byKey.set(key, [...(byKey.get(key) ?? []), s]);
      } else walk(s.kind === 'InlineFragment' ? s.selectionSet : info.fragments[s.name.value]?.selectionSet);
    }
  };
  info.fieldNodes.forEach((f) => walk(f.selectionSet));
  // the first response key: a field selected twice under two aliases (other arguments) reads the other itself
  const [fieldNodes] = byKey.values();
  if (!fieldNodes) return null;
  // graphql's own argument coercion checks types by class, which fails across graphql's CJS and ESM
  // copies (vitest loads both): literals, variables (already coerced) and defaults are enough here
  const given = new Map(fieldNodes[0].arguments?.map((a) => [a.name.value, a.value]) ?? []);
  const args: Record<string, unknown> = {};
  for (const a of def.args) {
    const v = given.get(a.name);
    if (v === undefined) args[a.name] = a.defaultValue;
    else args[a.name] = v.kind === 'Variable' ? info.variableValues[v.name.value] : valueFromASTUntyped(v);
  }
  return {
    info: {
      ...info,
      fieldName: name,
      fieldNodes,
      returnType: def.type,
      parentType,
    },
    args,
  };
}

/** The named type under lists and non-nulls (by shape, not class: see childField). */
function namedType(t: GraphQLOutputType): GraphQLOutputType {
  let x: GraphQLOutputType = t;
  while ('ofType' in x && x.ofType) x = x.ofType;
  return x;
}

/** A row from the `values` a statement returned for `props` (absent properties left out, as `n {.*}` does), or its `all`. */
export function rowOf<T extends object>(props: string[] | null, values: unknown[] | null, all: T | null): T {
  const row: Record<string, unknown> = {};
  if (!props || !values) {
    if (all) return all;
  } else
    props.forEach((p, i) => {
      if (values[i] != null) row[p] = values[i];
    });
  // safe as far as the request looks: props are what the selected fields' resolvers read (the tables
  // above; a field not in a table makes props null, and the row `all`), each value as stored
  return row as T;
}

/** A target's owners read in its parent's statement (a unit's targets), for Target.owners: rows of one request, then garbage. */
export const OWNERS = new WeakMap<TargetRow, Array<Related<OrganizationRow, RelRow<'RESPONSIBLE_FOR'>>>>();
