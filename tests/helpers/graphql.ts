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
