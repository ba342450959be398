import { describe, expect, it } from 'vitest';
import { forceLimit, guardCypher } from '../../src/ask/guard.js';
import { AppError } from '../../src/errors.js';

const rejected = (q: string) => {
  try {
    guardCypher(q);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('QUERY_REJECTED');
    return (e as AppError).message;
  }
  throw new Error(`accepted: ${q}`);
};

describe('guardCypher', () => {
  it('accepts read queries and forces a LIMIT', () => {
    expect(guardCypher('MATCH (p:Person)-[:SUPERVISES]->(o) RETURN p.name, o.name').cypher).toMatch(/LIMIT 50$/);
    expect(guardCypher('MATCH (t:Target) WHERE t.year = 2024 RETURN t LIMIT 10;').cypher).toMatch(/LIMIT 10$/);
    expect(guardCypher('MATCH (t:Target) RETURN t LIMIT 100000').cypher).toMatch(/LIMIT 50$/);
    expect(
      guardCypher("CALL db.index.fulltext.queryNodes('section_text', '取暖') YIELD node, score RETURN node.text, score")
        .cypher,
    ).toContain('queryNodes');
    expect(guardCypher('```cypher\nMATCH (n:Organization) WITH n ORDER BY n.name RETURN n.name\n```').cypher).toMatch(
      /^MATCH/,
    );
    // writing words inside string literals are data, not clauses
    expect(guardCypher("MATCH (t:Task) WHERE t.title CONTAINS 'DELETE; CREATE' RETURN t.title").cypher).toContain(
      "'DELETE; CREATE'",
    );
  });

  it.each([
    ['MATCH (n) DETACH DELETE n'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['CALL { CREATE (n:Person {name: "x"}) } RETURN 1'],
    ['CALL () { MATCH (n) DELETE n } RETURN 1'],
    ['MATCH (n) RETURN n; MATCH (n) DETACH DELETE n'],
    ['MATCH (n) RETURN count(n); CREATE (m:X)'],
    ['ＭＡＴＣＨ (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n'],
    ['MATCH (n) ＳＥＴ n.name = "x" RETURN n'],
    ['MERGE (n:Organization {name: "x"}) RETURN n'],
    ['MATCH (n:Person) SET n.name = "x" RETURN n'],
    ['MATCH (n:Person) REMOVE n.name RETURN n'],
    ['MATCH (n) FOREACH (x IN [1] | CREATE (:Y)) RETURN n'],
    ['USE system MATCH (n) RETURN n'],
    ['CALL dbms.components() YIELD name RETURN name'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {}) YIELD batches RETURN batches'],
    ['CREATE INDEX x FOR (n:Person) ON (n.name)'],
    ['SHOW USERS'],
    ['SHOW SETTINGS'],
    ['SHOW TRANSACTIONS'],
    ['SHOW DATABASES'],
    ['SHOW PROCEDURES YIELD name RETURN name'],
    ['SHOW SETTINGS YIELD name, value WHERE name STARTS WITH "dbms" RETURN name, value'],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"'],
    ['CALL dbms.listConfig() YIELD name RETURN name'],
    ['CALL db.info() YIELD name RETURN name'],
    [`MATCH (n) RETURN n // ${'x'.repeat(20000)}`],
    ['DROP DATABASE neo4j'],
    ['MATCH (n) RETURN n UNION MATCH (m) RETURN m'],
    ['MATCH (n) WITH n CALL { WITH n DETACH DELETE n } RETURN 1'],
    [''],
  ])('rejects %s', (q) => {
    rejected(q);
  });

  it('normalises full-width text before checking (NFKC)', () => {
    expect(rejected('ＭＡＴＣＨ (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n')).toMatch(/DELETE|not allowed/);
    expect(guardCypher('ＭＡＴＣＨ (n:Person) ＲＥＴＵＲＮ n.name').cypher).toMatch(
      /^MATCH \(n:Person\) RETURN n\.name/,
    );
  });

  it('forceLimit adds or lowers a trailing LIMIT only', () => {
    expect(forceLimit('MATCH (n) RETURN n', 5)).toBe('MATCH (n) RETURN n\nLIMIT 5');
    expect(forceLimit('MATCH (n) RETURN n LIMIT 3', 5)).toBe('MATCH (n) RETURN n LIMIT 3');
    expect(forceLimit('MATCH (n) RETURN n LIMIT $x', 5)).toBe('MATCH (n) RETURN n LIMIT 5');
  });
});
