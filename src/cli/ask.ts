import type { Command } from 'commander';
import { ask, llmFromConfig } from '../ask/index.js';
import { logger } from '../logger.js';
import { createStore } from '../store/index.js';

export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description(
      'answer a question in Chinese (or plain English) from the graph; offline unless an LLM is configured. Exit code 1 when nothing is found (NONE)',
    )
    .argument('<question>', 'e.g. "人社局今年负责哪些目标？"')
    .option('--json', 'print the whole Answer as JSON')
    .option('--llm', 'ask the configured model first (OPENAI_API_KEY / OPENAI_BASE_URL)')
    .action(async (question: string, o: { json?: boolean; llm?: boolean }) => {
      const store = createStore();
      try {
        const started = performance.now();
        const answer = await ask(
          question,
          { run: (c, p) => store.read(c, p), llm: llmFromConfig() },
          { mode: o.llm ? 'LLM' : 'AUTO' },
        );
        logger.info(
          {
            family: answer.family ?? null,
            mode: answer.mode,
            rows: answer.rows.length,
            error: answer.error?.code,
            ms: Math.round(performance.now() - started),
          },
          'ask',
        );
        // scripts tell "no answer" from an answer by the exit code: 1 on NONE (the answer is still printed)
        if (answer.mode === 'NONE') process.exitCode = 1;
        if (o.json) {
          process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${answer.answer}\n`);
        for (const c of answer.citations.slice(0, 5))
          process.stdout.write(
            `  「${c.quote.replace(/\s+/g, ' ').slice(0, 120)}」 (${c.documentId} ${c.start}-${c.end})\n`,
          );
        process.stdout.write(
          `[${answer.mode}, confidence ${answer.confidence.toFixed(2)}]${answer.error ? ` ${answer.error.code}: ${answer.error.message}` : ''}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
