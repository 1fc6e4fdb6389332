/**
 * What clients see of a failure that no typed error union caught, over HTTP and WebSocket alike:
 * a domain error (BatonError) with its message and `extensions.code` (plus `retryAfterSeconds`
 * where it has one); a transient database failure as SERVICE_UNAVAILABLE
 * (db/database-faults.ts); anything else masked ("Unexpected error."). Stack traces and
 * original messages only with `config.debugErrors` (BATON_DEBUG_ERRORS) — never because of
 * NODE_ENV.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { translateDatabaseError } from '../db/database-faults.js';
import { BatonError, ServiceUnavailableError } from '../domain/errors.js';

/** `extensions` of a domain error: its code, when to retry if it says, and the API scope a key lacks. */
export function errorExtensions(error: BatonError): Record<string, unknown> {
  const retry = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  const missingScope = (error as { missingScope?: unknown }).missingScope;
  return {
    code: error.code,
    ...(typeof retry === 'number' && { retryAfterSeconds: retry }),
    ...(typeof missingScope === 'string' && { missingScope }),
  };
}

/** Yoga's `maskedErrors.maskError`, also used for WebSocket operation errors. */
export function maskError(error: unknown, message: string, isDev = false): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const domain = original === undefined ? original : translateDatabaseError(original);
  if (domain instanceof BatonError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(domain.message, {
      ...(located && {
        nodes: located.nodes,
        source: located.source,
        positions: located.positions,
        path: located.path,
      }),
      extensions: {
        ...errorExtensions(domain),
        // A transient fault no mutation union caught (it met a nested field, say): over HTTP the
        // whole answer is 503 + Retry-After, like one that failed before execution. Yoga sets the
        // status from `http` and leaves it out of the body.
        ...(domain instanceof ServiceUnavailableError && {
          http: { status: 503, headers: { 'retry-after': String(domain.retryAfterSeconds) } },
        }),
      },
    });
  }
  return yogaMaskError(error, message, isDev);
}

export const unexpectedMessage = 'Unexpected error.';

/** A GraphQL error clients may see for `error` (a GraphQLError of ours passes unchanged). */
export function clientError(error: unknown, debugErrors: boolean): GraphQLError {
  const masked = maskError(error, unexpectedMessage, debugErrors);
  if (masked instanceof GraphQLError) return masked;
  return new GraphQLError(unexpectedMessage, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** `error` as a ServiceUnavailableError when it is one or a transient database failure, else null. */
export function asServiceUnavailable(error: unknown): ServiceUnavailableError | null {
  const translated = translateDatabaseError(error);
  return translated instanceof ServiceUnavailableError ? translated : null;
}

/** An HTTP answer to a request that failed before GraphQL execution (authentication, limits). */
export interface RequestFailure {
  status: number;
  headers: Record<string, string>;
  body: { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
}

/** 503 + Retry-After for a transient fault; 500 with a masked message for anything else. */
export function requestFailure(error: unknown, debugErrors: boolean): RequestFailure {
  const unavailable = asServiceUnavailable(error);
  if (unavailable) {
    return {
      status: 503,
      headers: { 'retry-after': String(unavailable.retryAfterSeconds) },
      body: { errors: [{ message: unavailable.message, extensions: errorExtensions(unavailable) }] },
    };
  }
  const debug =
    debugErrors && error instanceof Error ? { originalError: { message: error.message, stack: error.stack } } : {};
  return {
    status: 500,
    headers: {},
    body: { errors: [{ message: unexpectedMessage, extensions: { code: 'INTERNAL_SERVER_ERROR', ...debug } }] },
  };
}
