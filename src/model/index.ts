export * from './batch.js';
export * from './ids.js';
export * from './evidence.js';
export * from './answer.js';
