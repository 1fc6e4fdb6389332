/**
 * Threat: the public side of the API (visitor tokens, callers without credentials) used as a
 * general GraphQL endpoint — crafted documents probing the schema or its costs. With the default
 * configuration a visitor token runs only the widget's documents and an anonymous caller only
 * the widget's and the inbox's (their codegen manifests); anything else is refused with a typed
 * error before it is parsed for execution, over HTTP and WebSocket, and changes nothing. Agents
 * (and API keys) still run any document, e.g. from GraphiQL.
 *
 * This server does not trust the test suite's own documents (BATON_EXTRA_TRUSTED_DOCUMENTS
 * empty): everything a visitor or anonymous caller does here goes through the first-party
 * documents by hash, exactly as the widget and the inbox send them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { firstPartyManifests } from '../../../api/src/http/trusted-documents.js';
import type { BatonServer } from '../../../api/src/server.js';
import { InboxCountsDocument, SignUpDocument } from '../../../inbox-app/src/lib/gql/graphql.ts';
import {
  StartWidgetSessionDocument,
  WidgetActionsDocument,
  WidgetConversationEventsDocument,
  WidgetSendMessageDocument,
} from '../../../widget/src/gql/graphql.ts';
import { graphql } from '../../gql/index.js';
import { gql, invalidDocument, persistedGql, type GraphQLErrorShape } from '../../helpers/graphql.js';
import { startTestServer } from '../../helpers/server.js';
import { strongPassword, uniqueEmail } from '../../helpers/team.js';
import { firstPartyDocumentsOnly } from '../../helpers/trusted-documents.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const widgetManifest = JSON.parse(readFileSync(`${repoRoot}${firstPartyManifests.widget}`, 'utf8')) as Record<
  string,
  string
>;
/** The widget's trusted text of an operation, from its manifest. */
const widgetText = (operation: string): string => {
  const definition = new RegExp(`\\b(query|mutation|subscription) ${operation}[ ({]`);
  const text = Object.values(widgetManifest).find((t) => definition.test(t));
  if (!text) throw new Error(`No ${operation} in the widget's manifest`);
  return text;
};

// Agents send what they like: these are the tests' own documents, sent as text with a token.
const PUBLIC_KEY = graphql(`
  query TrustedPublicKey {
    workspace {
      publicKey
    }
  }
`);
const CONVERSATION_MESSAGES = graphql(`
  query TrustedConversationMessages($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        lastSeq
        messages(last: 50) {
          edges {
            node {
              body
            }
          }
        }
      }
    }
  }
`);

let server: BatonServer;
let ownerToken: string;
let visitor: { token: string; conversationId: string };

const codes = (errors: GraphQLErrorShape[] | undefined) => errors?.map((e) => e.extensions?.code);

async function post(
  body: unknown,
  token?: string,
): Promise<{ status: number; body: { data?: unknown; errors?: GraphQLErrorShape[] } }> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: GraphQLErrorShape[] } };
}

const hashOf = (document: object) => (document as { __meta__: { hash: string } }).__meta__.hash;
const persisted = (document: object) => ({ persistedQuery: { version: 1, sha256Hash: hashOf(document) } });

async function messagesOfVisitorConversation(): Promise<string[]> {
  const res = await gql(server.graphqlUrl, CONVERSATION_MESSAGES, { id: visitor.conversationId }, ownerToken);
  const node = res.data.node as { messages?: { edges: { node: { body: string } }[] } } | null;
  return node?.messages?.edges.map((e) => e.node.body) ?? [];
}

beforeAll(async () => {
  server = await startTestServer(firstPartyDocumentsOnly);
  // The inbox's sign-up, by hash, without credentials — as the inbox does it.
  const signUp = await persistedGql(server.graphqlUrl, SignUpDocument, {
    input: { workspaceName: 'Trusted', name: 'Olivia Owner', email: uniqueEmail('trusted'), password: strongPassword },
  });
  const auth = signUp.data.signUp;
  if (auth.__typename !== 'AuthPayload') throw new Error(JSON.stringify(signUp.body));
  ownerToken = auth.token;
  const publicKey = (await gql(server.graphqlUrl, PUBLIC_KEY, {}, ownerToken)).data.workspace.publicKey;
  // The widget's session start, by hash, without credentials.
  const session = await persistedGql(server.graphqlUrl, StartWidgetSessionDocument, { input: { publicKey } });
  const started = session.data.startWidgetSession;
  if (started.__typename !== 'WidgetSession') throw new Error(JSON.stringify(session.body));
  visitor = { token: started.token, conversationId: started.conversation.id };
});
afterAll(async () => {
  await server?.close();
});

