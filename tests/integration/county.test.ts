/**
 * The county graph on the real Neo4j: the bundled gazette split into three gazettes as a county
 * publishes them (tests/fixtures/county, made by split-seed.mjs), loaded as they arrive, in every
 * order, must give the derived facts of the single file; a second county changes nothing in the
 * first; removing the division of work removes exactly its PORTFOLIO owners; a later 分工 notice
 * applies to documents dated after it; a failure inside the derivation rolls the load back.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ask } from '../../src/ask/index.js';
import { rowsOf } from '../../src/ask/rows.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, runQuery } from '../../src/api/index.js';
import { countyGraph } from '../../src/infer/index.js';
import { relationshipKey, type GraphBatch } from '../../src/model/index.js';
import { ingestFiles } from '../../src/ingest.js';
import {
  type Store,
  deriveJurisdiction,
  derivedChecksum,
  forgetParsedFacts,
  graphChecksum,
  graphCounts,
  loadGazette,
  removeGazettes,
  wipe,
} from '../../src/store/index.js';
import { SEED_FILE, batchOf, openStore, resetGraph } from '../helpers/graph.js';

const COUNTY = resolve(import.meta.dirname, '../fixtures/county');
const file = (name: string) => resolve(COUNTY, `yijinhuoluo-2024-${name}.txt`);
const build = (path: string): GraphBatch => batchOf(path);
const J = '伊金霍洛旗';

let store: Store;
let seed: GraphBatch;
let parts: Record<'plans' | 'division' | 'report', GraphBatch>;
let single: { checksum: string; relationships: number };
let singleZhou: string[];
let statedKeys: Set<string>;

const gql = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<T> => {
  const r = (await runQuery(createApp({ store, production: false }), query, variables)) as {
    data?: T;
    errors?: unknown[];
  };
  expect(r.errors).toBeUndefined();
  return r.data as T;
};
const zhouTargets = async () =>
  (
    await gql<{ person: { targets: Array<{ text: string }> } }>(
      '{ person(name: "周立明") { targets(year: 2024) { text } } }',
    )
  ).person.targets
    .map((t) => t.text)
    .sort();
const basisCounts = async (jurisdiction = J) => {
  const rows = await store.read<{ basis: string; n: number }>(
    'MATCH ()-[r:RESPONSIBLE_FOR {derivedFor: $j}]->() RETURN r.basis AS basis, count(*) AS n ORDER BY basis',
    { j: jurisdiction },
  );
  return Object.fromEntries(rows.map((r) => [r.basis, r.n]));
};

beforeAll(async () => {
  store = await openStore();
  seed = build(SEED_FILE);
  statedKeys = new Set(seed.relationships.map(relationshipKey));
  parts = { plans: build(file('a-plans')), division: build(file('b-division')), report: build(file('c-report')) };
  await resetGraph(store, [seed]);
  single = await derivedChecksum(store, J);
  singleZhou = await zhouTargets();
});
afterAll(() => store.close());

const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

// each test loads whole gazettes several times (six orders: eighteen loads), on a shared machine
const LOADS = 300_000;

describe('one graph per county', () => {
  it(
    'the single gazette derives owners by every basis and report ↔ plan links',
    async () => {
      expect(single.relationships).toBeGreaterThan(100);
      const counts = await basisCounts();
      expect(counts.POLICY).toBeGreaterThan(20);
      expect(counts.PORTFOLIO).toBeGreaterThan(20);
      const [{ links }] = await store.read<{ links: number }>(
        'MATCH ()-[r:IMPLEMENTS {derivedFor: $j}]->() RETURN count(r) AS links',
        { j: J },
      );
      expect(links).toBeGreaterThan(5);
      expect(singleZhou.length).toBeGreaterThan(3);
    },
    LOADS,
  );

  it(
    'what the store derives from what it read back is what the pure derivation gives for the same files',
    async () => {
      await resetGraph(store, [seed]);
      const key = (r: { type: string; from: string; to: string; props: Record<string, unknown> }) =>
        [
          r.type,
          r.from,
          r.to,
          r.props.role ?? '',
          r.props.basis ?? '',
          r.props.confidence ?? '',
          r.props.division ?? '',
        ].join('|');
      const pure = countyGraph([seed])
        .relationships.filter((r) => !statedKeys.has(relationshipKey(r)))
        .map(key)
        .sort();
      const stored = (
        await store.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
          'MATCH (a)-[r]->(b) WHERE r.derivedFor = $j RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
          { j: J },
        )
      )
        .map(key)
        .sort();
      expect(stored.length).toBe(single.relationships);
      expect(stored).toEqual(pure);
    },
    LOADS,
  );

  it(
    'the same documents in three gazettes give the same derived facts in all six orders of arrival',
    async () => {
      const orders = permutations(['plans', 'division', 'report'] as const);
      expect(orders).toHaveLength(6);
      for (const order of orders) {
        await wipe(store);
        for (const name of order) await loadGazette(store, parts[name]);
        expect(await derivedChecksum(store, J), order.join(' → ')).toEqual(single);
        expect(await zhouTargets(), order.join(' → ')).toEqual(singleZhou);
      }
    },
    LOADS,
  );

  it(
    "a load derives the county from its gazettes' stored facts, and that is what the graph itself gives (a graph loaded before facts were stored)",
    async () => {
      await resetGraph(store, [parts.report, seed, parts.division]);
      const storedOf = async () =>
        (
          await store.read<{ gazetteId: string }>(
            'MATCH (f:StatedFacts {jurisdiction: $j}) RETURN f.gazetteId AS gazetteId ORDER BY gazetteId',
            { j: J },
          )
        ).map((f) => f.gazetteId);
      const stored = (await storedOf()).map((gazetteId) => ({ gazetteId }));
      expect(stored.map((f) => f.gazetteId)).toEqual(
        [parts.report, seed, parts.division].map((b) => b.gazetteId).sort(),
      );
      const fromStored = await derivedChecksum(store, J);
      expect(fromStored).toEqual(single);
      // the documents this process parsed when it wrote them, read back from the database, or
      // stored before documents carried a hash (parsed every time): the same layer
      forgetParsedFacts();
      await store.writeTransaction((tx) => deriveJurisdiction(tx, J));
      expect(await derivedChecksum(store, J)).toEqual(fromStored);
      await store.write('MATCH (f:StatedFacts) REMOVE f.hash');
      forgetParsedFacts();
      await store.writeTransaction((tx) => deriveJurisdiction(tx, J));
      expect(await derivedChecksum(store, J)).toEqual(fromStored);
      // without its stored facts, the county is read from the graph: the same layer
      await store.write('MATCH (f:StatedFacts) DELETE f');
      await store.writeTransaction((tx) => deriveJurisdiction(tx, J));
      expect(await derivedChecksum(store, J)).toEqual(fromStored);
      // a gazette removed takes its stored facts with it, and the county is derived without it
      await removeGazettes(store, [seed.gazetteId]);
      await loadGazette(store, parts.plans);
      expect(await storedOf(), 'only parts.plans has stored facts').toEqual([parts.plans.gazetteId]);
      expect(await derivedChecksum(store, J)).toEqual(single);
      await removeGazettes(store, [parts.plans.gazetteId]);
      expect((await store.read<{ n: number }>('MATCH (f:StatedFacts) RETURN count(f) AS n'))[0].n).toBe(0);
    },
    LOADS,
  );

  it(
    'a derivation rewrites only what changed: deriving again keeps every derived relationship, a new gazette rewrites only some',
    async () => {
      const derivedIds = async () =>
        new Map(
          (
            await store.read<{ key: string; id: string }>(
              'MATCH ()-[r]->() WHERE r.derivedFor = $j RETURN r.key AS key, elementId(r) AS id',
              { j: J },
            )
          ).map((r) => [r.key, r.id]),
        );
      await resetGraph(store, [parts.plans, parts.division]);
      const before = await derivedIds();
      expect(before.size).toBeGreaterThan(20);
      const again = await store.writeTransaction((tx) => deriveJurisdiction(tx, J));
      expect({ removed: again.removed, derived: again.derived }).toEqual({ removed: 0, derived: before.size });
      expect(await derivedIds()).toEqual(before);
      // the report links to the plans and gets owners: new relationships, most of the old ones untouched
      const summary = await loadGazette(store, parts.report);
      const after = await derivedIds();
      const untouched = [...before].filter(([k, id]) => after.get(k) === id).length;
      expect(untouched).toBeGreaterThan(before.size / 2);
      expect(after.size).toBeGreaterThan(before.size);
      expect(summary.derived[0].derived).toBe(after.size);
      // and the layer is the one of the single file
      expect(await derivedChecksum(store, J)).toEqual(single);
    },
    LOADS,
  );

  it(
    'a document printed twice (the seed and its split issues together) is one document with both sources, and derives the same',
    async () => {
      await resetGraph(store, [parts.report, seed, parts.plans, parts.division]);
      expect(await derivedChecksum(store, J)).toEqual(single);
      const data = await gql<{ documents: Array<{ title: string; kind: string; gazettes: Array<{ id: string }> }> }>(
        `{ documents(jurisdiction: "${J}") { title kind gazettes { id } } }`,
      );
      const report = data.documents.find((d) => d.kind === 'WORK_REPORT')!;
      expect(report.gazettes.map((g) => g.id).sort()).toEqual([seed.gazetteId, parts.report.gazetteId].sort());
      // its facts are stated by both sources, and quoted once
      const t = await gql<{ targets: { nodes: Array<{ evidence: Array<{ start: number }> }> } }>(
        `{ targets(filter: { jurisdiction: "${J}", text: "新增城镇就业" }) { nodes { evidence { start } } } }`,
      );
      expect(t.targets.nodes.length).toBeGreaterThan(0);
      for (const n of t.targets.nodes) expect(n.evidence).toHaveLength(1);
    },
    LOADS,
  );

  it(
    'a second county loaded beside it changes nothing in the first county, and its units stay its own',
    async () => {
      await resetGraph(store, [seed]);
      const songhe = build(resolve(import.meta.dirname, '../fixtures/gazette/songhe-district.txt'));
      await loadGazette(store, songhe);
      expect(await derivedChecksum(store, J)).toEqual(single);
      const data = await gql<{
        jurisdictions: Array<{ name: string; documents: Array<{ id: string }>; sources: Array<{ id: string }> }>;
      }>('{ jurisdictions { name documents { id } sources { id } } }');
      const names = data.jurisdictions.map((j) => j.name);
      expect(names).toContain(J);
      const other = data.jurisdictions.find((j) => j.name !== J && j.sources.some((s) => s.id === songhe.gazetteId))!;
      expect(other.documents.length).toBeGreaterThan(1);
      const ours = await gql<{ organization: { id: string; jurisdiction: string } | null }>(
        `{ organization(name: "住建局", jurisdiction: "${J}") { id jurisdiction } }`,
      );
      const theirs = await gql<{ organization: { id: string; jurisdiction: string } | null }>(
        `{ organization(name: "住建局", jurisdiction: "${other.name}") { id jurisdiction } }`,
      );
      expect(ours.organization?.jurisdiction).toBe(J);
      expect(theirs.organization?.jurisdiction).toBe(other.name);
      expect(theirs.organization?.id).not.toBe(ours.organization?.id);
      const filtered = await gql<{ targets: { nodes: Array<{ document: { jurisdiction: string } }> } }>(
        `{ targets(filter: { jurisdiction: "${other.name}" }, first: 100) { nodes { document { jurisdiction } } } }`,
      );
      expect(filtered.targets.nodes.length).toBeGreaterThan(0);
      expect(new Set(filtered.targets.nodes.map((t) => t.document.jurisdiction))).toEqual(new Set([other.name]));
    },
    LOADS,
  );

  it(
    'removing the division-of-work gazette removes exactly the PORTFOLIO owners it supported; loading it again restores them',
    async () => {
      await resetGraph(store, [parts.plans, parts.division, parts.report]);
      const before = await basisCounts();
      const nonPortfolio = async () =>
        (
          await store.read<{ k: string }>(
            "MATCH ()-[r {derivedFor: $j}]->() WHERE coalesce(r.basis, '') <> 'PORTFOLIO' AND type(r) <> 'ACCOUNTABLE_FOR' RETURN r.key AS k ORDER BY k",
            { j: J },
          )
        ).map((r) => r.k);
      const kept = await nonPortfolio();
      await removeGazettes(store, [parts.division.gazetteId]);
      const after = await basisCounts();
      expect(after.PORTFOLIO ?? 0).toBe(0);
      // the leaders answerable for targets rested on the division of work too
      const [{ leaders }] = await store.read<{ leaders: number }>(
        'MATCH ()-[r:ACCOUNTABLE_FOR {derivedFor: $j}]->() RETURN count(r) AS leaders',
        { j: J },
      );
      expect(leaders).toBe(0);
      expect(after.POLICY).toBe(before.POLICY);
      expect(await nonPortfolio()).toEqual(kept);
      await loadGazette(store, parts.division);
      expect(await derivedChecksum(store, J)).toEqual(single);
    },
    LOADS,
  );

  it(
    'a later 分工 notice moves a unit: targets of documents dated after it get the new leader, earlier ones keep the old; both with their period',
    async () => {
      await resetGraph(store, [seed, build(file('d-division-adjusted')), build(file('e-employment-notice'))]);
      const owners = async (text: string) =>
        (
          await gql<{
            targets: {
              nodes: Array<{
                text: string;
                owners: Array<{
                  basis: string;
                  note: string | null;
                  division: { issuedOn: string } | null;
                  organization: { name: string };
                }>;
                accountableLeaders: Array<{ name: string }>;
              }>;
            };
          }>(
            'query($t: String) { targets(filter: { status: PLANNED, text: $t }) { nodes { text owners { basis note division { issuedOn } organization { name } } accountableLeaders { name } } } }',
            { t: text },
          )
        ).targets.nodes;
      const employment = await owners('新增城镇就业');
      const early = employment.find((t) => t.text.includes('5000'));
      const late = employment.find((t) => t.text.includes('2500'));
      if (!early || !late) throw new Error(`employment targets: ${JSON.stringify(employment.map((t) => t.text))}`);
      expect(early.owners.find((o) => o.basis === 'PORTFOLIO')?.organization.name).toBe('旗人力资源和社会保障局');
      expect(early.accountableLeaders.map((l) => l.name)).toEqual(['李贵']);
      expect(early.owners.find((o) => o.basis === 'PORTFOLIO')?.division?.issuedOn).toBe('2024-01-25');
      expect(late.owners.find((o) => o.basis === 'PORTFOLIO')?.organization.name).toBe('旗人力资源和社会保障局');
      expect(late.accountableLeaders.map((l) => l.name)).toEqual(['陈小军']);
      expect(late.owners.find((o) => o.basis === 'PORTFOLIO')?.note).toContain('2024-06-01');

      const period = async (name: string) =>
        (
          await gql<{
            person: {
              supervisions: Array<{ organization: { name: string }; since: string | null; until: string | null }>;
            };
          }>('query($n: String!) { person(name: $n) { supervisions { organization { name } since until } } }', {
            n: name,
          })
        ).person.supervisions.find((s) => s.organization.name === '旗人力资源和社会保障局');
      expect(await period('李贵')).toMatchObject({ since: '2024-01-25', until: '2024-06-01' });
      expect(await period('陈小军')).toMatchObject({ since: '2024-06-01', until: null });
      // a leader's areas are those of the latest notice that gives them
      const portfolio = async (name: string) =>
        (
          await gql<{ person: { portfolio: string[] } }>('query($n: String!) { person(name: $n) { portfolio } }', {
            n: name,
          })
        ).person.portfolio;
      expect(await portfolio('李贵')).not.toContain('人社');
      expect(await portfolio('陈小军')).toContain('人社');
      // and a leader's targets (ask) are those they are accountable for under the division in force
      const employmentOf = async (leader: string) =>
        rowsOf((await ask(`${leader}分管单位负责的目标`, { run: (c, p) => store.read(c, p) })).rows)
          .map((r) => String(r.text))
          .filter((t) => t.includes('新增城镇就业'));
      expect((await employmentOf('陈小军')).some((t) => t.includes('2500'))).toBe(true);
      expect((await employmentOf('陈小军')).some((t) => t.includes('5000'))).toBe(false);
      expect((await employmentOf('李贵')).some((t) => t.includes('5000'))).toBe(true);
      expect((await employmentOf('李贵')).some((t) => t.includes('2500'))).toBe(false);
      // a unit the adjustment does not mention stays with its leader
      expect(
        (
          await gql<{ person: { supervises: Array<{ name: string }> } }>(
            '{ person(name: "周立明") { supervises { name } } }',
          )
        ).person.supervises.map((o) => o.name),
      ).toContain('旗住房和城乡建设局');
    },
    LOADS,
  );

  it(
    'a failure inside the derivation leaves the database exactly as before the load',
    async () => {
      await resetGraph(store, [parts.plans, parts.division]);
      const before = { counts: await graphCounts(store), checksum: await graphChecksum(store) };
      await expect(
        loadGazette(store, parts.report, {
          beforeWrite: () => {
            throw new Error('injected failure in the derivation');
          },
        }),
      ).rejects.toThrow('injected failure');
      expect({ counts: await graphCounts(store), checksum: await graphChecksum(store) }).toEqual(before);
    },
    LOADS,
  );

  it(
    'one ingest call is all-or-nothing across its files: a bad second file loads nothing',
    async () => {
      await resetGraph(store, [parts.plans]);
      const before = { counts: await graphCounts(store), checksum: await graphChecksum(store) };
      const empty = join(mkdtempSync(join(tmpdir(), 'county-')), 'empty.txt');
      writeFileSync(empty, '');
      await expect(ingestFiles([file('b-division'), empty], { store })).rejects.toMatchObject({
        code: 'BAD_INPUT_FILE',
      });
      expect({ counts: await graphCounts(store), checksum: await graphChecksum(store) }).toEqual(before);
      // the three files in one call: one transaction, the county derived once
      await wipe(store);
      const summary = await ingestFiles([file('c-report'), file('a-plans'), file('b-division')], { store });
      expect(summary.derived.map((d) => d.jurisdiction)).toEqual([J]);
      expect(await derivedChecksum(store, J)).toEqual(single);
    },
    LOADS,
  );
});
