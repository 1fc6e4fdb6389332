import { Client, cacheExchange, fetchExchange } from '@urql/svelte';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { session } from './session.svelte';

export interface BatonClient {
  client: Client;
  live: LiveStreams;
  dispose(): void;
}

/** The GraphQL endpoint at the page's own origin, as a WebSocket URL. */
function webSocketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

interface LiveSubscription {
  query: string;
  variables: () => Record<string, unknown>;
  onData: (data: unknown) => void;
  onResume?: () => void;
  stop: (() => void) | null;
}

/**
 * Subscriptions that survive reconnects. When the socket drops, graphql-ws reconnects with
 * backoff; every live subscription is then started again with fresh variables — a conversation
 * stream asks for `afterSeq` = the last sequence it saw, so nothing is missed or repeated, and
 * no "refresh the page" is ever needed.
 */
export class LiveStreams {
  private readonly subs = new Set<LiveSubscription>();
  private wasConnected = false;
  /** Whether the socket is currently up (for a discreet "reconnecting…" indicator). */
  connected = $state(false);

  constructor(private readonly ws: WsClient) {
    ws.on('connected', () => {
      this.connected = true;
      if (this.wasConnected) {
        for (const sub of this.subs) {
          this.start(sub);
          sub.onResume?.();
        }
      }
      this.wasConnected = true;
    });
    ws.on('closed', () => {
      this.connected = false;
      // Forget the server-side subscriptions; they are restarted with fresh variables.
      for (const sub of this.subs) {
        sub.stop?.();
        sub.stop = null;
      }
    });
  }

  private start(sub: LiveSubscription): void {
    sub.stop?.();
    sub.stop = this.ws.subscribe(
      { query: sub.query, variables: sub.variables() },
      {
        next: (value) => value.data && sub.onData(value.data),
        error: () => {},
        complete: () => {},
      },
    );
  }

  subscribe<T>(
    query: string,
    variables: () => Record<string, unknown>,
    onData: (data: T) => void,
    onResume?: () => void,
  ): () => void {
    const sub: LiveSubscription = { query, variables, onData: onData as (data: unknown) => void, onResume, stop: null };
    this.subs.add(sub);
    this.start(sub);
    return () => {
      this.subs.delete(sub);
      sub.stop?.();
    };
  }
}

/**
 * An urql client for the API at the same origin (queries and mutations over HTTP with the
 * session's bearer token) and live streams over one graphql-ws socket. Make a new one per
 * session so no cached data outlives a sign-out.
 */
export function createBatonClient(): BatonClient {
  const ws = createWsClient({
    url: webSocketUrl(),
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000) * (0.5 + Math.random() / 2)));
    },
    keepAlive: 15_000,
    connectionParams: () => {
      const authorization = session.authorization();
      return authorization ? { authorization } : {};
    },
  });

  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => {
      const authorization = session.authorization();
      return authorization ? { headers: { authorization } } : {};
    },
    exchanges: [cacheExchange, fetchExchange],
  });

  return { client, live: new LiveStreams(ws), dispose: () => void ws.dispose() };
}
