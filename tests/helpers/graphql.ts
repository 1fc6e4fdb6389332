/** Minimal GraphQL clients for tests: real HTTP (fetch) and real graphql-ws over WebSocket. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

// Results are loosely typed on purpose: tests assert on shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export async function gql<T = Loose>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

export interface WsConnection {
  client: Client;
  /** Resolves with the close event code once the socket closes. */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

export function connectWs(wsUrl: string, connectionParams: Record<string, unknown> = {}): WsConnection {
  let resolveClosed!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    on: { closed: (event) => resolveClosed((event as { code: number }).code) },
    onNonLazyError: () => {},
  });
  return {
    client,
    closed,
    dispose: async () => {
      await client.dispose();
    },
  };
}

/** Runs one operation over the socket and returns its single result. */
export function wsRequest<T = Loose>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return new Promise((resolve, reject) => {
    let result: GraphQLResponse<T> | undefined;
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          result = { status: 0, ...(value as Omit<GraphQLResponse<T>, 'status'>) };
        },
        // graphql-ws reports GraphQL errors as an array, socket problems as an Error/CloseEvent.
        error: (error) =>
          reject(new Error(error instanceof Error ? error.message : JSON.stringify(error))),
        complete: () => (result ? resolve(result) : reject(new Error('completed without a result'))),
      },
    );
  });
}

export interface Subscription<T = Loose> {
  /** Every `next` payload's data, in arrival order. */
  events: T[];
  /** Errors the server sent (a refused subscription ends here). */
  errors: unknown[];
  /** Resolves when the subscription completes or errors. */
  done: Promise<void>;
  /** Waits until `count` events arrived (or `predicate` holds), rejecting after `timeoutMs`. */
  waitFor(predicate: number | ((events: T[]) => boolean), timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

export function subscribe<T = Loose>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const watchers = new Set<() => void>();
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const notify = () => watchers.forEach((w) => w());
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) events.push(value.data as T);
        notify();
      },
      error: (error) => {
        errors.push(error);
        resolveDone();
        notify();
      },
      complete: () => {
        resolveDone();
        notify();
      },
    },
  );
  return {
    events,
    errors,
    done,
    stop,
    waitFor(predicate, timeoutMs = 10_000) {
      const test = typeof predicate === 'number' ? (e: T[]) => e.length >= predicate : predicate;
      return new Promise((resolve, reject) => {
        const check = () => {
          if (test(events)) {
            watchers.delete(check);
            clearTimeout(timer);
            resolve(events);
          }
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`Timed out after ${timeoutMs} ms with ${events.length} events: ${JSON.stringify(events).slice(0, 2000)}; errors: ${JSON.stringify(errors)}`));
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
  };
}

/**
 * A subscription is live only once the server has attached its listener, which the protocol
 * does not acknowledge. Repeats `trigger` until the subscription has seen an event matching
 * `predicate` (used for live-only streams such as the inbox).
 */
export async function untilLive<T>(sub: Subscription<T>, trigger: () => Promise<unknown>, predicate: (event: T) => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!sub.events.some(predicate)) {
    if (Date.now() > deadline) throw new Error(`Subscription not live after ${timeoutMs} ms; errors: ${JSON.stringify(sub.errors)}`);
    await trigger();
    await sub.waitFor((events) => events.some(predicate), 150).catch(() => {});
  }
}
