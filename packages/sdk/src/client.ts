/**
 * `createBatonClient`: Baton's GraphQL API with an API key — queries and mutations over HTTP
 * (fetch), subscriptions over one graphql-transport-ws connection that reconnects with backoff
 * and subscribes again (client-core's `LiveConnection`, the same one the widget and the inbox
 * use), and `conversationEvents`, which resumes after the last sequence number it saw.
 */
import { LiveConnection, type ConnectionState, type SocketLike } from '@baton/client-core/live-connection';
import type { Backoff } from '@baton/client-core/backoff';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { AsyncQueue } from './async-queue.js';
import { resumableConversationEvents, type ConversationEvent } from './conversation-events.js';
import { BatonError, type GraphQLErrorShape } from './errors.js';

/** A typed document in string mode (`TypedDocumentString`, from the SDK's `graphql()` or your own codegen). */
export type BatonDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** `variables` may be left out only when the operation has no required variable. */
export type VariablesArg<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** A WebSocket class: the global one (browsers, Node 22+) or `ws`'s (Node 20). */
export type WebSocketConstructor = new (url: string, protocol: string) => SocketLike;

export interface BatonClientOptions {
  /** The GraphQL endpoint, e.g. `https://baton.example.com/graphql`. */
  url: string;
  /** `bk_…`: sent as `Authorization: Bearer <key>` and as the socket's `connectionParams.authorization`. */
  apiKey: string;
  /** The WebSocket endpoint; default: `url` with `http` → `ws`. */
  wsUrl?: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Default: the global `WebSocket`, else the `ws` package. */
  webSocketImpl?: WebSocketConstructor;
  /** Reconnect delays (default: 1 s doubling to 30 s, with jitter). */
  reconnectBackoff?: Backoff;
  /** Connection state changes of the subscription socket. */
  onConnectionState?(state: ConnectionState): void;
}

export interface ConversationEventsOptions {
  /** The last sequence number already seen; omitted: the conversation's last one now. */
  afterSeq?: number;
}

export interface BatonClient {
  /** One query or mutation; resolves with its data, throws `BatonError` on GraphQL, HTTP or network errors. */
  request<TResult, TVariables>(
    document: BatonDocument<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<TResult>;
  /**
   * A subscription as an async iterator of results. Survives reconnects (subscribed again; a
   * live-only stream misses what happened while disconnected); ends with a `BatonError` when the
   * server answers with errors or refuses the key. Leaving the loop unsubscribes.
   */
  subscribe<TResult, TVariables>(
    document: BatonDocument<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): AsyncIterableIterator<TResult>;
  /**
   * A conversation's events from `afterSeq` on: after a dropped connection it subscribes again
   * with the last sequence number it saw, so every stored event arrives once, in order.
   */
  conversationEvents(
    conversationId: string,
    options?: ConversationEventsOptions,
  ): AsyncIterableIterator<ConversationEvent>;
  /** Closes the socket and ends every subscription. */
  close(): void;
}

export function createBatonClient(options: BatonClientOptions): BatonClient {
  const authorization = `Bearer ${options.apiKey}`;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sockets = new SocketPool(options, authorization);

  const request: BatonClient['request'] = async (document, ...[variables]) => {
    const body = JSON.stringify({ query: documentText(document), variables: variables ?? {} });
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization,
        },
        body,
      });
    } catch (cause) {
      throw new BatonError({ kind: 'network', code: 'NETWORK', message: `Baton unreachable: ${String(cause)}`, cause });
    }
    return resultOf(res);
  };

  const subscribe: BatonClient['subscribe'] = (document, ...[variables]) =>
    sockets.subscribe(documentText(document), () => variables ?? {});

  return {
    request,
    subscribe,
    conversationEvents: (conversationId, { afterSeq } = {}) =>
      resumableConversationEvents({ request, subscribe: sockets.subscribe.bind(sockets) }, conversationId, afterSeq),
    close: () => sockets.close(),
  };
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLErrorShape[];
}

