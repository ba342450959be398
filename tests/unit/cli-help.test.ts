/**
 * The top-level help names each command with its arguments from a summary (src/cli/commands.ts),
 * not from the command's own definition, which is loaded only when it runs: the two must agree. A
 * usage written with spaces (`<file|gazette id|document id...>`) was printed as three arguments.
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, addSummary } from '../../src/cli/commands.js';

describe('the commands of the top-level help', () => {
  it("each shows as many arguments as the command's own definition takes", async () => {
    const mismatched: string[] = [];
    for (const [name, c] of Object.entries(COMMANDS)) {
      const summary = addSummary(new Command(), name);
      const program = new Command();
      (await c.load())(program);
      const own = program.commands.find((x) => x.name() === name);
      // a command with subcommands (db start|stop|status) takes one: the subcommand
      const ownArgs = own ? own.registeredArguments.length || (own.commands.length ? 1 : 0) : -1;
      if (summary.registeredArguments.length !== ownArgs)
        mismatched.push(`${name}: "${c.usage}" is ${summary.registeredArguments.length}, the command takes ${ownArgs}`);
    }
    expect(mismatched).toEqual([]);
  });
});
