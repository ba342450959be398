import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../src/model/index.js';
import { type Store, graphChecksum, graphCounts, loadGazette, migrate } from '../../src/store/index.js';
import { schemaName } from '../../src/store/migrate.js';
import { migrationStatements } from '../../src/store/queries.js';
import { miniBatch, syntheticBatch } from '../fixtures/mini-batch.js';
import { openStore, resetGraph, seedText } from '../helpers/graph.js';

let store: Store;
let batch: GraphBatch;
const snapshot = async () => ({ counts: await graphCounts(store), checksum: await graphChecksum(store) });

beforeAll(async () => {
  store = await openStore();
  batch = miniBatch(seedText());
});
afterAll(() => store.close());

describe('migrations', () => {
  it('apply twice without error and create the cjk full-text indexes', async () => {
    await migrate(store);
    // a database that has the whole schema is sent nothing
    expect(await migrate(store)).toBe(0);
    const rows = await store.read<{ name: string; analyzer: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(rows.map((r) => r.name).sort()).toEqual(['organization_names', 'section_text', 'target_text', 'task_text']);
    expect(new Set(rows.map((r) => r.analyzer))).toEqual(new Set(['cjk']));
    const constraints = await store.read<{ labels: string[] }>(
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, type WHERE type = 'UNIQUENESS' RETURN labels",
    );
    expect(constraints.flatMap((c) => c.labels).sort()).toEqual([
      'Contact',
      'Document',
      'Gazette',
      'GraphVersion',
      'Group',
      'Organization',
      'Person',
      'Project',
      'Provision',
      'Section',
      'StatedFacts',
      'Target',
      'Task',
    ]);
  });

  it('a database that lacks one index gets that one back, and only it', async () => {
    await store.schema('DROP INDEX target_indicator IF EXISTS');
    expect(await migrate(store)).toBe(1);
    const rows = await store.read<{ n: number }>(
      "SHOW INDEXES YIELD name WHERE name = 'target_indicator' RETURN count(*) AS n",
    );
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('every migration statement names what it creates (else it would be sent at every start)', () => {
    const unnamed = migrationStatements().filter((s) => schemaName(s) === null);
    expect(unnamed).toEqual([]);
    expect(schemaName('CREATE FULLTEXT INDEX a_b IF NOT EXISTS FOR (n:X) ON EACH [n.t]')).toBe('a_b');
    expect(schemaName('CREATE CONSTRAINT c IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE')).toBe('c');
    expect(schemaName('CREATE INDEX FOR (n:X) ON (n.y)')).toBeNull();
  });
});

describe('loadGazette', () => {
  it('loading the same gazette twice changes nothing (counts and checksum)', async () => {
    await resetGraph(store, [batch]);
    const first = await snapshot();
    expect(first.counts.nodes).toBeGreaterThan(0);
    expect(first.counts.relationships).toBeGreaterThan(0);
    const summary = await loadGazette(store, batch);
    expect(summary.droppedRelationships).toBe(0);
    expect(await snapshot()).toEqual(first);
  });

  it('stores evidence as parallel lists whose quotes are verbatim document text', async () => {
    const rows = await store.read<{ text: string; starts: number[]; ends: number[]; quotes: string[] }>(
      'MATCH (t:Target) MATCH (d:Document {id: t.documentId}) RETURN d.text AS text, t.evidenceStarts AS starts, t.evidenceEnds AS ends, t.evidenceQuotes AS quotes',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) r.quotes.forEach((q, i) => expect(r.text.slice(r.starts[i], r.ends[i])).toBe(q));
  });

  it('a failure in the middle of an ingest leaves exactly the previous state', async () => {
    await resetGraph(store, [batch]);
    const before = await snapshot();
    // an edited gazette: one figure changed and one relationship gone
    const edited: GraphBatch = structuredClone(batch);
    const target = edited.nodes.find((n) => n.label === 'Target' && n.props.year === 2024)!;
    (target.props as { value: number }).value = 99;
    edited.relationships = edited.relationships.slice(1);
    await expect(
      loadGazette(store, edited, {
        afterNodes: () => {
          throw new Error('injected failure after the nodes step');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(await snapshot()).toEqual(before);
    // and without the failure the edit does land
    await loadGazette(store, edited);
    expect((await snapshot()).checksum).not.toBe(before.checksum);
  });

  it('an edited gazette replaces its facts; another gazette keeps its own', async () => {
    const other = syntheticBatch(5);
    await resetGraph(store, [batch, other]);
    const otherOnly = async () =>
      store.read<{ n: number }>('MATCH (t:Target) WHERE $g IN t.gazetteIds RETURN count(t) AS n', {
        g: other.gazetteId,
      });
    const otherTargets = (await otherOnly())[0].n;
    // drop a target and its relationship from the batch, as if the gazette were corrected
    const dropped = batch.nodes.find((n) => n.label === 'Target' && n.props.year === 2024)!;
    const edited: GraphBatch = structuredClone({
      ...batch,
      nodes: batch.nodes.filter((n) => n !== dropped),
      relationships: batch.relationships.filter((r) => r.to !== dropped.props.id && r.from !== dropped.props.id),
    });
    // and a property that the edit no longer states (a unit dropped) must not survive
    const changed = edited.nodes.find((n) => n.label === 'Target' && n.props.unit !== null)!;
    (changed.props as { unit: string | null }).unit = null;
    await loadGazette(store, edited);
    const left = await store.read<{ n: number }>('MATCH (t:Target {id: $id}) RETURN count(t) AS n', {
      id: dropped.props.id,
    });
    expect(left[0].n).toBe(0);
    const unit = await store.read<{ unit: string | null }>('MATCH (t:Target {id: $id}) RETURN t.unit AS unit', {
      id: changed.props.id,
    });
    expect(unit).toEqual([{ unit: null }]);
    expect((await otherOnly())[0].n).toBe(otherTargets);
    // loading the original again restores the same content as a fresh load of both
    await loadGazette(store, batch);
    const restored = await snapshot();
    await resetGraph(store, [batch, other]);
    expect(await snapshot()).toEqual(restored);
  });

  it('a relationship may end at a node another gazette states; one to a node the graph lacks is dropped and counted', async () => {
    await resetGraph(store, [batch]);
    const cited = batch.nodes.find((n) => n.label === 'Document')!.props.id;
    const other = structuredClone(syntheticBatch(3));
    const citing = other.nodes.find((n) => n.label === 'Document')!.props.id;
    const missing = `${cited.slice(0, 4)}not-in-the-graph`;
    other.relationships.push(
      { type: 'CITES', from: citing, to: cited, props: {}, evidence: [] },
      { type: 'CITES', from: citing, to: missing, props: {}, evidence: [] },
    );
    const summary = await loadGazette(store, other);
    expect(summary.droppedRelationships).toBe(1);
    const rows = await store.read<{ n: number }>(
      'MATCH (:Document {id: $citing})-[c:CITES]->(d:Document) RETURN count(c) AS n, collect(d.id) AS ids',
      { citing },
    );
    expect(rows).toEqual([{ n: 1, ids: [cited] }]);
  });

  it('a shared organisation keeps the other gazette’s evidence when one gazette is reloaded', async () => {
    const a = miniBatch(seedText());
    const b = miniBatch(seedText(), { salt: 'reissue' });
    await resetGraph(store, [a, b]);
    const owners = await store.read<{ g: string[] }>(
      "MATCH (o:Organization {name: '旗住房和城乡建设局'}) RETURN o.gazetteIds AS g",
    );
    expect(owners[0].g.sort()).toEqual([a.gazetteId, b.gazetteId].sort());
    const both = await snapshot();
    await loadGazette(store, a);
    expect(await snapshot()).toEqual(both);
  });
});
