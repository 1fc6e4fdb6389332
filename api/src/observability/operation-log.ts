/**
 * A Yoga (envelop) plugin that logs each GraphQL operation — its name and type, the outcome and
 * the duration, never the document's variables or results — and feeds
 * `baton_graphql_operation_duration_seconds`. Over HTTP the line goes through the request's
 * logger (with its request id); over WebSocket through the app's logger.
 */
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

type AnyResult = ExecutionResult | AsyncIterable<unknown>;

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

function describe(document: DocumentNode, operationName: string | null | undefined) {
  const operation = getOperationAST(document, operationName);
  return { type: operation?.operation ?? 'unknown', name: operation?.name?.value ?? operationName ?? null };
}

export function useOperationLog(metrics: Metrics, loggerFor: (context: unknown) => Logger): Plugin {
  return {
    onExecute({ args }) {
      const { type, name } = describe(args.document, args.operationName);
      const log = loggerFor(args.contextValue);
      const started = performance.now();
      return {
        onExecuteDone({ result }: { result: AnyResult }) {
          const seconds = (performance.now() - started) / 1000;
          const outcome = isAsyncIterable(result) ? 'stream' : result.errors?.length ? 'error' : 'ok';
          metrics.graphqlOperationDuration.observe({ operation: metrics.operationLabel(name), type, outcome }, seconds);
          const errorCodes = isAsyncIterable(result)
            ? undefined
            : result.errors?.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          log.info(
            {
              operation: { name, type },
              outcome,
              ...(errorCodes && { errorCodes }),
              durationMs: Math.round(seconds * 1000),
            },
            'graphql operation',
          );
        },
      };
    },
    onSubscribe({ args }) {
      const { type, name } = describe(args.document, args.operationName);
      loggerFor(args.contextValue).info({ operation: { name, type } }, 'graphql subscription started');
    },
  };
}
