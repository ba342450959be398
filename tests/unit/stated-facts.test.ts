/**
 * What a load stores of each gazette for the county derivation (src/store/county.ts
 * factsByJurisdiction): for every jurisdiction a gazette states facts of, its part of that
 * jurisdiction's slice. The derivation from the parts must be the derivation from the batches
 * themselves, and a jurisdiction the gazette only cites gets no more than what it cites.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveCounty, jurisdictionSlice, mergeStated } from '../../src/infer/index.js';
import { type GraphBatch, relationshipKey, withDefaults } from '../../src/model/index.js';
import { factsByJurisdiction } from '../../src/store/county.js';
import { SEED_FILE, batchOf } from '../helpers/graph.js';

const COUNTY = resolve(import.meta.dirname, '../fixtures/county');
const J = '伊金霍洛旗';

/** A jurisdiction's slice as the store reads it back: its parts of the gazettes, merged. */
function fromParts(batches: GraphBatch[], jurisdiction: string): GraphBatch {
  const parts = batches.flatMap((b) =>
    factsByJurisdiction(b).filter((p) => p.jurisdiction === jurisdiction && p.json !== null),
  );
  const merged = mergeStated(parts.map((p) => JSON.parse(p.json!) as GraphBatch));
  return jurisdictionSlice({ ...merged, nodes: merged.nodes.map(withDefaults) }, jurisdiction);
}

const layerOf = (slice: GraphBatch, jurisdiction: string) =>
  deriveCounty(jurisdiction, slice)
    .relationships.map((r) => `${relationshipKey(r)} ${JSON.stringify(r.props)} ${JSON.stringify(r.evidence)}`)
    .sort();

describe('stored facts', () => {
  const seed = batchOf(SEED_FILE);

  it('a gazette stores a part for each jurisdiction it states facts of, and the mark that its facts are stored', () => {
    const parts = factsByJurisdiction(seed);
    expect(parts.at(-1)).toEqual({ jurisdiction: '', json: null, hash: null });
    expect(parts.map((p) => p.jurisdiction)).toContain(J);
  });

  it('the county derived from its parts is the county derived from the gazette', () => {
    const whole = jurisdictionSlice(mergeStated([seed]), J);
    const stored = fromParts([seed], J);
    expect(stored.nodes.map((n) => n.props.id)).toEqual(whole.nodes.map((n) => n.props.id));
    expect(stored.relationships.map(relationshipKey)).toEqual(whole.relationships.map(relationshipKey));
    const layer = layerOf(stored, J);
    expect(layer.length).toBeGreaterThan(100);
    expect(layer).toEqual(layerOf(whole, J));
  });

  it('across three gazettes of the county, in any order, the parts derive what the gazettes derive', () => {
    const batches = ['a-plans', 'b-division', 'c-report'].map((n) =>
      batchOf(resolve(COUNTY, `yijinhuoluo-2024-${n}.txt`)),
    );
    const expected = layerOf(jurisdictionSlice(mergeStated(batches), J), J);
    expect(layerOf(fromParts(batches, J), J)).toEqual(expected);
    expect(layerOf(fromParts([...batches].reverse(), J), J)).toEqual(expected);
  });

  it('a jurisdiction the gazette only cites gets its citations, not the gazette', () => {
    const parts = factsByJurisdiction(seed).filter((p) => p.json !== null);
    const own = parts.find((p) => p.jurisdiction === J)!;
    const others = parts.filter((p) => p.jurisdiction !== J);
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p.json!.length, p.jurisdiction).toBeLessThan(own.json!.length / 10);
  });
});
