/**
 * The peer: the bench's three operations through @neo4j/graphql (a bench-only devDependency) over
 * the same graph, so our API is measured against the library that compiles a whole selection into
 * one Cypher statement. The type definitions cover only what the operations read.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Organization
    @node
    @fulltext(indexes: [{ indexName: "organization_names", fields: ["name"], queryName: "organizationsByName" }]) {
    id: ID!
    name: String!
    aliases: [String!]
    evidenceQuotes: [String!]
    evidenceStarts: [Int!]
    evidenceEnds: [Int!]
    evidenceDocumentIds: [String!]
    targets: [Target!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "Responsibility")
    document: Document
      @cypher(statement: "MATCH (d:Document {id: this.evidenceDocumentIds[0]}) RETURN d", columnName: "d")
  }
  type Responsibility @relationshipProperties {
    role: String!
    basis: String
    evidenceQuotes: [String!]
  }
  type Person @node {
    id: ID!
    name: String!
    supervises: [Organization!]! @relationship(type: "SUPERVISES", direction: OUT)
  }
  type Target @node @fulltext(indexes: [{ indexName: "target_text", fields: ["text"], queryName: "targetsByText" }]) {
    id: ID!
    text: String!
    value: Float
    unit: String
    year: Int
    evidenceQuotes: [String!]
    evidenceStarts: [Int!]
    evidenceEnds: [Int!]
    owners: [Organization!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "Responsibility")
    document: Document
      @cypher(statement: "MATCH (d:Document {id: this.evidenceDocumentIds[0]}) RETURN d", columnName: "d")
  }
  type Task
    @node
    @fulltext(indexes: [{ indexName: "task_text", fields: ["title", "text"], queryName: "tasksByText" }]) {
    id: ID!
    title: String
    text: String
    evidenceQuotes: [String!]
    evidenceStarts: [Int!]
    evidenceEnds: [Int!]
    document: Document
      @cypher(statement: "MATCH (d:Document {id: this.evidenceDocumentIds[0]}) RETURN d", columnName: "d")
  }
  type Section
    @node
    @fulltext(indexes: [{ indexName: "section_text", fields: ["text"], queryName: "sectionsByText" }]) {
    id: ID!
    text: String
    start: Int
    end: Int
    "the section's own slice of its document's text, which the passage quote is cut from"
    source: String
      @cypher(
        statement: "MATCH (d:Document {id: this.documentId}) RETURN substring(d.text, this.start, this.end - this.start) AS s"
        columnName: "s"
      )
    document: Document @cypher(statement: "MATCH (d:Document {id: this.documentId}) RETURN d", columnName: "d")
  }
  type Document @node {
    id: ID!
    title: String
  }
`;

/**
 * The three operations in the peer's dialect: the same fields as ours, in its shapes, and the same
 * choice among equals: with 100 counties a name matches a unit or a person in each, and full-text
 * hits tie, so each sort is pinned as ours is (the lowest id; score, then id).
 */
const BEST = '[{ score: DESC }, { node: { id: ASC } }]';
export const PEER_OPERATIONS: string[] = [
  `{ organizations(where: { aliases: { includes: "住建局" } }, limit: 1, sort: [{ id: ASC }]) { name targets(where: { year: { eq: 2024 } }) {
      text value unit evidenceQuotes evidenceStarts evidenceEnds
      ownersConnection { edges { properties { role basis evidenceQuotes } node { name } } } } } }`,
  `{ people(where: { name: { eq: "周立明" } }, limit: 1, sort: [{ id: ASC }]) { name supervises { name targets(where: { year: { eq: 2024 } }) { text evidenceQuotes } } } }`,
  `{ s: sectionsByText(phrase: "老旧小区改造", first: 10, sort: ${BEST}) { edges { score node { id start end source document { title } } } }
     t: targetsByText(phrase: "老旧小区改造", first: 10, sort: ${BEST}) { edges { score node { id evidenceQuotes evidenceStarts evidenceEnds document { title } } } }
     k: tasksByText(phrase: "老旧小区改造", first: 10, sort: ${BEST}) { edges { score node { id evidenceQuotes evidenceStarts evidenceEnds document { title } } } }
     o: organizationsByName(phrase: "老旧小区改造", first: 10, sort: ${BEST}) { edges { score node { id evidenceQuotes evidenceStarts evidenceEnds document { title } } } } }`,
];

export function peerSchema(driver: Driver, database: string) {
  return new Neo4jGraphQL({ typeDefs, driver })
    .getSchema()
    .then((schema) => ({ schema, context: { executionContext: driver, sessionConfig: { database } } }));
}
