import { spawnSync } from 'node:child_process';

/** Runs `report-graph …` as a user does: a separate process, real exit code and output. */
export function cli(args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 120_000) {
  const r = spawnSync(process.execPath, ['bin/report-graph.js', ...args], {
    encoding: 'utf8',
    env,
    timeout: timeoutMs,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
