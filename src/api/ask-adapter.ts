/**
 * The question layer wired to a store: what `createApp({ store, ask: askWith(store) })` expects.
 * Kept apart from app.ts so the API builds and tests without src/ask.
 */
import { ask, llmFromConfig } from '../ask/index.js';
import type { AnswerValue, AskFn } from './context.js';

export const askWithStore: AskFn = async (question, { store }) =>
  (await ask(question, { run: (cypher, params) => store.read(cypher, params), llm: llmFromConfig() })) as AnswerValue;
