/**
 * The derived layer's relationship types are listed once in the model (DerivedRelTypes) and named
 * again by three Cypher files that cannot take a type as a parameter: this keeps them in step, so a
 * new derived type cannot be written without being replaced and indexed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DerivedRelTypes } from '../../src/model/index.js';

const read = (f: string) => readFileSync(new URL(`../../queries/${f}`, import.meta.url), 'utf8');

describe('the derived layer', () => {
  it.each(DerivedRelTypes)('%s is removed whole, checksummed and indexed by derivedFor', (type) => {
    expect(read('derive/remove-derived.cypher')).toMatch(
      new RegExp(`\\[r:${type} \\{derivedFor: \\$jurisdiction\\}\\]`),
    );
    expect(read('load/derived-relationships.cypher')).toMatch(new RegExp(`\\[r:${type}\\]`));
    expect(read('migrations/004_county.cypher')).toMatch(
      new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.derivedFor\\)`),
    );
  });

  it('names no type the model does not derive', () => {
    const named = [...read('derive/remove-derived.cypher').matchAll(/\[r:([A-Z_]+) /g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(DerivedRelTypes));
  });
});
