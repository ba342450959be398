/**
 * The image's properties, read from the files (no Docker engine here): multi-stage build of dist/,
 * a non-root user, node as PID 1, a HEALTHCHECK on /ready, and separate data per compose project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dockerfile = readFileSync('Dockerfile', 'utf8');
/** instructions, continuation lines joined, comments dropped */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const stages = instructions.reduce<string[][]>(
  (acc, l) => (l.startsWith('FROM ') ? [...acc, [l]] : (acc.at(-1)!.push(l), acc)),
  [],
);

describe('Dockerfile', () => {
  it('builds in one stage and runs compiled JavaScript from another, without dev dependencies', () => {
    expect(stages).toHaveLength(2);
    const [build, run] = stages;
    expect(build[0]).toMatch(/^FROM node:20\S* AS build$/);
    expect(build.some((l) => /RUN npm ci(?!.*--omit=dev)/.test(l))).toBe(true);
    expect(build.some((l) => /RUN .*npm run build\b/.test(l))).toBe(true);
    expect(run.some((l) => /^RUN npm ci .*--omit=dev/.test(l))).toBe(true);
    expect(run).toContain('COPY --from=build /app/dist ./dist');
    expect(run.some((l) => /^COPY (\.|src) /.test(l))).toBe(false); // no TypeScript sources in the image
    expect(run).toContain('ENV NODE_ENV=production');
  });

  it('runs as a non-root user, node itself as PID 1, with a HEALTHCHECK on /ready', () => {
    const run = stages[1];
    const user = run.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/USER (root|0)\b/);
    const cmd = run.find((l) => l.startsWith('CMD '))!;
    expect(JSON.parse(cmd.slice(4))).toEqual(['node', 'bin/report-graph.js', 'start']); // exec form: no shell, no npm
    expect(run.find((l) => l.startsWith('HEALTHCHECK '))).toMatch(/\/ready/);
    expect(run.indexOf(user!)).toBeLessThan(run.indexOf(cmd));
  });

  it('leaves dependencies and build output out of the build context', () => {
    const ignore = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const p of ['node_modules', '.git', 'dist']) expect(ignore).toContain(p);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'));

  it('serves on 0.0.0.0 inside the container only with an API token, published on loopback', () => {
    const app = compose.services.app;
    expect(app.environment.HOST).toBe('0.0.0.0');
    expect(app.environment.API_TOKEN).toMatch(/^\$\{API_TOKEN:\?/);
    expect(app.ports.every((p: string) => p.startsWith('127.0.0.1:'))).toBe(true);
  });

  it("keeps each Bolt port's data apart: db start runs one compose project per port", () => {
    expect(readFileSync('src/neo4j/server.ts', 'utf8')).toMatch(/'-p', `report-graph-\$\{cfg\.NEO4J_PORT\}`/);
  });
});
