import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/svelte';
import { createClient as createWsClient } from 'graphql-ws';
import { session } from './session.svelte';

export interface BatonClient {
  client: Client;
  dispose(): void;
}

/** The GraphQL endpoint at the page's own origin, as a WebSocket URL. */
function webSocketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * An urql client for the API at the same origin: queries and mutations over HTTP with the
 * session's bearer token, subscriptions over graphql-ws (connected lazily, on the first
 * subscription). Make a new one per session so no cached data outlives a sign-out.
 */
export function createBatonClient(): BatonClient {
  const ws = createWsClient({
    url: webSocketUrl(),
    lazy: true,
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
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return { client, dispose: () => void ws.dispose() };
}
