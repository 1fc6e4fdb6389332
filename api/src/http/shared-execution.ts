/**
 * Executes a subscription event once per audience and selection, not once per subscriber. With
 * 5,000 subscribers of one conversation, every event was executed 5,000 times over the same
 * event object; now the first subscriber of each audience (schema/audience.ts: visitors, agents)
 * executes it and the others reuse that result. Results are keyed on the event object itself
 * (pub/sub hands the same object to every stream of a conversation on this instance), so they
 * are dropped with it.
 *
 * The key is the audience, the query text, the operation name and the values of the variables
 * used below the subscription field (its own arguments only choose the stream). Only fields
 * that declare an audience take part; the rest run through Yoga's own subscribe.
 */
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  Kind,
  print,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { audienceOf } from '../schema/audience.js';

const shared = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();

export function useSharedSubscriptionExecution(): Plugin<Context> {
  return {
    onSubscribe({ args, setSubscribeFn }) {
      const key = sharingKey(args);
      if (key === null) return;
      setSubscribeFn(async (subscribeArgs: ExecutionArgs) => {
        const source = await createSourceEventStream(subscribeArgs);
        if (!(Symbol.asyncIterator in source)) return source;
        return mapEvents(source, (event) => {
          if (typeof event !== 'object' || event === null) return execute({ ...subscribeArgs, rootValue: event });
          let results = shared.get(event);
          if (!results) shared.set(event, (results = new Map()));
          let result = results.get(key);
          if (!result) {
            result = execute({ ...subscribeArgs, rootValue: event });
            results.set(key, result);
          }
          return result;
        });
      });
    },
  };
}

/** The key subscribers share results under, or null when this operation's results are its own. */
function sharingKey(args: ExecutionArgs): string | null {
  const operation = getOperationAST(args.document, args.operationName);
  const root = operation?.selectionSet.selections[0];
  if (operation?.operation !== 'subscription' || root?.kind !== Kind.FIELD) return null;
  const field = args.schema.getSubscriptionType()?.getFields()[root.name.value];
  const audience = field && audienceOf(field);
  if (!audience) return null;
  const variables = args.variableValues ?? {};
  const used = [...variablesBelow(args.document, root)].sort().map((name) => [name, variables[name]]);
  return JSON.stringify([audience(args.contextValue as Context), queryText(args.document), args.operationName, used]);
}

const texts = new WeakMap<DocumentNode, string>();

function queryText(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) texts.set(document, (text = document.loc?.source.body ?? print(document)));
  return text;
}

/** Variables the document uses anywhere but in the arguments of the subscription field `root`. */
function variablesBelow(document: DocumentNode, root: FieldNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Field: (node) => (node === root ? { ...node, arguments: [] } : undefined),
    Variable: (node) => void names.add(node.name.value),
    VariableDefinition: () => false,
  });
  return names;
}

/** `source` with each event mapped; `return()` ends the source at once, even while it waits. */
function mapEvents<T>(
  source: AsyncGenerator<T> | AsyncIterable<T>,
  map: (event: T) => ExecutionResult | Promise<ExecutionResult>,
): AsyncGenerator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]();
  const done = async (): Promise<IteratorResult<ExecutionResult>> => {
    await events.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncGenerator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      const next = await events.next();
      return next.done ? { value: undefined, done: true } : { value: await map(next.value), done: false };
    },
    return: done,
    throw: async (error: unknown) => {
      await done();
      throw error;
    },
  };
  return iterator;
}
