import { LiveConnection, type ConnectionState } from '@baton/client-core/live-connection';
import { persistedQuery } from '@baton/client-core/persisted-documents';
import { browserWake } from '@baton/client-core/wake-signals';
import { Client, cacheExchange, fetchExchange, mapExchange, type TypedDocumentNode } from '@urql/svelte';
import { isUnauthenticated } from './errors';
import { ShellQuery } from './inbox/documents';
import { session } from './session.svelte';

export interface BatonClient {
  client: Client;
  live: LiveStreams;
  dispose(): void;
}

/** The GraphQL endpoint at the page's own origin, as a WebSocket URL. */
function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

function connectionParams(): Record<string, unknown> {
  const authorization = session.authorization();
  return authorization ? { authorization } : {};
}

/**
 * Subscriptions that survive reconnects, over client-core's LiveConnection (the widget's own):
 * one socket, reconnected with the shared backoff (sooner when the tab is shown or the network
 * returns); every live subscription is then started again with fresh variables — a
 * conversation stream asks for `afterSeq` = the last sequence it saw, so nothing is missed or
 * repeated, and no "refresh the page" is ever needed.
 */
export class LiveStreams {
  /** Whether the socket is currently up (for a discreet "reconnecting…" indicator). */
  connected = $state(false);
  private readonly connection: LiveConnection;

  /** `onUnauthorized`: the socket refused the session; check it (and sign out if it ended). */
  constructor(onUnauthorized: () => Promise<void>) {
    this.connection = new LiveConnection({
      url: webSocketUrl(),
      openSocket: (url, protocol) => new WebSocket(url, protocol),
      connectionParams,
      onState: (state: ConnectionState) => (this.connected = state === 'online'),
      onUnauthorized,
      watchWake: browserWake(window),
    });
  }

  /** `document`: a generated subscription (any variables), sent as its hash — a trusted document. */
  subscribe<T>(
    document: TypedDocumentNode<T, never>,
    variables: () => Record<string, unknown>,
    onData: (data: T) => void,
    onResume?: () => void,
  ): () => void {
    return this.connection.subscribe<T>({ extensions: persistedQuery(document), variables, onData, onResume });
  }

  dispose(): void {
    this.connection.close();
  }
}

/**
 * Trusted documents: every operation goes out as the hash codegen gave it
 * (`extensions.persistedQuery`; urql's fetch exchange then leaves the query text out of the
 * body). The inbox's documents are generated with urql's `__typename`s already in them
 * (codegen.ts), so the server's copy is exactly what urql would have sent.
 */
const sendHashes = mapExchange({
  onOperation: (operation) =>
    operation.kind === 'teardown'
      ? operation
      : { ...operation, extensions: { ...operation.extensions, ...persistedQuery(operation.query) } },
});

/**
 * An urql client for the API at the same origin (queries and mutations over HTTP with the
 * session's bearer token) and live streams over one WebSocket. Make a new one per session so
 * no cached data outlives a sign-out.
 */
export function createBatonClient(): BatonClient {
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => {
      const authorization = session.authorization();
      return authorization ? { headers: { authorization } } : {};
    },
    exchanges: [sendHashes, cacheExchange, fetchExchange],
  });

  // A refused socket: ask over HTTP whether the session is still valid; if not, sign out.
  const onUnauthorized = async () => {
    if (!session.token) return;
    const result = await client.query(ShellQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error && isUnauthenticated(result.error)) session.end('Your session has ended. Please log in again.');
  };
  const live = new LiveStreams(onUnauthorized);

  return { client, live, dispose: () => live.dispose() };
}
