import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, runQuery } from '../../src/api/index.js';
import { type IngestProgress, ingestFiles } from '../../src/ingest.js';
import { type Store, graphChecksum, graphCounts, wipe } from '../../src/store/index.js';
import { SEED_FILE, openStore } from '../helpers/graph.js';

let store: Store;
beforeAll(async () => {
  store = await openStore();
  await wipe(store);
});
afterAll(() => store.close());

describe('ingestFiles', () => {
  it('ingests the seed with progress, and a second ingest changes nothing', async () => {
    const progress: IngestProgress[] = [];
    const first = await ingestFiles([SEED_FILE], { store, onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.phase)).toEqual(['extract', 'load', 'done']);
    expect(first.documents).toBeGreaterThanOrEqual(10);
    expect(first.nodes).toBeGreaterThan(100);
    expect(first.relationships).toBeGreaterThan(100);
    expect(first.droppedRelationships).toBe(0);
    expect(first.ms).toBeGreaterThan(0);
    const counts = await graphCounts(store);
    const checksum = await graphChecksum(store);
    const second = await ingestFiles([SEED_FILE], { store });
    // the second load recomputes the county (and removes the layer it replaces): counts only
    const layer = (s: typeof first) =>
      s.derived.map((d) => ({ jurisdiction: d.jurisdiction, derived: d.derived, nodes: d.nodes }));
    expect(layer(second)).toEqual(layer(first));
    expect({ ...second, ms: 0, gazettes: [], derived: [] }).toEqual({ ...first, ms: 0, gazettes: [], derived: [] });
    expect(await graphCounts(store)).toEqual(counts);
    expect(await graphChecksum(store)).toBe(checksum);
  });

  it('other reports (the shared corpus) ingest with every relationship attached, idempotently', async () => {
    const dir = resolve(SEED_FILE, '../../../tests/fixtures/corpus');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f));
    expect(files.length).toBeGreaterThan(0);
    const first = await ingestFiles([SEED_FILE, ...files], { store });
    expect(first.gazettes).toHaveLength(files.length + 1);
    expect(first.droppedRelationships).toBe(0);
    const checksum = await graphChecksum(store);
    await ingestFiles([SEED_FILE, ...files], { store });
    expect(await graphChecksum(store)).toBe(checksum);
  }, 300_000);

  it('a PDF keeps the page of every quote, through the store and the API', async () => {
    await wipe(store);
    await ingestFiles([resolve(import.meta.dirname, '../fixtures/formats/report-two-columns.pdf')], { store });
    const r = (await runQuery(
      createApp({ store, production: false }),
      '{ targets(first: 50) { nodes { text evidence { quote page } } } }',
    )) as { data?: { targets: { nodes: Array<{ evidence: Array<{ page: number | null }> }> } }; errors?: unknown };
    expect(r.errors).toBeUndefined();
    const pages = r.data!.targets.nodes.flatMap((t) => t.evidence.map((e) => e.page));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((p) => typeof p === 'number' && p >= 1)).toBe(true);
    // a text file has no pages
    await ingestFiles([SEED_FILE], { store });
    const t = (await runQuery(
      createApp({ store, production: false }),
      '{ targets(filter: { text: "新增城镇就业" }) { nodes { evidence { page } } } }',
    )) as { data?: { targets: { nodes: Array<{ evidence: Array<{ page: number | null }> }> } } };
    expect(t.data!.targets.nodes.flatMap((n) => n.evidence.map((e) => e.page))).toContain(null);
  }, 300_000);

  it('a missing file fails with BAD_INPUT_FILE and leaves the graph as it was', async () => {
    const checksum = await graphChecksum(store);
    await expect(ingestFiles(['/nonexistent/gazette.txt'], { store })).rejects.toMatchObject({
      code: 'BAD_INPUT_FILE',
    });
    expect(await graphChecksum(store)).toBe(checksum);
  });
});