describe('over HTTP', () => {
  it('refuses an arbitrary document from a caller without credentials: 403 PERSISTED_QUERY_ONLY, no data', async () => {
    for (const text of [
      '{ __typename }',
      '{ __schema { types { name } } }',
      'query { viewer { id } }',
      '{ viewer { id ',
    ]) {
      const res = await gql(server.graphqlUrl, invalidDocument(text));
      expect(res.status, text).toBe(403);
      expect(res.body.data, text).toBeUndefined();
      expect(codes(res.errors), text).toEqual(['PERSISTED_QUERY_ONLY']);
      expect(res.errors?.[0]?.message).toMatch(
        /without credentials may run only the widget's and the inbox's documents/,
      );
    }
  });

  it('refuses an arbitrary document from a visitor token, and nothing it asked for happens', async () => {
    const before = await messagesOfVisitorConversation();
    const send = invalidDocument(
      `mutation { sendMessage(input: { conversationId: "${visitor.conversationId}", body: "untrusted hello", clientId: "c-untrusted" }) { __typename } }`,
    );
    const res = await gql(server.graphqlUrl, send, {}, visitor.token);
    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
    expect(codes(res.errors)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(res.errors?.[0]?.message).toMatch(/visitor token may run only the widget's documents/);
    expect(await messagesOfVisitorConversation()).toEqual(before);
  });

  it("refuses a visitor the inbox's documents (an unknown hash for a visitor) and made-up hashes", async () => {
    const inboxHash = await post({ extensions: persisted(InboxCountsDocument) }, visitor.token);
    expect(inboxHash.status).toBe(400);
    expect(codes(inboxHash.body.errors)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(inboxHash.body.errors?.[0]?.message).toBe('PersistedQueryNotFound');
    for (const token of [undefined, visitor.token, ownerToken]) {
      const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }, token);
      expect(unknown.status).toBe(400);
      expect(codes(unknown.body.errors)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(unknown.body.data).toBeUndefined();
    }
  });

  it('refuses a malformed persistedQuery, and a hash sent together with a text', async () => {
    for (const persistedQuery of [
      { version: 2, sha256Hash: hashOf(WidgetActionsDocument) },
      { version: 1, sha256Hash: 'abc' },
      'x',
    ]) {
      const res = await post({ extensions: { persistedQuery } }, visitor.token);
      expect(res.status, JSON.stringify(persistedQuery)).toBe(400);
      expect(codes(res.body.errors)).toEqual(['BAD_REQUEST']);
    }
    const both = await post({ query: '{ __typename }', extensions: persisted(WidgetActionsDocument) }, visitor.token);
    expect(both.status).toBe(400);
    expect(codes(both.body.errors)).toEqual(['BAD_REQUEST']);
    expect(both.body.data).toBeUndefined();
  });

  it('runs the widget documents by hash for a visitor, and their exact text too (hashed by the server)', async () => {
    const byHash = await persistedGql(server.graphqlUrl, WidgetActionsDocument, {}, visitor.token);
    expect(byHash.status).toBe(200);
    expect(Array.isArray(byHash.data.customActions)).toBe(true);
    const text = widgetText('WidgetActions');
    const byText = await post({ query: text }, visitor.token);
    expect(byText.status).toBe(200);
    expect(byText.body.data).toEqual(byHash.data);
    // Whitespace and selection order are not part of a document: the same document.
    const reordered = await post(
      { query: text.replace(/ /g, '\n  ').replace('id intent label', 'label id intent') },
      visitor.token,
    );
    expect(reordered.status).toBe(200);
  });

  it('refuses a document that merely resembles a trusted one (one more field, an alias, another name)', async () => {
    const text = widgetText('WidgetActions');
    const lookalikes = [
      text.replace('id intent label', 'enabled id intent label'),
      text.replace('customActions {', 'all: customActions {'),
      text.replace('query WidgetActions', 'query WidgetActions2'),
      `${text} query Extra { __typename }`,
    ];
    for (const lookalike of lookalikes) {
      expect(lookalike).not.toBe(text);
      const res = await post({ query: lookalike }, visitor.token);
      expect(res.status, lookalike).toBe(403);
      expect(codes(res.body.errors), lookalike).toEqual(['PERSISTED_QUERY_ONLY']);
      expect(res.body.data).toBeUndefined();
    }
    // A widget mutation's text with a changed selection writes nothing either.
    const before = await messagesOfVisitorConversation();
    const send = widgetText('WidgetSendMessage').replace('duplicate', 'duplicate __typename');
    const res = await post(
      {
        query: send,
        variables: { input: { conversationId: visitor.conversationId, body: 'lookalike', clientId: 'c-lookalike' } },
      },
      visitor.token,
    );
    expect(res.status).toBe(403);
    expect(await messagesOfVisitorConversation()).toEqual(before);
  });

  it('lets agents run any document — GraphiQL included — by text or by hash', async () => {
    const introspection = await gql(
      server.graphqlUrl,
      invalidDocument('{ __schema { queryType { name } } }'),
      {},
      ownerToken,
    );
    expect(introspection.status).toBe(200);
    expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const arbitrary = await gql(server.graphqlUrl, invalidDocument('{ viewer { __typename } }'), {}, ownerToken);
    expect(arbitrary.data).toEqual({ viewer: { __typename: 'Agent' } });
    const inbox = await persistedGql(server.graphqlUrl, InboxCountsDocument, {}, ownerToken);
    expect(inbox.status).toBe(200);
    expect(inbox.body.errors).toBeUndefined();
    const graphiql = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
  });

  it('a send by hash from the visitor is stored (the widget path works end to end)', async () => {
    const res = await persistedGql(
      server.graphqlUrl,
      WidgetSendMessageDocument,
      { input: { conversationId: visitor.conversationId, body: 'trusted hello', clientId: 'c-trusted' } },
      visitor.token,
    );
    expect(res.data.sendMessage.__typename).toBe('SendMessagePayload');
    expect(await messagesOfVisitorConversation()).toContain('trusted hello');
  });
});

describe('over WebSocket', () => {
  const clients: Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });
  function open(token?: string): Client {
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => {},
    });
    clients.push(client);
    return client;
  }
  /** The first result or the errors of one operation. */
  function once(client: Client, payload: SubscribePayload): Promise<{ data?: unknown; errors?: GraphQLErrorShape[] }> {
    return new Promise((resolve, reject) => {
      const stop = client.subscribe(payload, {
        next: (value) => {
          stop();
          resolve(value as { data?: unknown });
        },
        error: (error) =>
          Array.isArray(error)
            ? resolve({ errors: error as GraphQLErrorShape[] })
            : reject(new Error(JSON.stringify(error))),
        complete: () => {},
      });
    });
  }

  it('refuses arbitrary documents on anonymous and visitor sockets with a typed error; the socket carries on', async () => {
    const anonymous = open();
    const refused = await once(anonymous, { query: '{ __typename }' });
    expect(codes(refused.errors)).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(refused.errors?.[0]?.extensions?.['http']).toBeUndefined();
    // The same socket runs a trusted document by hash (the inbox's, allowed without credentials).
    const signUp = await once(anonymous, {
      query: '',
      variables: { input: { workspaceName: 'X', name: 'Y', email: 'not-an-email', password: strongPassword } },
      extensions: persisted(SignUpDocument),
    });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data).toMatchObject({ signUp: { __typename: 'ValidationError' } });

    const socket = open(visitor.token);
    const stream = widgetText('WidgetConversationEvents');
    const lookalike = await once(socket, {
      query: stream.replace('kind message', 'kind internal message'),
      variables: { conversationId: visitor.conversationId },
    });
    expect(codes(lookalike.errors)).toEqual(['PERSISTED_QUERY_ONLY']);
    const inbox = await once(socket, { query: '', extensions: persisted(InboxCountsDocument) });
    expect(codes(inbox.errors)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it("streams the widget's subscription by hash to a visitor, and lets an agent socket run anything", async () => {
    const socket = open(visitor.token);
    const first = once(socket, {
      query: '',
      variables: { conversationId: visitor.conversationId, afterSeq: 0 },
      extensions: persisted(WidgetConversationEventsDocument),
    });
    const event = (await first) as { data?: { conversationEvents: { seq: number } }; errors?: unknown };
    expect(event.errors).toBeUndefined();
    expect(event.data?.conversationEvents.seq).toBeGreaterThan(0);

    const agent = open(ownerToken);
    const viewer = await once(agent, { query: '{ viewer { __typename } }' });
    expect(viewer).toEqual({ data: { viewer: { __typename: 'Agent' } } });
  });
});
