/**
 * A resumable GraphQL subscription client: one graphql-transport-ws connection (the protocol
 * graphql-ws speaks) carrying any number of subscriptions, that reconnects with backoff and
 * subscribes again with fresh variables — so a conversation stream asks for `afterSeq` = the
 * last sequence number it saw and resumes with no gap and no duplicate.
 *
 * - `connection_init` carries `connectionParams()`, asked on every connection (tokens change);
 *   a refusal (close codes 4401 / 4403, or an UNAUTHENTICATED operation error) calls
 *   `onUnauthorized()` before the next attempt.
 * - A connection that lived over 10 s starts the backoff over; flapping ones keep growing it.
 * - Pings every 20 s; no pong within 10 s closes the socket (half-open connections, sleeping
 *   laptops) and reconnects.
 * - The server ending or failing one subscription (`complete` / `error`) subscribes that one
 *   again after a backoff of its own (unless its `onErrors` says stop); the others are untouched.
 *
 * No DOM: the socket comes from `openSocket`, the "try now" signals from `watchWake`
 * (`browserWake(window)` in a browser, see wake-signals.ts).
 */
import { backoffDelay, reconnectBackoff, type Backoff } from './backoff.js';
import type { PersistedQueryExtensions } from './persisted-documents.js';

export type ConnectionState = 'connecting' | 'online' | 'reconnecting';

/** The part of a browser `WebSocket` this client uses. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number }) => void): void;
}

export interface LiveConnectionOptions {
  url: string;
  /** `(url, protocol) => new WebSocket(url, protocol)` in a browser. */
  openSocket(url: string, protocol: string): SocketLike;
  /** The `connection_init` payload, e.g. `{ authorization: 'Bearer …' }`. */
  connectionParams(): Record<string, unknown>;
  onState?(state: ConnectionState): void;
  /** The server refused the credentials: renew them before the next attempt. */
  onUnauthorized?(): Promise<void>;
  /** Calls `wake` when trying at once is worth it (back online, tab shown); returns its stop. */
  watchWake?(wake: () => void): () => void;
  backoff?: Backoff;
}

/**
 * The subscription's document: its text, or the `extensions` that name a trusted document by
 * hash (persisted-documents.ts; sent with `query: ""`).
 */
export type LiveDocument =
  { query: string; extensions?: never } | { extensions: PersistedQueryExtensions; query?: never };

export type LiveSubscription<TData> = LiveDocument & {
  /** Asked on every (re)subscription. */
  variables(): Record<string, unknown>;
  onData(data: TData): void;
  /** Subscribed again after a reconnect (not called on the first subscription). */
  onResume?(): void;
  /**
   * The server answered this subscription with GraphQL errors (in `next` or `error`; not
   * UNAUTHENTICATED, which reconnects through `onUnauthorized`). Return `'stop'` to end it (it
   * is not subscribed again); without this callback, or with `'retry'`, it is subscribed again
   * after a backoff.
   */
  onErrors?(errors: readonly unknown[]): 'stop' | 'retry';
};

interface Entry {
  subscription: LiveSubscription<unknown>;
  /** Its operation id on the current connection; null while not subscribed. */
  id: string | null;
  subscribedBefore: boolean;
  failures: number;
  retryTimer?: ReturnType<typeof setTimeout>;
}

interface ProtocolMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

const OPEN = 1;
const unauthorizedCodes = new Set([4401, 4403]);
const pingEveryMs = 20_000;
const pongWithinMs = 10_000;
const stableAfterMs = 10_000;

export class LiveConnection {
  #socket: SocketLike | null = null;
  #current: ConnectionState = 'connecting';
  #attempt = 0;
  #ackedAt = 0;
  #lastId = 0;
  #stopped = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #pingTimer: ReturnType<typeof setInterval> | undefined;
  #pongTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #entries = new Set<Entry>();
  readonly #stopWake: () => void;

  readonly #options: LiveConnectionOptions;

  constructor(options: LiveConnectionOptions) {
    this.#options = options;
    this.#stopWake = options.watchWake?.(() => this.wake()) ?? (() => {});
    this.#connect();
  }

  get state(): ConnectionState {
    return this.#current;
  }

