/**
 * What clients see of a failure that no typed error union caught: a domain error (BatonError)
 * with its message and `extensions.code`; anything else masked by Yoga ("Unexpected error.").
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { BatonError } from '../domain/errors.js';

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof BatonError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      ...(located && {
        nodes: located.nodes,
        source: located.source,
        positions: located.positions,
        path: located.path,
      }),
      extensions: { code: original.code },
    });
  }
  return yogaMaskError(error, message, isDev);
}
