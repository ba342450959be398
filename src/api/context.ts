import type { Store } from '../store/index.js';
import type { Loaders } from './loaders.js';

import type { Answer, Evidence } from '../model/index.js';

/** Evidence as the API hands it out: offsets into the document's original text (the model's Evidence). */
export type EvidenceValue = Evidence;
/** an answer as the API returns it: the question layer's Answer */
export type AnswerValue = Answer;

/** The question layer (src/ask) plugged in by whoever builds the app. */
export type AskFn = (question: string, deps: { store: Store }) => Promise<AnswerValue>;

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  ask?: AskFn;
}
