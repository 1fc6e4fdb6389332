/**
 * Threat: a key of workspace A (even one with every scope) used on workspace B's ids — over
 * HTTP and over WebSocket — reads or changes B's conversations, visitors or events. Every
 * lookup is scoped to the key's workspace: B's ids look exactly like ids that do not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import {
  connectWs,
  eventsBefore,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  wsRequest,
  type WsConnection,
} from '../../helpers/graphql.js';
import { INBOX, publicKeyOf, SEND, startSession, STREAM, type VisitorSession } from '../../helpers/handoff.js';
import { createKey } from '../../helpers/api-keys.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

const LOOK = graphql(`
  query ApiKeyTenancyLook($conversation: ID!, $visitor: ID!) {
    conversation(id: $conversation) {
      id
    }
    byNode: node(id: $conversation) {
      id
    }
    visitorNode: node(id: $visitor) {
      id
    }
  }
`);

const TOUCH = graphql(`
  mutation ApiKeyTenancyTouch($conversation: ID!, $visitor: ID!) {
    takeOver(conversationId: $conversation) {
      __typename
      ... on Error {
        code
      }
    }
    replyToConversation(input: { conversationId: $conversation, body: "from another workspace" }) {
      __typename
      ... on Error {
        code
      }
    }
    endVisitorSessions(visitorId: $visitor) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const STATUS = graphql(`
  query ApiKeyTenancyStatus($id: ID!) {
    conversation(id: $id) {
      status
      messages(first: 50) {
        edges {
          node {
            body
          }
        }
      }
    }
  }
`);

const VISITOR_OF = graphql(`
  query ApiKeyTenancyVisitorOf($id: ID!) {
    conversation(id: $id) {
      visitor {
        id
      }
    }
  }
`);

const everything = [
  'CONVERSATIONS_READ',
  'CONVERSATIONS_WRITE',
  'MESSAGES_WRITE',
  'ACTIONS_MANAGE',
  'KNOWLEDGE_MANAGE',
  'USAGE_READ',
  'WEBHOOKS_MANAGE',
] as const;

let server: BatonServer;
let ownerA: SignedIn;
let ownerB: SignedIn;
let visitorA: VisitorSession;
let visitorB: VisitorSession;
let keyA: string;
/** B's visitor as the agent API names it (a global id). */
let visitorIdOfB: string;
const sockets: WsConnection[] = [];
const send = (visitor: VisitorSession, body: string) =>
  gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);

beforeAll(async () => {
  server = await startTestServer();
  ownerA = await signUp(server.graphqlUrl, 'Workspace A');
  ownerB = await signUp(server.graphqlUrl, 'Workspace B');
  visitorA = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, ownerA.token));
  visitorB = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, ownerB.token));
  await send(visitorB, 'my order number is B-1');
  keyA = (await createKey(server.graphqlUrl, ownerA, [...everything])).secret;
  const seenByB = await gql(server.graphqlUrl, VISITOR_OF, { id: visitorB.conversationId }, ownerB.token);
  visitorIdOfB = seenByB.data.conversation!.visitor.id;
});

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

const idsOfB = () => ({ conversation: visitorB.conversationId, visitor: visitorIdOfB });

describe("a key of workspace A on workspace B's ids", () => {
  it('over HTTP reads nothing: null, no error, exactly as for ids that do not exist', async () => {
    const res = await gql(server.graphqlUrl, LOOK, idsOfB(), keyA);
    expect(res.body).toEqual({ data: { conversation: null, byNode: null, visitorNode: null } });
  });

  it('over HTTP changes nothing: NotFound for every mutation', async () => {
    const res = await gql(server.graphqlUrl, TOUCH, idsOfB(), keyA);
    expect(res.data).toEqual({
      takeOver: { __typename: 'NotFoundError', code: 'NOT_FOUND' },
      replyToConversation: { __typename: 'NotFoundError', code: 'NOT_FOUND' },
      endVisitorSessions: { __typename: 'NotFoundError', code: 'NOT_FOUND' },
    });
    const seen = await gql(server.graphqlUrl, STATUS, { id: visitorB.conversationId }, ownerB.token);
    expect(seen.data.conversation?.status).toBe('ASSISTANT');
    expect(seen.data.conversation?.messages.edges.map((e) => e.node.body)).not.toContain('from another workspace');
  });

  it('over WebSocket reads nothing, changes nothing, and streams nothing of B', async () => {
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${keyA}` });
    sockets.push(socket);
    expect((await wsRequest(socket.client, LOOK, idsOfB())).body).toEqual({
      data: { conversation: null, byNode: null, visitorNode: null },
    });
    expect((await wsRequest(socket.client, TOUCH, idsOfB())).data.takeOver).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    // B's conversation stream is refused like a conversation that does not exist.
    const streamB = subscribe(socket.client, STREAM, { id: visitorB.conversationId, after: 0 });
    await streamB.done;
    expect(streamB.events).toEqual([]);
    expect(JSON.stringify(streamB.errors)).toContain('NOT_FOUND');
    // The inbox shows A's events only: B's visitor writes, then A's (the sentinel) — only A's arrives.
    const inbox = subscribe(socket.client, INBOX);
    await untilLive(
      inbox,
      () => send(visitorA, 'ping A'),
      (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE',
    );
    await send(visitorB, 'secret of B');
    const before = await eventsBefore(
      inbox,
      () => send(visitorA, 'sentinel A'),
      (e) => e.inboxEvents.conversation.id === visitorA.conversationId && e.inboxEvents.kind === 'VISITOR_MESSAGE',
    );
    expect(before.filter((e) => e.inboxEvents.conversation.id === visitorB.conversationId)).toEqual([]);
    expectTypename((await send(visitorB, 'still private')).data.sendMessage, 'SendMessagePayload');
  });
});
