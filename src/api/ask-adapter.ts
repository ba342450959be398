/**
 * The question layer wired to a store: what `createApp({ store, ask: askWith(store) })` expects.
 * Kept apart from app.ts so the API builds and tests without src/ask.
 */
import { ask, llmFromConfig } from '../ask/index.js';
import { logger } from '../logger.js';
import type { AnswerValue, AskFn } from './context.js';

export const askWithStore: AskFn = async (question, { store }) => {
  const started = performance.now();
  const answer = (await ask(question, { run: (cypher, params) => store.read(cypher, params), llm: llmFromConfig() })) as AnswerValue;
  // the question's length, not its text: what users ask is theirs
  logger.info({ family: answer.family ?? null, mode: answer.mode, rows: answer.rows.length, error: answer.error?.code, chars: question.length, ms: Math.round(performance.now() - started) }, 'ask');
  return answer;
};
