/**
 * An answer to a question, as the question layer gives it and the API returns it: one type for
 * both (the SDL's Answer in schema/ask.graphql mirrors it).
 */
import type { Evidence } from './batch.js';

export type AnswerMode = 'RULE' | 'LLM' | 'SEARCH' | 'NONE';

export interface Answer {
  question: string;
  answer: string;
  mode: AnswerMode;
  query: string | null;
  rows: unknown[];
  citations: Evidence[];
  confidence: number;
  /** which offline family answered (RULE), for clients and the evaluation */
  family?: string | null;
  error?: { code: string; message: string };
}
