import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'));

  it('runs Neo4j 5.26 community with a healthcheck, a volume and a transaction timeout', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes[0]).toMatch(/:\/data$/);
    expect(neo4j.ports).toContain('127.0.0.1:${NEO4J_PORT:-7687}:7687');
    expect(neo4j.environment.NEO4J_db_transaction_timeout).toBe('30s');
  });

  it('builds the app from the Dockerfile, after Neo4j is healthy, serving on 4000', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.ports).toContain('127.0.0.1:4000:4000');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(readFileSync('Dockerfile', 'utf8')).toMatch(/EXPOSE 4000/);
  });
});
