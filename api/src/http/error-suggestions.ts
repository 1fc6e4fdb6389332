/**
 * No "Did you mean …" in any error (fields, arguments, enum values, types, input fields): they
 * map the schema for someone who cannot introspect it. One plugin for every error a request
 * can get, over HTTP and WebSocket (both run through Yoga's envelop): validation errors, and the
 * results of execute and subscribe (variable coercion errors are reported there).
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** graphql-js appends its suggestions at the end of the message (didYouMean). */
const suggestion = /\s*Did you mean [^]*$/;

export function withoutSuggestion<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError) || !suggestion.test(error.message)) return error;
  return new GraphQLError(error.message.replace(suggestion, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

const hasSuggestion = (errors: readonly Error[] | undefined) =>
  errors?.some((error) => suggestion.test(error.message)) ?? false;

function stripResult(result: ExecutionResult, setResult: (result: ExecutionResult) => void): void {
  if (hasSuggestion(result.errors))
    setResult({ ...result, errors: result.errors!.map((error) => withoutSuggestion(error)) });
}

export function useNoSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (hasSuggestion(result)) setResult(result.map((error) => withoutSuggestion(error)));
      },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) stripResult(result, setResult);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) stripResult(result, setResult);
      },
    }),
  };
}
