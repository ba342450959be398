import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { AnswerResolvers } from '../generated/resolvers.js';

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      return null;
  }
}

export const JSON = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});

export const Answer: AnswerResolvers = {
  query: (a) => a.query ?? null,
  rows: (a) => a.rows ?? [],
  citations: (a) => a.citations ?? [],
  family: (a) => a.family ?? null,
  error: (a) => a.error ?? null,
};
