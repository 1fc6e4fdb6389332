/**
 * API keys over real HTTP and WebSocket: an owner/admin creates a key (secret shown once,
 * stored hashed), programs call the API with it as `Authorization: Bearer` or
 * `connectionParams.authorization`, each field checks the key's scopes (a denied field names
 * the missing scope, nothing else), revoked and expired keys are refused, bad input is refused
 * with typed errors and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import type { ApiScope } from '../gql/graphql.js';
import {
  connectWs,
  expectTypename,
  gql,
  invalidDocument,
  subscribe,
  wsRequest,
  type WsConnection,
} from '../helpers/graphql.js';
import { INBOX, publicKeyOf, startSession, type VisitorSession } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';
import { CREATE_KEY, createKey, REVOKE_KEY } from '../helpers/api-keys.js';

const LIST_KEYS = graphql(`
  query ApiKeysList {
    apiKeys {
      id
      name
      prefix
      scopes
      lastUsedAt
      expiresAt
      revokedAt
      createdBy {
        name
      }
    }
  }
`);

const CONVERSATIONS = graphql(`
  query ApiKeysConversations {
    conversations(first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const CONVERSATION_NODE = graphql(`
  query ApiKeysConversationNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on Conversation {
        id
        status
      }
    }
  }
`);

const AI_USAGE = graphql(`
  query ApiKeysUsage {
    aiUsage(days: 7) {
      period
      responses
    }
  }
`);

const ACTIONS = graphql(`
  query ApiKeysActions {
    customActions {
      id
      label
    }
  }
`);

const KNOWLEDGE = graphql(`
  query ApiKeysKnowledge {
    handoffTopics {
      id
      name
    }
  }
`);

const VIEWER = graphql(`
  query ApiKeysViewer {
    viewer {
      id
      name
    }
    workspace {
      name
    }
  }
`);

const TAKE_OVER = graphql(`
  mutation ApiKeysTakeOver($id: ID!) {
    takeOver(conversationId: $id) {
      __typename
      ... on Conversation {
        id
        status
      }
      ... on ForbiddenError {
        missingScope
        message
      }
      ... on Error {
        code
      }
    }
  }
`);

const REPLY = graphql(`
  mutation ApiKeysReply($input: ReplyInput!) {
    replyToConversation(input: $input) {
      __typename
      ... on SendMessagePayload {
        sentMessage {
          body
        }
      }
      ... on ForbiddenError {
        missingScope
        message
      }
      ... on Error {
        code
      }
    }
  }
`);

const CREATE_TOPIC = graphql(`
  mutation ApiKeysCreateTopic($name: String!) {
    createHandoffTopic(input: { name: $name }) {
      __typename
      ... on HandoffTopic {
        name
      }
      ... on ForbiddenError {
        missingScope
      }
      ... on Error {
        code
      }
    }
  }
`);

const INVITE = graphql(`
  mutation ApiKeysInvite($email: String!) {
    inviteAgent(input: { email: $email, role: AGENT }) {
      __typename
      ... on ForbiddenError {
        missingScope
        message
      }
      ... on Error {
        code
      }
    }
  }
`);

const allScopes: ApiScope[] = [
  'CONVERSATIONS_READ',
  'CONVERSATIONS_WRITE',
  'MESSAGES_WRITE',
  'ACTIONS_MANAGE',
  'KNOWLEDGE_MANAGE',
  'USAGE_READ',
  'WEBHOOKS_MANAGE',
];

let server: BatonServer;
let owner: SignedIn;
let visitor: VisitorSession;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Keys Inc');
  visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
});

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

describe('creating and listing keys', () => {
  it('shows the secret once, stores only the prefix in clear, lists keys without secrets', async () => {
    const res = await gql(
      server.graphqlUrl,
      CREATE_KEY,
      { input: { name: '  Analytics  ', scopes: ['USAGE_READ', 'USAGE_READ', 'CONVERSATIONS_READ'] } },
      owner.token,
    );
    const created = expectTypename(res.data.createApiKey, 'CreateApiKeyPayload');
    expect(created.secret).toMatch(/^bk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`${created.apiKey.prefix}_`)).toBe(true);
    expect(created.apiKey).toMatchObject({
      name: 'Analytics',
      scopes: ['USAGE_READ', 'CONVERSATIONS_READ'],
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { id: owner.agentId },
    });
    const listed = (await gql(server.graphqlUrl, LIST_KEYS, {}, owner.token)).data.apiKeys;
    const row = listed.find((k) => k.id === created.apiKey.id);
    expect(row).toMatchObject({
      name: 'Analytics',
      prefix: created.apiKey.prefix,
      createdBy: { name: 'Olivia Owner' },
    });
    // Nothing in the listing (or the schema) gives the secret back.
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(12));
    const secretField = await gql(
      server.graphqlUrl,
      invalidDocument('{ apiKeys { secret secretHash } }'),
      {},
      owner.token,
    );
    expect(secretField.status).toBe(400);
    // Stored hashed: the row holds SHA-256 of the key, never the key.
    const stored = await server.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: created.secret.slice(3, 11) } });
    expect(JSON.stringify(stored)).not.toContain(created.secret.slice(12));
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses bad input with typed errors per field and creates nothing', async () => {
    const before = (await gql(server.graphqlUrl, LIST_KEYS, {}, owner.token)).data.apiKeys.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '   ', scopes: ['USAGE_READ'] }, 'input.name'],
      [{ name: 'x'.repeat(81), scopes: ['USAGE_READ'] }, 'input.name'],
      [{ name: 'No scopes', scopes: [] }, 'input.scopes'],
      [
        { name: 'Past', scopes: ['USAGE_READ'], expiresAt: new Date(Date.now() - 60_000).toISOString() },
        'input.expiresAt',
      ],
    ];
    for (const [input, path] of cases) {
      const res = await gql(server.graphqlUrl, CREATE_KEY, { input: input as never }, owner.token);
      const error = expectTypename(res.data.createApiKey, 'ValidationError');
      expect(error.fieldErrors.map((f) => f.path)).toEqual([path]);
    }
    // An unknown scope is not a value of the ApiScope enum: the request is refused before it runs.
    const unknown = await gql(
      server.graphqlUrl,
      invalidDocument('mutation { createApiKey(input: { name: "x", scopes: [EVERYTHING] }) { __typename } }'),
      {},
      owner.token,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.message).toContain('EVERYTHING');
    const viaVariables = await gql(
      server.graphqlUrl,
      CREATE_KEY,
      { input: { name: 'x', scopes: ['admin:all' as ApiScope] } },
      owner.token,
    );
    expect(viaVariables.errors?.[0]?.message).toContain('admin:all');
    expect((await gql(server.graphqlUrl, LIST_KEYS, {}, owner.token)).data.apiKeys).toHaveLength(before);
  });

  it('is for owners and admins with a signed-in session only', async () => {
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ada');
    const res = await gql(server.graphqlUrl, CREATE_KEY, { input: { name: 'x', scopes: ['USAGE_READ'] } }, agent.token);
    expect(expectTypename(res.data.createApiKey, 'ForbiddenError').missingScope).toBeNull();
    expect((await gql(server.graphqlUrl, LIST_KEYS, {}, agent.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A key never manages keys, even a key of the owner with every scope.
    const key = await createKey(server.graphqlUrl, owner, allScopes);
    const byKey = await gql(
      server.graphqlUrl,
      CREATE_KEY,
      { input: { name: 'x', scopes: ['USAGE_READ'] } },
      key.secret,
    );
    const denied = expectTypename(byKey.data.createApiKey, 'ForbiddenError');
    expect(denied.message).toMatch(/signed-in session/);
    expect((await gql(server.graphqlUrl, LIST_KEYS, {}, key.secret)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revokeByKey = await gql(server.graphqlUrl, REVOKE_KEY, { id: key.id }, key.secret);
    expect(expectTypename(revokeByKey.data.revokeApiKey, 'ForbiddenError').code).toBe('FORBIDDEN');
    // Nor the team.
    const invite = await gql(server.graphqlUrl, INVITE, { email: 'someone@example.com' }, key.secret);
    expect(expectTypename(invite.data.inviteAgent, 'ForbiddenError').missingScope).toBeNull();
  });

  it('records the last use, at most once a minute', async () => {
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ']);
    expect(
      (await gql(server.graphqlUrl, CONVERSATIONS, {}, key.secret)).data.conversations.edges.length,
    ).toBeGreaterThan(0);
    const first = (await gql(server.graphqlUrl, LIST_KEYS, {}, owner.token)).data.apiKeys.find((k) => k.id === key.id);
    expect(first?.lastUsedAt).not.toBeNull();
    await gql(server.graphqlUrl, CONVERSATIONS, {}, key.secret);
    const second = (await gql(server.graphqlUrl, LIST_KEYS, {}, owner.token)).data.apiKeys.find((k) => k.id === key.id);
    expect(second?.lastUsedAt).toBe(first?.lastUsedAt);
  });
});

describe('calling the API with a key', () => {
  it('works over HTTP (Authorization: Bearer) and WebSocket (connectionParams), as its creator', async () => {
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ']);
    const http = await gql(server.graphqlUrl, VIEWER, {}, key.secret);
    expect(http.data).toEqual({ viewer: { id: owner.agentId, name: 'Olivia Owner' }, workspace: { name: 'Keys Inc' } });
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${key.secret}` });
    sockets.push(socket);
    const ws = await wsRequest(socket.client, CONVERSATIONS);
    expect(ws.data.conversations.edges.map((e) => e.node.id)).toContain(visitor.conversationId);
  });

  it('each scope allows its fields and denies the others, naming the missing scope and nothing else', async () => {
    const id = visitor.conversationId;
    const keys = new Map<ApiScope, string>();
    for (const scope of allScopes) keys.set(scope, (await createKey(server.graphqlUrl, owner, [scope])).secret);
    const secretOf = (scope: ApiScope) => keys.get(scope)!;

    const checks: Array<{
      scope: ApiScope;
      field: string;
      run: (secret: string) => Promise<{ allowed: boolean; denied: unknown }>;
    }> = [
      {
        scope: 'CONVERSATIONS_READ',
        field: 'conversations',
        run: async (secret) => {
          const res = await gql(server.graphqlUrl, CONVERSATIONS, {}, secret);
          return { allowed: Array.isArray(res.body.data?.conversations?.edges), denied: deniedQuery(res.body) };
        },
      },
      {
        scope: 'CONVERSATIONS_READ',
        field: 'node',
        run: async (secret) => {
          const res = await gql(server.graphqlUrl, CONVERSATION_NODE, { id }, secret);
          return { allowed: res.body.data?.node?.__typename === 'Conversation', denied: deniedQuery(res.body) };
        },
      },
      {
        scope: 'USAGE_READ',
        field: 'aiUsage',
        run: async (secret) => {
          const res = await gql(server.graphqlUrl, AI_USAGE, {}, secret);
          return { allowed: Array.isArray(res.body.data?.aiUsage), denied: deniedQuery(res.body) };
        },
      },
      {
        scope: 'ACTIONS_MANAGE',
        field: 'customActions',
        run: async (secret) => {
          const res = await gql(server.graphqlUrl, ACTIONS, {}, secret);
          return { allowed: Array.isArray(res.body.data?.customActions), denied: deniedQuery(res.body) };
        },
      },
      {
        scope: 'KNOWLEDGE_MANAGE',
        field: 'createHandoffTopic',
        run: async (secret) => {
          const res = await gql(server.graphqlUrl, CREATE_TOPIC, { name: `Topic ${secret.slice(3, 11)}` }, secret);
          const result = res.data.createHandoffTopic;
          return {
            allowed: result.__typename === 'HandoffTopic',
            denied: result.__typename === 'ForbiddenError' ? { missingScope: result.missingScope } : null,
          };
        },
      },
      {
        scope: 'MESSAGES_WRITE',
        field: 'replyToConversation',
        run: async (secret) => {
          // Allowed through auth: the conversation is not taken over, so the domain answers OwnershipError.
          const res = await gql(
            server.graphqlUrl,
            REPLY,
            { input: { conversationId: id, body: 'Hi from the CRM' } },
            secret,
          );
          const result = res.data.replyToConversation;
          return {
            allowed: result.__typename !== 'ForbiddenError',
            denied: result.__typename === 'ForbiddenError' ? { missingScope: result.missingScope } : null,
          };
        },
      },
    ];
    for (const check of checks) {
      for (const scope of allScopes) {
        const outcome = await check.run(secretOf(scope));
        if (scope === check.scope) {
          expect(outcome, `${scope} on ${check.field}`).toEqual({ allowed: true, denied: null });
        } else {
          expect(outcome, `${scope} on ${check.field}`).toEqual({
            allowed: false,
            denied: { missingScope: check.scope },
          });
        }
      }
    }
    // Nothing was written by the denied mutations: one topic per allowed call, none else.
    const topics = (await gql(server.graphqlUrl, KNOWLEDGE, {}, owner.token)).data.handoffTopics;
    expect(topics.filter((t) => t.name.startsWith('Topic '))).toHaveLength(1);
  });

  it('a denied mutation changes nothing: takeOver without conversations:write', async () => {
    const readOnly = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ', 'MESSAGES_WRITE']);
    const res = await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, readOnly.secret);
    const denied = expectTypename(res.data.takeOver, 'ForbiddenError');
    expect(denied).toEqual({
      __typename: 'ForbiddenError',
      missingScope: 'CONVERSATIONS_WRITE',
      message: 'This API key does not have the conversations:write scope.',
      code: 'FORBIDDEN',
    });
    const node = await gql(server.graphqlUrl, CONVERSATION_NODE, { id: visitor.conversationId }, readOnly.secret);
    expect(node.data.node).toMatchObject({ status: 'ASSISTANT' });
    // With the scope (and the read scope, to read the conversation it returns), the owner's key takes it over.
    const writer = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_WRITE', 'CONVERSATIONS_READ']);
    const ok = await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, writer.secret);
    expect(expectTypename(ok.data.takeOver, 'Conversation').status).toBe('ASSIGNED');
  });

  it('a key never does more than its creator’s current role allows', async () => {
    const dana = await addMember(server.graphqlUrl, owner, 'ADMIN', 'Dana');
    const key = await createKey(server.graphqlUrl, dana, ['USAGE_READ']);
    expect((await gql(server.graphqlUrl, AI_USAGE, {}, key.secret)).body.errors).toBeUndefined();
    const CHANGE_ROLE = graphql(`
      mutation ApiKeysChangeRole($id: ID!) {
        changeAgentRole(agentId: $id, role: AGENT) {
          __typename
        }
      }
    `);
    expectTypename(
      (await gql(server.graphqlUrl, CHANGE_ROLE, { id: dana.agentId }, owner.token)).data.changeAgentRole,
      'Agent',
    );
    const after = await gql(server.graphqlUrl, AI_USAGE, {}, key.secret);
    expect(after.body.data).toBeNull();
    expect(after.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
  });
});

describe('refused keys', () => {
  it('a revoked key is refused over HTTP and WebSocket', async () => {
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ']);
    expect((await gql(server.graphqlUrl, CONVERSATIONS, {}, key.secret)).status).toBe(200);
    const revoked = await gql(server.graphqlUrl, REVOKE_KEY, { id: key.id }, owner.token);
    expect(expectTypename(revoked.data.revokeApiKey, 'ApiKey').revokedAt).not.toBeNull();
    const http = await gql(server.graphqlUrl, CONVERSATIONS, {}, key.secret);
    expect(http.status).toBe(401);
    expect(http.errors?.[0]).toMatchObject({
      message: 'This API key has been revoked.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'REVOKED' },
    });
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${key.secret}` });
    sockets.push(socket);
    expect(await socket.closed).toBe(4403);
  });

  it('an expired key is refused', async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ'], { expiresAt });
    expect((await gql(server.graphqlUrl, CONVERSATIONS, {}, key.secret)).status).toBe(200);
    await expect
      .poll(async () => (await gql(server.graphqlUrl, CONVERSATIONS, {}, key.secret)).errors?.[0], { timeout: 10_000 })
      .toMatchObject({
        message: 'This API key has expired.',
        extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED' },
      });
  });

  it('a key that expires ends its open socket then, as a revocation would (EXPIRED, 4403)', async () => {
    const expiresAt = new Date(Date.now() + 5000).toISOString();
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ']);
    const expiring = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ'], { expiresAt });
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${expiring.secret}` });
    sockets.push(socket);
    // Admitted (connection_ack and an answer) before it expires; then a subscription stays open.
    expect((await wsRequest(socket.client, CONVERSATIONS, {})).errors).toBeUndefined();
    const inbox = subscribe(socket.client, INBOX, {});
    expect(await socket.closed).toBe(4403);
    await inbox.done;
    expect(inbox.errors.flat()).toMatchObject([
      { message: 'This API key has expired.', extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED' } },
    ]);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
    // A key that does not expire keeps its socket: it still answers after the other one ended.
    const lasting = connectWs(server.wsUrl, { authorization: `Bearer ${key.secret}` });
    sockets.push(lasting);
    expect((await wsRequest(lasting.client, CONVERSATIONS, {})).errors).toBeUndefined();
  });

  it('a wrong secret with a real prefix, a malformed key, and a key of a deactivated member are refused', async () => {
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ']);
    const forged = `${key.secret.slice(0, 12)}${'A'.repeat(43)}`;
    for (const token of [forged, 'bk_nothing', `${key.secret}x`]) {
      const res = await gql(server.graphqlUrl, CONVERSATIONS, {}, token);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
    const eve = await addMember(server.graphqlUrl, owner, 'ADMIN', 'Eve');
    const eves = await createKey(server.graphqlUrl, eve, ['CONVERSATIONS_READ']);
    expect((await gql(server.graphqlUrl, CONVERSATIONS, {}, eves.secret)).status).toBe(200);
    const DEACTIVATE = graphql(`
      mutation ApiKeysDeactivate($id: ID!) {
        deactivateAgent(agentId: $id) {
          __typename
        }
      }
    `);
    await gql(server.graphqlUrl, DEACTIVATE, { id: eve.agentId }, owner.token);
    const res = await gql(server.graphqlUrl, CONVERSATIONS, {}, eves.secret);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
  });

  it('another workspace’s key id is NotFound, and revoking twice is harmless', async () => {
    const other = await signUp(server.graphqlUrl, 'Other Co');
    const theirs = await createKey(server.graphqlUrl, other, ['USAGE_READ']);
    const res = await gql(server.graphqlUrl, REVOKE_KEY, { id: theirs.id }, owner.token);
    expect(expectTypename(res.data.revokeApiKey, 'NotFoundError').code).toBe('NOT_FOUND');
    expect((await gql(server.graphqlUrl, AI_USAGE, {}, theirs.secret)).status).toBe(200);
    const bad = await gql(server.graphqlUrl, REVOKE_KEY, { id: 'not-an-id' }, owner.token);
    expect(expectTypename(bad.data.revokeApiKey, 'ValidationError').code).toBe('VALIDATION_FAILED');
    const mine = await createKey(server.graphqlUrl, owner, ['USAGE_READ']);
    const once = expectTypename(
      (await gql(server.graphqlUrl, REVOKE_KEY, { id: mine.id }, owner.token)).data.revokeApiKey,
      'ApiKey',
    );
    const twice = expectTypename(
      (await gql(server.graphqlUrl, REVOKE_KEY, { id: mine.id }, owner.token)).data.revokeApiKey,
      'ApiKey',
    );
    expect(twice.revokedAt).toBe(once.revokedAt);
  });
});

function deniedQuery(body: {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}) {
  if (!body.errors?.length) return null;
  // Nothing else: no data for the field, one error, only its code and the scope.
  expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors;
  expect(Object.keys(error!.extensions ?? {}).sort()).toEqual(['code', 'missingScope']);
  expect(error!.extensions?.code).toBe('FORBIDDEN');
  const missingScope = String(error!.extensions?.missingScope);
  expect(error!.message).toBe(`This API key does not have the ${missingScope} scope.`);
  return { missingScope: missingScope.replace(':', '_').toUpperCase() };
}
