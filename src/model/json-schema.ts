import { zodToJsonSchema } from 'zod-to-json-schema';
import { GraphBatchSchema } from './batch.js';

/** The GraphBatch contract as JSON Schema, for tools outside TypeScript (kept in schema/). */
export function graphBatchJsonSchema(): object {
  return zodToJsonSchema(GraphBatchSchema, { name: 'GraphBatch', $refStrategy: 'none' });
}
