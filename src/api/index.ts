export { createApp, type App, type AppDeps } from './app.js';
export { runQuery, type GraphQLResult } from './run.js';
export type { AskFn, AnswerValue, EvidenceValue, ApiContext } from './context.js';
export { askWithStore } from './ask-adapter.js';
export { warmPlanner } from './warm.js';