async function resultOf<TResult>(res: Response): Promise<TResult> {
  const text = await res.text();
  let body: GraphQLResponseBody | undefined;
  try {
    body = JSON.parse(text) as GraphQLResponseBody;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw BatonError.fromGraphQLErrors(body.errors, res.status);
  if (!res.ok || !body || body.data === undefined || body.data === null) {
    throw new BatonError({
      kind: 'http',
      code: `HTTP_${res.status}`,
      message: `Baton answered HTTP ${res.status}: ${text.slice(0, 200)}`,
      status: res.status,
    });
  }
  return body.data as TResult;
}

function documentText<TResult, TVariables>(document: BatonDocument<TResult, TVariables>): string {
  if (typeof document === 'object' && document !== null && 'kind' in document) {
    throw new BatonError({
      kind: 'graphql',
      code: 'INVALID_DOCUMENT',
      message: 'Pass a string-mode document (codegen `documentMode: "string"`) or a GraphQL string, not an AST',
    });
  }
  return String(document);
}

/** The subscription socket: opened on the first subscription, shared by all of them. */
class SocketPool {
  #connection: Promise<LiveConnection> | null = null;
  readonly #queues = new Set<AsyncQueue<unknown>>();
  #closed = false;

  constructor(
    private readonly options: BatonClientOptions,
    private readonly authorization: string,
  ) {}

  /** `variables()` is asked on every (re)subscription. */
  subscribe<TResult>(query: string, variables: () => object): AsyncQueue<TResult> {
    let stop: (() => void) | null = null;
    const queue = new AsyncQueue<TResult>(() => {
      this.#queues.delete(queue as AsyncQueue<unknown>);
      stop?.();
    });
    if (this.#closed) {
      queue.end();
      return queue;
    }
    this.#queues.add(queue as AsyncQueue<unknown>);
    this.#open().then(
      (connection) => {
        if (queue.done) return;
        stop = connection.subscribe<TResult>({
          query,
          variables: () => ({ ...variables() }),
          onData: (data) => queue.push(data),
          onErrors: (errors) => {
            this.#queues.delete(queue as AsyncQueue<unknown>);
            queue.fail(BatonError.fromGraphQLErrors(errors as GraphQLErrorShape[]));
            return 'stop';
          },
        });
      },
      (error: unknown) => queue.fail(error),
    );
    return queue;
  }

  close(): void {
    this.#closed = true;
    void this.#connection?.then(
      (c) => c.close(),
      () => {},
    );
    for (const queue of this.#queues) queue.end();
    this.#queues.clear();
  }

  #open(): Promise<LiveConnection> {
    this.#connection ??= this.#socketClass().then(
      (Socket) =>
        new LiveConnection({
          url: this.options.wsUrl ?? this.options.url.replace(/^http/, 'ws'),
          openSocket: (url, protocol) => new Socket(url, protocol),
          connectionParams: () => ({ authorization: this.authorization }),
          onState: this.options.onConnectionState,
          backoff: this.options.reconnectBackoff,
          // An API key cannot be renewed: a refused one ends every subscription.
          onUnauthorized: async () => this.#refused(),
        }),
    );
    return this.#connection;
  }

  #refused(): void {
    void this.#connection?.then(
      (c) => c.close(),
      () => {},
    );
    this.#closed = true;
    const error = new BatonError({
      kind: 'socket',
      code: 'UNAUTHENTICATED',
      message: 'Baton refused the API key on the subscription socket (revoked, expired or unknown)',
    });
    for (const queue of this.#queues) queue.fail(error);
    this.#queues.clear();
  }

  async #socketClass(): Promise<WebSocketConstructor> {
    if (this.options.webSocketImpl) return this.options.webSocketImpl;
    const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (global) return global;
    const ws = await import('ws');
    return ws.WebSocket as unknown as WebSocketConstructor;
  }
}
