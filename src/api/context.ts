import type { Store } from '../store/index.js';
import type { Loaders } from './loaders.js';

/** Evidence as the API hands it out: offsets into the document's original text. */
export interface EvidenceValue {
  documentId: string;
  start: number;
  end: number;
  quote: string;
  sectionPath: string[];
}

export interface AnswerValue {
  question: string;
  answer: string;
  mode: 'RULE' | 'LLM' | 'SEARCH' | 'NONE';
  query?: string | null;
  rows: unknown[];
  citations: EvidenceValue[];
  confidence: number;
  family?: string | null;
  error?: { code: string; message: string };
}

/** The question layer (src/ask) plugged in by whoever builds the app. */
export type AskFn = (question: string, deps: { store: Store }) => Promise<AnswerValue>;

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  ask?: AskFn;
}
