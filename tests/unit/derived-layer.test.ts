/**
 * The derived layer's relationship types are listed once in the model (DerivedRelTypes) and named
 * again by four Cypher files that cannot take a type as a parameter: this keeps them in step, so a
 * new derived type cannot be written without being replaced and indexed. A derivation rewrites only
 * the relationships whose hash changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DerivedRelTypes } from '../../src/model/index.js';
import { unchangedKeys } from '../../src/store/county.js';

const read = (f: string) => readFileSync(new URL(`../../queries/${f}`, import.meta.url), 'utf8');

describe('the derived layer', () => {
  it.each(DerivedRelTypes)('%s is replaced, read with its hash, checksummed and indexed by derivedFor', (type) => {
    expect(read('derive/remove-derived.cypher')).toMatch(
      new RegExp(`\\[r:${type} \\{derivedFor: \\$jurisdiction\\}\\]`),
    );
    expect(read('derive/derived-hashes.cypher')).toMatch(
      new RegExp(`\\[r:${type} \\{derivedFor: \\$jurisdiction\\}\\]`),
    );
    expect(read('load/derived-relationships.cypher')).toMatch(new RegExp(`\\[r:${type}\\]`));
    expect(read('migrations/004_county.cypher')).toMatch(
      new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.derivedFor\\)`),
    );
  });

  it('names no type the model does not derive', () => {
    for (const f of ['derive/remove-derived.cypher', 'derive/derived-hashes.cypher']) {
      const named = [...read(f).matchAll(/\[r:([A-Z_]+) /g)].map((m) => m[1]);
      expect(new Set(named), f).toEqual(new Set(DerivedRelTypes));
    }
  });

  describe('what a derivation leaves as it is (unchangedKeys)', () => {
    const h = (key: string, hash: string) => ({ key, hash });
    const unhashed = (key: string) => ({ key, hash: null });
    it('keeps a key held once with the same hash and stated once', () => {
      expect(unchangedKeys([h('a', '1'), h('b', '2'), h('c', '3')], [h('a', '1'), h('b', 'x'), h('d', '4')])).toEqual(
        new Set(['a']),
      );
    });
    it('rewrites a key held without a hash (written before hashes), held twice, or stated twice', () => {
      expect(unchangedKeys([h('a', '1')], [unhashed('a')])).toEqual(new Set());
      expect(unchangedKeys([h('a', '1')], [h('a', '1'), h('a', '1')])).toEqual(new Set());
      expect(unchangedKeys([h('a', '1'), h('a', '1')], [h('a', '1')])).toEqual(new Set());
    });
  });
});
