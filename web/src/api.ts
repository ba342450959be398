/** The console reads only the public GraphQL API, on the same origin. */
export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

const TOKEN_KEY = 'report-graph-token';

/** POST /graphql; when the server has an API_TOKEN, ask for it once a session and send it. */
async function post(body: string, retry = true): Promise<Response> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  if (res.status === 401 && retry) {
    const given = window.prompt('这个服务需要访问令牌（API_TOKEN），请输入：');
    if (given) {
      sessionStorage.setItem(TOKEN_KEY, given.trim());
      return post(body, false);
    }
  }
  return res;
}

export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await post(JSON.stringify({ query, variables }));
  let body: { data?: T; errors?: GqlError[] };
  try {
    body = await res.json();
  } catch {
    throw new Error(`服务器返回 ${res.status}`);
  }
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('；'));
  if (!body.data) throw new Error(`服务器返回 ${res.status}`);
  return body.data;
}

/** Whether an argument/field exists, found by asking (works with introspection off). */
const probes = new Map<string, Promise<boolean>>();
export function supports(query: string): Promise<boolean> {
  let p = probes.get(query);
  if (!p) {
    p = post(JSON.stringify({ query })).then(
      async (r) => !(await r.json()).errors?.length,
      () => false,
    );
    probes.set(query, p);
  }
  return p;
}

export interface DocRef {
  id: string;
  title: string;
  docNumber?: string | null;
}
export interface Evidence {
  start: number;
  end: number;
  quote: string;
  sectionPath?: string[];
  document: DocRef;
}
export interface OrgRef {
  name: string;
}
export interface Owner {
  role: 'LEAD' | 'SUPPORT';
  basis: string;
  confidence: number | null;
  organization: OrgRef;
  evidence: Evidence[];
}
export interface Target {
  id: string;
  text: string;
  metric: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  modifier: string | null;
  measure: string;
  year: number | null;
  status: string;
  scope?: string | null;
  document: DocRef;
  evidence: Evidence[];
  owners: Owner[];
  accountableLeaders: OrgRef[];
  task?: { id: string; title: string } | null;
  indicator?: IndicatorRef | null;
  outcome?: Outcome | null;
}
export interface IndicatorRef {
  code: string;
  name: string;
}
export type OutcomeStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';
/** whether a PLANNED target was met; null when no result for its year is loaded */
export interface Outcome {
  status: OutcomeStatus;
  explanation: string;
  preliminary: boolean;
  achieved: { text: string };
}

export const EVIDENCE = 'start end quote sectionPath document { id title docNumber }';
export const TARGET_FIELDS = `id text metric value valueMax unit modifier measure year status scope
  document { id title docNumber }
  evidence { ${EVIDENCE} }
  owners { role basis confidence organization { name } evidence { ${EVIDENCE} } }
  accountableLeaders { name }
  task { id title }`;
/** the targets table and its export: no owner evidence (keeps a page of 100 under the cost limit) */
export const TARGET_ROW = `id text metric value valueMax unit modifier measure year status scope
  document { id title docNumber }
  evidence { start end quote document { id } }
  owners { role basis confidence organization { name } }
  accountableLeaders { name }
  task { id title }
  indicator { code name }
  outcome { status explanation preliminary achieved { text } }`;

/** The jurisdictions and indicators for the targets filter, fetched once; an empty list when the server has none. */
let facets: Promise<{ jurisdictions: string[]; indicators: IndicatorRef[] }> | undefined;
export function targetFacets() {
  facets ??= Promise.all([
    gql<{ jurisdictions: Array<{ name: string }> }>('{ jurisdictions { name } }').then(
      (r) => r.jurisdictions.map((j) => j.name),
      () => [],
    ),
    gql<{ indicators: IndicatorRef[] }>('{ indicators { code name } }').then(
      (r) => r.indicators,
      () => [],
    ),
  ]).then(([jurisdictions, indicators]) => ({ jurisdictions, indicators }));
  return facets;
}

/** Lists for the search boxes, fetched once. */
let names:
  | Promise<{
      organizations: Array<{ name: string; aliases: string[] }>;
      people: Array<{ name: string }>;
      documents: Array<DocRef & { kind: string; issuedOn: string | null }>;
    }>
  | undefined;
export function directory() {
  names ??= gql('{ organizations { name aliases } people { name } documents { id title docNumber kind issuedOn } }');
  return names;
}
