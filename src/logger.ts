import pino from 'pino';
import { config } from './config.js';

/** Logs go to stderr so stdout stays clean for command output (JSON, answers). */
export const logger = pino({ level: config().LOG_LEVEL, base: undefined }, pino.destination(2));
