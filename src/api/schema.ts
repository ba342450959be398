import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';
import { PACKAGE_ROOT } from '../paths.js';

const SCHEMA_DIR = join(PACKAGE_ROOT, 'schema');

/** The SDL of schema/*.graphql, in file-name order. */
function typeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
}

let cached: GraphQLSchema | undefined;
export function buildSchema(): GraphQLSchema {
  cached ??= makeExecutableSchema({ typeDefs: typeDefs(), resolvers });
  return cached;
}
