/**
 * What the inbox's edges need from the API (issue 15): an agent reopens a resolved conversation
 * (a row of the ownership table: exactly one of concurrent attempts wins, the others learn who),
 * `viewerCan.reopen`, and `lastVisitorMessage` for the card preview. Real HTTP + WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { expectNoWrites } from '../helpers/db.js';
import { graphql } from '../gql/index.js';
import { connectWs, expectPresent, expectTypename, gql, subscribe, type WsConnection } from '../helpers/graphql.js';
import { publicKeyOf, REPLY, SEND, startSession, STREAM, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const ACTIONS = graphql(`
  query InboxEdgesActions {
    customActions {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation InboxEdgesResolve($id: ID!) {
    r: resolveConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
      }
    }
  }
`);
const REOPEN = graphql(`
  mutation InboxEdgesReopen($id: ID!) {
    r: reopenConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
        assigneeName
        resolvedAt
        viewerCan {
          reply
          reopen
          takeOver
        }
      }
      ... on ConversationTakenError {
        agentName
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const CARD = graphql(`
  query InboxEdgesCard($id: ID!) {
    conversation(id: $id) {
      status
      viewerCan {
        reopen
        takeOver
      }
      lastMessage {
        body
        authorKind
      }
      lastVisitorMessage {
        body
        authorKind
      }
    }
  }
`);
const CARDS = graphql(`
  query InboxEdgesCards {
    conversations(first: 20) {
      edges {
        node {
          id
          lastVisitorMessage {
            body
          }
        }
      }
    }
  }
`);
const VISITOR_CARD = graphql(`
  query InboxEdgesVisitorCard($id: ID!) {
    conversation(id: $id) {
      lastVisitorMessage {
        body
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Edges Ltd');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

/** A visitor presses "Talk to a human", then asks `question` while queued. */
async function queued(question = 'Where is my parcel?') {
  const visitor = await startSession(server.graphqlUrl, publicKey);
  const actionId = expectPresent(
    (await gql(server.graphqlUrl, ACTIONS, {}, visitor.token)).data.customActions[0],
    'action',
  ).id;
  await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId } },
    visitor.token,
  );
  await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: question } },
    visitor.token,
  );
  return visitor;
}

async function resolved() {
  const visitor = await queued();
  const r = await gql(server.graphqlUrl, RESOLVE, { id: visitor.conversationId }, owner.token);
  expect(expectTypename(r.data.r, 'Conversation').status).toBe('RESOLVED');
  return visitor;
}

describe('reopen by an agent', () => {
  it('a resolved conversation offers reopen (not take over); reopening makes the agent its owner, the visitor is told', async () => {
    const anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
    const visitor = await resolved();
    const before = expectPresent(
      (await gql(server.graphqlUrl, CARD, { id: visitor.conversationId }, anna.token)).data.conversation,
      'conversation',
    );
    expect(before.viewerCan).toEqual({ reopen: true, takeOver: false });

    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
    sockets.push(socket);
    const stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: 0 });

    const reopened = await gql(server.graphqlUrl, REOPEN, { id: visitor.conversationId }, anna.token);
    expect(reopened.data.r).toEqual({
      __typename: 'Conversation',
      status: 'ASSIGNED',
      assigneeName: 'Anna',
      resolvedAt: null,
      viewerCan: { reply: true, reopen: false, takeOver: false },
    });
    const events = await stream.waitFor((e) =>
      e.some((x) => x.conversationEvents.message?.body === 'Anna joined the chat.'),
    );
    expect(events.flatMap((e) => e.conversationEvents.status?.change ?? []).at(-1)).toBe('REOPENED');

    // The agent can now write to the visitor.
    const reply = await gql(
      server.graphqlUrl,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'Back on it.' } },
      anna.token,
    );
    expect(reply.data.replyToConversation.__typename).toBe('SendMessagePayload');
  });

  it('two agents reopen at the same moment: exactly one owns it, the other is told who', async () => {
    const [ben, cleo] = await Promise.all([
      addMember(server.graphqlUrl, owner, 'AGENT', 'Ben'),
      addMember(server.graphqlUrl, owner, 'AGENT', 'Cleo'),
    ]);
    const visitor = await resolved();
    const results = await Promise.all(
      [ben, cleo].map((a) => gql(server.graphqlUrl, REOPEN, { id: visitor.conversationId }, a.token)),
    );
    const winners = results.filter((r) => r.data.r.__typename === 'Conversation');
    expect(winners).toHaveLength(1);
    const winner = expectTypename(winners[0]!.data.r, 'Conversation').assigneeName;
    const loser = results.find((r) => r.data.r.__typename !== 'Conversation')!;
    expect(loser.data.r).toMatchObject({ __typename: 'ConversationTakenError', agentName: winner });
  });

  it('a conversation that is not resolved cannot be reopened (typed error, nothing written)', async () => {
    const visitor = await queued();
    const card = expectPresent(
      (await gql(server.graphqlUrl, CARD, { id: visitor.conversationId }, owner.token)).data.conversation,
      'conversation',
    );
    expect(card.viewerCan).toEqual({ reopen: false, takeOver: true });
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, REOPEN, { id: visitor.conversationId }, owner.token),
    );
    expect(res.data.r).toMatchObject({ __typename: 'InvalidOperationError', code: 'INVALID_OPERATION' });

    // Taken by someone: reopening is not a way to take it from them.
    const dan = await addMember(server.graphqlUrl, owner, 'AGENT', 'Dan');
    await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, dan.token);
    const eve = await addMember(server.graphqlUrl, owner, 'AGENT', 'Eve');
    const taken = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, REOPEN, { id: visitor.conversationId }, eve.token),
    );
    expect(taken.data.r).toMatchObject({ __typename: 'ConversationTakenError', agentName: 'Dan' });
  });
});

describe('lastVisitorMessage (the card preview)', () => {
  it("is the visitor's newest message, past system lines, replies and notes; agents only", async () => {
    const visitor = await queued('Can I change my delivery address?');
    const id = visitor.conversationId;
    await gql(server.graphqlUrl, TAKE_OVER, { id }, owner.token);
    await gql(server.graphqlUrl, REPLY, { input: { conversationId: id, body: 'Yes, which one?' } }, owner.token);
    await gql(server.graphqlUrl, REPLY, { input: { conversationId: id, body: 'VIP', internal: true } }, owner.token);
    const card = expectPresent((await gql(server.graphqlUrl, CARD, { id }, owner.token)).data.conversation, 'card');
    expect(card.lastMessage).toEqual({ body: 'Yes, which one?', authorKind: 'AGENT' });
    expect(card.lastVisitorMessage).toEqual({ body: 'Can I change my delivery address?', authorKind: 'VISITOR' });

    await gql(server.graphqlUrl, SEND, { input: { conversationId: id, body: '12 High Street' } }, visitor.token);
    const list = await gql(server.graphqlUrl, CARDS, {}, owner.token);
    const node = list.data.conversations.edges.find((e) => e.node.id === id)?.node;
    expect(node?.lastVisitorMessage?.body).toBe('12 High Street');

    // Before the visitor wrote anything: null.
    const fresh = await startSession(server.graphqlUrl, publicKey);
    const empty = await gql(server.graphqlUrl, CARD, { id: fresh.conversationId }, owner.token);
    expect(empty.data.conversation?.lastVisitorMessage).toBeNull();

    // Not a visitor's field.
    const asVisitor = await gql(server.graphqlUrl, VISITOR_CARD, { id }, visitor.token);
    expect(asVisitor.errors?.length ?? 0).toBeGreaterThan(0);
  });
});
