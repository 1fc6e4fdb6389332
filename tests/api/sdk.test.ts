/**
 * The typed SDK (packages/sdk) against a real server over real HTTP and WebSocket: typed
 * requests, BatonError for GraphQL errors and for error members of result unions, subscriptions
 * as async iterators, and `conversationEvents` resuming after a dropped socket with no duplicate
 * and no gap, with scoped API keys (`bk_…`, created by the owner's and an admin's sessions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import {
  BatonError,
  ConversationDocument,
  ConversationsDocument,
  createBatonClient,
  InboxEventsDocument,
  ReplyDocument,
  ResolveDocument,
  TakeOverDocument,
  TypedDocumentString,
  unwrap,
  type BatonClient,
  type ConnectionState,
  type ConversationEvent,
} from '../../packages/sdk/src/index.js';
import { graphql } from '../gql/index.js';
import { createKey, REVOKE_KEY } from '../helpers/api-keys.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, SUBMIT_ACTION } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const ACTIONS = graphql(`
  query SdkTestActions {
    customActions {
      id
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let admin: SignedIn;
let other: SignedIn;
/** Keys acting for the owner and for an admin, with what a third-party agent desktop needs. */
let ownerKey: string;
let adminKey: string;
const clients: BatonClient[] = [];
const deskScopes = ['CONVERSATIONS_READ', 'CONVERSATIONS_WRITE', 'MESSAGES_WRITE'] as const;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'SDK Co');
  admin = await addMember(server.graphqlUrl, owner, 'ADMIN', 'Sam');
  other = await signUp(server.graphqlUrl, 'Elsewhere Ltd');
  ownerKey = (await createKey(server.graphqlUrl, owner, [...deskScopes])).secret;
  adminKey = (await createKey(server.graphqlUrl, admin, [...deskScopes])).secret;
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server?.close();
});

function sdk(apiKey: string, onConnectionState?: (state: ConnectionState) => void): BatonClient {
  const client = createBatonClient({ url: server.graphqlUrl, apiKey, onConnectionState });
  clients.push(client);
  return client;
}

/** A visitor of `workspaceOwner`'s workspace who pressed the first action: a queued handoff. */
async function handoff(workspaceOwner: SignedIn = owner): Promise<{ conversationId: string; visitorToken: string }> {
  const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, workspaceOwner.token));
  const actions = await gql(server.graphqlUrl, ACTIONS, {}, visitor.token);
  const actionId = actions.data.customActions[0]!.id;
  const res = await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId } },
    visitor.token,
  );
  expectTypename(res.data.submitAction, 'HandoffPayload');
  return { conversationId: visitor.conversationId, visitorToken: visitor.token };
}

/** Reads an async iterator in the background; `until` waits (deadline only) for a condition on what arrived. */
function reader<T>(iterator: AsyncIterableIterator<T>) {
  const values: T[] = [];
  const watchers = new Set<() => void>();
  let failure: unknown;
  let ended = false;
  const notify = () => watchers.forEach((w) => w());
  void (async () => {
    try {
      for await (const value of iterator) {
        values.push(value);
        notify();
      }
    } catch (error) {
      failure = error;
    }
    ended = true;
    notify();
  })();
  return {
    values,
    get failure() {
      return failure;
    },
    until(test: (values: T[]) => boolean, what: string, timeoutMs = 15_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (test(values)) {
            watchers.delete(check);
            clearTimeout(timer);
            resolve();
          } else if (ended) {
            watchers.delete(check);
            clearTimeout(timer);
            reject(new Error(`${what}: ended with ${JSON.stringify(values)}; ${String(failure)}`));
          }
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`${what}: timed out with ${JSON.stringify(values).slice(0, 1500)}`));
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
    ended: () => new Promise<void>((resolve) => (ended ? resolve() : watchers.add(() => ended && resolve()))),
    stop: () => iterator.return?.(),
  };
}

