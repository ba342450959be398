/**
 * The public GraphQL contract (DESIGN.md: "add freely, rename never") held as a checked-in
 * snapshot. A removed, renamed or retyped type, field, argument or enum value fails here with
 * graphql-js's own list of breaking changes; an addition only asks for the snapshot to be updated:
 *
 *   UPDATE_SNAPSHOTS=1 npm run test:unit -- tests/unit/graphql-schema.test.ts
 *
 * A breaking change on purpose (after agreeing it with the clients) needs UPDATE_SNAPSHOTS=breaking.
 * The snapshot is printed sorted and without descriptions, so moving a type between schema files
 * or rewording its documentation needs no update.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema as buildFromSdl,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  visit,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const SNAPSHOT = 'tests/fixtures/graphql/schema.snapshot.graphql';
const UPDATE = process.env.UPDATE_SNAPSHOTS;
const HOW = `UPDATE_SNAPSHOTS=1 npm run test:unit -- tests/unit/graphql-schema.test.ts`;

/** SDL of a schema, sorted, descriptions dropped: the names and types clients depend on. */
function contractSdl(schema: GraphQLSchema): string {
  const doc = visit(parse(printSchema(lexicographicSortSchema(schema))), {
    enter(node) {
      if ('description' in node && node.description) return { ...node, description: undefined };
      return undefined;
    },
  });
  return `${print(doc)}\n`;
}

/** What `next` has that `prev` has not: types, fields, arguments, enum values, union members. */
function additions(prev: GraphQLSchema, next: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const [name, type] of Object.entries(next.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const old = prev.getType(name);
    if (!old) {
      out.push(`type ${name}`);
      continue;
    }
    if (
      (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) &&
      (isObjectType(old) || isInterfaceType(old) || isInputObjectType(old))
    ) {
      const oldFields = old.getFields();
      for (const [f, field] of Object.entries(type.getFields())) {
        const was = oldFields[f];
        if (!was) {
          out.push(`field ${name}.${f}`);
          continue;
        }
        if ('args' in field && 'args' in was) {
          for (const a of field.args)
            if (!was.args.some((b) => b.name === a.name)) out.push(`argument ${name}.${f}(${a.name})`);
        }
      }
    }
    if (isEnumType(type) && isEnumType(old)) {
      for (const v of type.getValues()) if (!old.getValue(v.name)) out.push(`enum value ${name}.${v.name}`);
    }
    if (isUnionType(type) && isUnionType(old)) {
      for (const t of type.getTypes())
        if (!old.getTypes().some((o) => o.name === t.name)) out.push(`union member ${name} | ${t.name}`);
    }
  }
  return out;
}

/**
 * The schema of schema/*.graphql, read as src/api/schema.ts reads it (file-name order). Built here
 * with this module's graphql rather than taken from buildSchema(): @graphql-tools loads graphql's
 * CommonJS build and vitest its ES build, and graphql refuses a schema from the other copy.
 */
function servedSchema(): GraphQLSchema {
  const dir = 'schema';
  const sdl = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return buildFromSdl(sdl.join('\n'));
}

describe('GraphQL schema contract', () => {
  const current = servedSchema();
  const sdl = contractSdl(current);

  it(`matches ${SNAPSHOT}: nothing removed, renamed or retyped`, () => {
    if (!existsSync(SNAPSHOT)) {
      if (!UPDATE) throw new Error(`${SNAPSHOT} is missing: create it with ${HOW}`);
      writeFileSync(SNAPSHOT, sdl);
      return;
    }
    const text = readFileSync(SNAPSHOT, 'utf8');
    const snapshot = buildFromSdl(text);
    const breaking = findBreakingChanges(snapshot, current);
    // a changed default value or an added enum value can break a client too: graphql-js calls these dangerous
    const changedDefaults = findDangerousChanges(snapshot, current).filter(
      (c) => c.type === 'ARG_DEFAULT_VALUE_CHANGE',
    );
    const broken = [...breaking, ...changedDefaults].map((c) => `  ${c.type}: ${c.description}`);
    const added = additions(snapshot, current);
    if (broken.length && UPDATE !== 'breaking') {
      throw new Error(
        `the public GraphQL contract changed (DESIGN.md: add freely, rename never):\n${broken.join('\n')}\n` +
          `Keep the old name beside the new one (mark it @deprecated), or, if every client agreed, ` +
          `UPDATE_SNAPSHOTS=breaking npm run test:unit -- tests/unit/graphql-schema.test.ts`,
      );
    }
    if (text !== sdl) {
      if (UPDATE) {
        writeFileSync(SNAPSHOT, sdl);
        if (added.length) console.info(`${SNAPSHOT} updated; added:\n  ${added.join('\n  ')}`);
        return;
      }
      throw new Error(
        `the GraphQL schema has additions or other non-breaking changes not in ${SNAPSHOT}` +
          `${added.length ? `:\n  ${added.join('\n  ')}` : ' (see the diff below)'}\nUpdate the snapshot with ${HOW}`,
      );
    }
    expect(text).toBe(sdl);
  });

  it('catches a renamed field and lists an added one', () => {
    const base = buildFromSdl(
      'type Query { targets(first: Int = 50): [String!]! organization(name: String!): String }',
    );
    const renamed = buildFromSdl(
      'type Query { targetList(first: Int = 50): [String!]! organization(name: String!): String }',
    );
    const grown = buildFromSdl(
      'type Query { targets(first: Int = 50, after: String): [String!]! organization(name: String!): String person: String }',
    );
    const defaults = buildFromSdl(
      'type Query { targets(first: Int = 10): [String!]! organization(name: String!): String }',
    );
    expect(findBreakingChanges(base, renamed).map((c) => c.type)).toEqual(['FIELD_REMOVED']);
    expect(findBreakingChanges(base, grown)).toEqual([]);
    expect(additions(base, grown)).toEqual(['argument Query.targets(after)', 'field Query.person']);
    expect(findDangerousChanges(base, defaults).map((c) => c.type)).toEqual(['ARG_DEFAULT_VALUE_CHANGE']);
  });
});
