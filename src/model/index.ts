export * from './batch.js';
export * from './ids.js';