describe('SDK requests', () => {
  it('lists queued handoffs and reads a conversation with its messages, typed', async () => {
    const { conversationId } = await handoff();
    const client = sdk(ownerKey);
    const { conversations } = await client.request(ConversationsDocument, { status: ['QUEUED'] });
    const queued = conversations.edges.map((e) => e.node);
    const mine = queued.find((c) => c.id === conversationId);
    expect(mine?.status).toBe('QUEUED');
    expect(mine?.handoff?.trigger).toBeTruthy();
    expect(queued.every((c) => c.status === 'QUEUED')).toBe(true);

    const { conversation } = await client.request(ConversationDocument, { id: conversationId });
    expect(conversation?.id).toBe(conversationId);
    expect(conversation?.viewerCan.takeOver).toBe(true);
    const seqs = conversation!.messages.edges.map((e) => e.node.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('takes over, replies and resolves; unwrap narrows the payload', async () => {
    const { conversationId } = await handoff();
    const client = sdk(ownerKey);
    const taken = unwrap((await client.request(TakeOverDocument, { conversationId })).takeOver, 'Conversation');
    expect(taken.assignee?.id).toBe(owner.agentId);
    const reply = await client.request(ReplyDocument, { input: { conversationId, body: 'Hello from the SDK' } });
    const sent = unwrap(reply.replyToConversation, 'SendMessagePayload').sentMessage;
    expect(sent).toMatchObject({ body: 'Hello from the SDK', authorKind: 'AGENT' });
    const resolved = unwrap(
      (await client.request(ResolveDocument, { conversationId })).resolveConversation,
      'Conversation',
    );
    expect(resolved.status).toBe('RESOLVED');
  });

  it('an error member of a result union becomes a BatonError with its code and fields', async () => {
    const { conversationId } = await handoff();
    unwrap((await sdk(adminKey).request(TakeOverDocument, { conversationId })).takeOver, 'Conversation');
    const result = (await sdk(ownerKey).request(TakeOverDocument, { conversationId })).takeOver;
    const error = catchError(() => unwrap(result, 'Conversation'));
    expect(error).toMatchObject({ kind: 'result', typename: 'ConversationTakenError' });
    expect(error.code).toBeTruthy();
    expect(error.result).toMatchObject({ agentName: 'Sam' });
    // Nothing changed: the admin still has it.
    const { conversation } = await sdk(ownerKey).request(ConversationDocument, { id: conversationId });
    expect(conversation?.assignee?.id).toBe(admin.agentId);
  });

  it('GraphQL errors throw a BatonError with the code and path', async () => {
    const client = sdk(ownerKey);
    const invalid = new TypedDocumentString<unknown, Record<string, never>>('query { conversations { nope } }');
    const validation = await rejection(client.request(invalid));
    expect(validation).toMatchObject({ kind: 'graphql', code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(validation.errors.length).toBeGreaterThan(0);

    // Another workspace's conversation: not visible (null), so nothing leaks.
    const { conversationId } = await handoff(other);
    const { conversation } = await client.request(ConversationDocument, { id: conversationId });
    expect(conversation).toBeNull();
    // And it cannot be taken over.
    const take = (await client.request(TakeOverDocument, { conversationId })).takeOver;
    expect(catchError(() => unwrap(take, 'Conversation')).kind).toBe('result');
  });

  it('a bad key is refused with a typed error over HTTP and on the socket', async () => {
    const client = sdk('bk_unknown0_not-a-real-secret');
    const http = await rejection(client.request(ConversationsDocument, { status: ['QUEUED'] }));
    expect(http).toBeInstanceOf(BatonError);
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(http.code);

    const events = reader(client.subscribe(InboxEventsDocument));
    await events.ended();
    expect(events.failure).toBeInstanceOf(BatonError);
    expect((events.failure as BatonError).code).toBe('UNAUTHENTICATED');
    expect(events.values).toEqual([]);
  });
});

describe('SDK and key scopes', () => {
  it('a key without the scope is denied with a typed error naming it, and nothing changes', async () => {
    const { conversationId } = await handoff();
    const readOnly = sdk((await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ'])).secret);
    const take = await readOnly.request(TakeOverDocument, { conversationId }).then(
      (data) => catchError(() => unwrap(data.takeOver, 'Conversation')),
      (error: unknown) => error as BatonError,
    );
    expect(take).toBeInstanceOf(BatonError);
    expect(take.code).toBe('FORBIDDEN');
    expect(JSON.stringify(take.result ?? take.errors)).toContain('conversations:write');
    const { conversation } = await readOnly.request(ConversationDocument, { id: conversationId });
    expect(conversation?.status).toBe('QUEUED');
  });

  it('revoking the key ends its open subscription with UNAUTHENTICATED', async () => {
    const key = await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ']);
    const client = sdk(key.secret);
    const inbox = reader(client.subscribe(InboxEventsDocument));
    // Live once it has seen an event.
    let conversationId = '';
    for (let round = 0; !inbox.values.some((e) => e.inboxEvents.conversation.id === conversationId); round++) {
      expect(round, 'inbox subscription never became live').toBeLessThan(50);
      conversationId = (await handoff()).conversationId;
      await inbox
        .until((v) => v.some((e) => e.inboxEvents.conversation.id === conversationId), 'live', 300)
        .catch(() => {});
    }
    const revoked = await gql(server.graphqlUrl, REVOKE_KEY, { id: key.id }, owner.token);
    expectTypename(revoked.data.revokeApiKey, 'ApiKey');
    await inbox.ended();
    expect(inbox.failure).toMatchObject({ name: 'BatonError', code: 'UNAUTHENTICATED' });
    expect((await rejection(client.request(ConversationsDocument, {}))).code).toBe('UNAUTHENTICATED');
  });
});

describe('SDK subscriptions', () => {
  it('subscribe() yields inbox events as an async iterator; leaving the loop unsubscribes', async () => {
    const client = sdk(ownerKey);
    const inbox = reader(client.subscribe(InboxEventsDocument));
    // The protocol does not acknowledge a subscription: hand off until one shows up.
    let conversationId = '';
    for (let round = 0; !inbox.values.some((e) => e.inboxEvents.conversation.id === conversationId); round++) {
      expect(round, 'inbox subscription never became live').toBeLessThan(50);
      conversationId = (await handoff()).conversationId;
      await inbox
        .until((v) => v.some((e) => e.inboxEvents.conversation.id === conversationId), 'live', 300)
        .catch(() => {});
    }
    const event = inbox.values.find((e) => e.inboxEvents.conversation.id === conversationId)!.inboxEvents;
    expect(event.kind).toBe('HANDOFF_REQUESTED');
    expect(event.conversation.status).toBe('QUEUED');
    await inbox.stop();
    await inbox.ended();
  });

  it('conversationEvents resumes after a dropped socket: every stored event once, in order', async () => {
    const { conversationId, visitorToken } = await handoff();
    const states: ConnectionState[] = [];
    const watchers = new Set<() => void>();
    const client = sdk(ownerKey, (state) => {
      states.push(state);
      watchers.forEach((w) => w());
    });
    const waitState = (state: ConnectionState, from: number) =>
      new Promise<void>((resolve) => {
        const check = () => states.slice(from).includes(state) && (watchers.delete(check), resolve());
        watchers.add(check);
        check();
      });
    unwrap((await client.request(TakeOverDocument, { conversationId })).takeOver, 'Conversation');
    const stream = reader(client.conversationEvents(conversationId, { afterSeq: 0 }));
    const initial = (await client.request(ConversationDocument, { id: conversationId })).conversation!.lastSeq;
    await stream.until((v) => v.some((e) => e.seq === initial), 'initial replay');

    const before = states.length;
    server.disconnectWebSockets();
    await waitState('reconnecting', before);
    // Written while the socket is down: the resubscription must replay exactly these.
    for (const body of ['missed 1', 'missed 2']) {
      await gql(server.graphqlUrl, SEND, { input: { conversationId, body } }, visitorToken);
    }
    await client.request(ReplyDocument, { input: { conversationId, body: 'missed 3' } });
    await waitState('online', before);
    await client.request(ReplyDocument, { input: { conversationId, body: 'live after resume' } });
    await stream.until((v) => v.some((e) => e.message?.body === 'live after resume'), 'resumed stream');

    const stored = stream.values.filter((e: ConversationEvent) => e.kind !== 'TYPING' && e.kind !== 'ASSISTANT_DRAFT');
    const seqs = stored.map((e) => e.seq);
    const last = (await client.request(ConversationDocument, { id: conversationId })).conversation!.lastSeq;
    expect(seqs).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(stored.map((e) => e.message?.body).filter((b) => b?.startsWith('missed'))).toEqual([
      'missed 1',
      'missed 2',
      'missed 3',
    ]);
    await stream.stop();
  });

  it('without afterSeq it starts at the conversation as it is now (nothing earlier, nothing missed)', async () => {
    const { conversationId } = await handoff();
    const client = sdk(ownerKey);
    unwrap((await client.request(TakeOverDocument, { conversationId })).takeOver, 'Conversation');
    const { conversation } = await client.request(ConversationDocument, { id: conversationId });
    const stream = reader(client.conversationEvents(conversationId));
    await client.request(ReplyDocument, { input: { conversationId, body: 'after the call' } });
    await stream.until((v) => v.some((e) => e.message?.body === 'after the call'), 'new reply');
    expect(stream.values.filter((e) => e.kind === 'MESSAGE_CREATED').map((e) => e.seq)).toEqual([
      conversation!.lastSeq + 1,
    ]);
    await stream.stop();
  });

  it("another workspace's conversation: the stream ends with a BatonError", async () => {
    const { conversationId } = await handoff(other);
    const client = sdk(ownerKey);
    const withoutSeq = reader(client.conversationEvents(conversationId));
    await withoutSeq.ended();
    expect(withoutSeq.failure).toMatchObject({ name: 'BatonError', code: 'NOT_FOUND' });
    const withSeq = reader(client.conversationEvents(conversationId, { afterSeq: 0 }));
    await withSeq.ended();
    expect(withSeq.failure).toBeInstanceOf(BatonError);
    expect(withSeq.failure).toMatchObject({ kind: 'graphql', code: 'NOT_FOUND', path: ['conversationEvents'] });
    expect(withSeq.values).toEqual([]);
  });
});

function catchError(run: () => unknown): BatonError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BatonError);
    return error as BatonError;
  }
  throw new Error('expected a BatonError');
}

async function rejection(promise: Promise<unknown>): Promise<BatonError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BatonError);
    return error as BatonError;
  }
  throw new Error('expected a BatonError');
}