  /** Starts a subscription (now if online, else once connected); returns its stop. */
  subscribe<TData>(subscription: LiveSubscription<TData>): () => void {
    const entry: Entry = {
      subscription: subscription as LiveSubscription<unknown>,
      id: null,
      subscribedBefore: false,
      failures: 0,
    };
    this.#entries.add(entry);
    if (this.#current === 'online') this.#start(entry);
    return () => this.#end(entry);
  }

  /** Back online / tab visible again: try now instead of waiting for the backoff. */
  wake(): void {
    if (this.#stopped || this.#socket) return;
    this.#attempt = Math.min(this.#attempt, 1);
    this.#connect();
  }

  close(): void {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    this.#stopKeepAlive();
    for (const entry of this.#entries) clearTimeout(entry.retryTimer);
    this.#stopWake();
    this.#socket?.close(1000);
    this.#socket = null;
  }

  #setState(state: ConnectionState): void {
    if (state === this.#current) return;
    this.#current = state;
    this.#options.onState?.(state);
  }

  #send(message: ProtocolMessage): void {
    if (this.#socket?.readyState === OPEN) this.#socket.send(JSON.stringify(message));
  }

  #connect(): void {
    clearTimeout(this.#retryTimer);
    if (this.#stopped || this.#socket) return;
    this.#setState(this.#attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = this.#options.openSocket(this.#options.url, 'graphql-transport-ws');
    this.#socket = ws;
    this.#ackedAt = 0;
    ws.addEventListener('open', () =>
      this.#send({ type: 'connection_init', payload: this.#options.connectionParams() }),
    );
    ws.addEventListener('message', (event) => this.#receive(ws, event.data));
    ws.addEventListener('close', (event) => void this.#retry(ws, unauthorizedCodes.has(event.code)));
  }

  /** The socket closed: connect again after the backoff (renewing credentials first if refused). */
  async #retry(ws: SocketLike, unauthorized: boolean): Promise<void> {
    if (this.#socket !== ws) return;
    this.#stopKeepAlive();
    this.#socket = null;
    for (const entry of this.#entries) {
      clearTimeout(entry.retryTimer);
      entry.id = null;
    }
    if (this.#ackedAt && Date.now() - this.#ackedAt > stableAfterMs) this.#attempt = 0;
    if (this.#stopped) return;
    this.#setState('reconnecting');
    if (unauthorized) await this.#options.onUnauthorized?.().catch(() => {});
    const delay = backoffDelay(this.#attempt, this.#options.backoff ?? reconnectBackoff);
    this.#attempt++;
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }

  #receive(ws: SocketLike, data: unknown): void {
    if (this.#socket !== ws) return;
    let message: ProtocolMessage;
    try {
      message = JSON.parse(String(data)) as ProtocolMessage;
    } catch {
      ws.close(4400, 'Invalid message');
      return;
    }
    switch (message.type) {
      case 'connection_ack':
        return this.#acknowledged(ws);
      case 'ping':
        return this.#send({ type: 'pong' });
      case 'pong':
        return clearTimeout(this.#pongTimer);
      case 'next':
        return this.#next(message);
      case 'error':
        return this.#failed(ws, message);
      case 'complete':
        return this.#resubscribeLater(this.#entryOf(message.id));
    }
  }

  #acknowledged(ws: SocketLike): void {
    this.#ackedAt = Date.now();
    const resumed = [...this.#entries].filter((entry) => entry.subscribedBefore);
    for (const entry of this.#entries) this.#start(entry);
    this.#setState('online');
    for (const entry of resumed) entry.subscription.onResume?.();
    this.#pingTimer = setInterval(() => {
      this.#send({ type: 'ping' });
      this.#pongTimer = setTimeout(() => ws.close(4408, 'No pong'), pongWithinMs);
    }, pingEveryMs);
  }

  #start(entry: Entry): void {
    clearTimeout(entry.retryTimer);
    entry.id = String(++this.#lastId);
    entry.subscribedBefore = true;
    const { query = '', extensions, variables } = entry.subscription;
    this.#send({
      id: entry.id,
      type: 'subscribe',
      payload: { query, variables: variables(), ...(extensions && { extensions }) },
    });
  }

  #entryOf(id: string | undefined): Entry | undefined {
    for (const entry of this.#entries) if (entry.id !== null && entry.id === id) return entry;
    return undefined;
  }

  #next(message: ProtocolMessage): void {
    const entry = this.#entryOf(message.id);
    const payload = message.payload as { data?: unknown; errors?: unknown[] } | undefined;
    if (entry && payload?.errors?.length && entry.subscription.onErrors?.(payload.errors) === 'stop')
      return this.#end(entry);
    if (!entry || !payload?.data) return;
    entry.failures = 0;
    entry.subscription.onData(payload.data);
  }

  /** Operation errors, e.g. UNAUTHENTICATED when the token expired meanwhile. */
  #failed(ws: SocketLike, message: ProtocolMessage): void {
    const errors = (Array.isArray(message.payload) ? message.payload : []) as { extensions?: { code?: string } }[];
    if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      void this.#retry(ws, true); // first: the close event that follows is then for an old socket
      ws.close(1000);
      return;
    }
    const entry = this.#entryOf(message.id);
    if (entry && entry.subscription.onErrors?.(errors) === 'stop') return this.#end(entry);
    this.#resubscribeLater(entry);
  }

  /** Ends one subscription for good (the server is told, unless it ended it itself). */
  #end(entry: Entry): void {
    this.#entries.delete(entry);
    clearTimeout(entry.retryTimer);
    if (entry.id) this.#send({ id: entry.id, type: 'complete' });
    entry.id = null;
  }

  /** The server ended or failed one subscription: subscribe it again after a backoff. */
  #resubscribeLater(entry: Entry | undefined): void {
    if (!entry) return;
    entry.id = null;
    const delay = backoffDelay(entry.failures++, this.#options.backoff ?? reconnectBackoff);
    entry.retryTimer = setTimeout(() => {
      if (this.#entries.has(entry) && this.#current === 'online') this.#start(entry);
    }, delay);
  }

  #stopKeepAlive(): void {
    clearInterval(this.#pingTimer);
    clearTimeout(this.#pongTimer);
  }
}
