import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphBatchJsonSchema } from '../../src/model/json-schema.js';

describe('schema/graph-batch.schema.json', () => {
  it('is the current GraphBatch contract (regenerate with `npx report-graph schema > schema/graph-batch.schema.json`)', () => {
    const committed = JSON.parse(readFileSync('schema/graph-batch.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(graphBatchJsonSchema())));
  });

  it('describes every node label and relationship type', () => {
    const text = JSON.stringify(graphBatchJsonSchema());
    for (const word of ['Target', 'Organization', 'RESPONSIBLE_FOR', 'IMPLEMENTS', 'evidence', 'quote'])
      expect(text).toContain(word);
  });
});
