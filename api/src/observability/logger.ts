/**
 * The operator log: one pino logger per app, JSON lines on stdout, level from
 * `BATON_LOG_LEVEL`. Each HTTP request logs through a child carrying its `requestId`
 * (request-id.ts), so every line of one request can be found together.
 *
 * What never reaches the log at info: tokens, passwords, secrets and message bodies. Lines
 * carry ids, names, statuses and durations; the paths below are censored should an object that
 * holds one be logged by mistake (defence in depth, not the rule).
 */
import { format } from 'node:util';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

const redactedPaths = [
  'authorization',
  'password',
  'token',
  'secret',
  'body',
  'headers.authorization',
  'headers.cookie',
  '*.authorization',
  '*.password',
  '*.token',
  '*.secret',
  '*.body',
  'variables',
  '*.variables',
];

export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'baton' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: redactedPaths, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A plain `(message) => void` for the code that logs lines (services, pub/sub, the database). */
export function lineLogger(logger: Logger): (message: string) => void {
  return (message) => logger.info(message);
}

/** Yoga's own log (warnings, unexpected errors) through the same logger. */
export function yogaLogger(logger: Logger) {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) =>
      logger[level]({ component: 'graphql-yoga' }, format(...args));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
