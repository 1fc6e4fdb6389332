/** Atomic take-over (guarantee 2) and the other ownership moves, over real HTTP + WebSocket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { expectNoWrites } from '../helpers/db.js';
import { graphql } from '../gql/index.js';
import {
  connectWs,
  eventsBefore,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  type WsConnection,
} from '../helpers/graphql.js';
import { INBOX, publicKeyOf, REPLY, SEND, startSession, STREAM, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const ACTIONS = graphql(`
  query TakeoverActions {
    customActions {
      id
      label
    }
  }
`);
const RELEASE = graphql(`
  mutation TakeoverRelease($id: ID!) {
    r: releaseConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
        assigneeName
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
const HAND_BACK = graphql(`
  mutation TakeoverHandBack($id: ID!) {
    r: handBackConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
        assigneeName
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
const RESOLVE = graphql(`
  mutation TakeoverResolve($id: ID!) {
    r: resolveConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
        assigneeName
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
const REASSIGN = graphql(`
  mutation TakeoverReassign($id: ID!, $agent: ID!) {
    r: reassignConversation(conversationId: $id, agentId: $agent) {
      __typename
      ... on Conversation {
        status
        assigneeName
      }
    }
  }
`);
const STATUS = graphql(`
  query TakeoverStatus($id: ID!) {
    conversation(id: $id) {
      status
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;
let talkToHuman: string;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Race Ltd');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  const actions = await gql(server.graphqlUrl, ACTIONS, {}, owner.token);
  talkToHuman = actions.data.customActions[0]!.id;
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

async function queuedConversation(): Promise<{ id: string; visitorToken: string }> {
  const visitor = await startSession(server.graphqlUrl, publicKey);
  await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: 'I need help' } },
    visitor.token,
  );
  const res = await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId: talkToHuman } },
    visitor.token,
  );
  expect(expectTypename(res.data.submitAction, 'HandoffPayload').conversation.status).toBe('QUEUED');
  return { id: visitor.conversationId, visitorToken: visitor.token };
}

describe('take over', () => {
  it('20 concurrent attempts by different agents: exactly one wins, 19 typed errors naming the winner, one event', async () => {
    const agents = await Promise.all(
      Array.from({ length: 20 }, (_, i) => addMember(server.graphqlUrl, owner, 'AGENT', `Agent ${i + 1}`)),
    );
    const conversation = await queuedConversation();
    const watcher = connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` });
    sockets.push(watcher);
    const inbox = subscribe(watcher.client, INBOX);
    // Make sure the inbox subscription is live before the race.
    await untilLive(
      inbox,
      () =>
        gql(
          server.graphqlUrl,
          SEND,
          { input: { conversationId: conversation.id, body: 'still there?' } },
          conversation.visitorToken,
        ),
      (x) => x.inboxEvents.kind === 'VISITOR_MESSAGE',
    );

    const results = await Promise.all(
      agents.map((a) => gql(server.graphqlUrl, TAKE_OVER, { id: conversation.id }, a.token)),
    );
    const outcomes = results.map((r) => r.data.takeOver);
    const winners = outcomes.filter((o) => o.__typename === 'Conversation');
    const losers = outcomes.filter((o) => o.__typename === 'ConversationTakenError');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    const winnerName = winners[0]!.assignee?.name;
    expect(winnerName).toBeTruthy();
    for (const loser of losers) {
      expect(loser.agentName).toBe(winnerName);
      expect(loser.message).toBe(`${winnerName} has already taken over this conversation.`);
    }
    // One "taken over" event, naming the winner; one status change in the conversation's log.
    // Every attempt has been answered; another visitor's message, sent now, is the sentinel: a
    // second "taken over" event would have come before it.
    const sentinel = await startSession(server.graphqlUrl, publicKey);
    const before = await eventsBefore(
      inbox,
      () =>
        gql(
          server.graphqlUrl,
          SEND,
          { input: { conversationId: sentinel.conversationId, body: 'sentinel' } },
          sentinel.token,
        ),
      (x) => x.inboxEvents.kind === 'VISITOR_MESSAGE' && x.inboxEvents.conversation.id === sentinel.conversationId,
    );
    const takenEvents = before.filter((x) => x.inboxEvents.kind === 'TAKEN_OVER');
    expect(takenEvents).toHaveLength(1);
    expect(takenEvents[0]!.inboxEvents.agentName).toBe(winnerName);
    expect(takenEvents[0]!.inboxEvents.conversation.assigneeName).toBe(winnerName);
    const convId = Buffer.from(conversation.id, 'base64').toString().slice('Conversation:'.length);
    const changes = await server.db.prisma.conversationEvent.findMany({
      where: { conversationId: convId, kind: 'STATUS_CHANGED' },
    });
    expect(changes.map((c) => (c.payload as { status: { change: string } }).status.change)).toEqual([
      'HANDOFF_REQUESTED',
      'TAKEN_OVER',
    ]);
    const row = await server.db.prisma.conversation.findUniqueOrThrow({
      where: { id: convId },
      include: { assignee: true },
    });
    expect(row.assignee?.name).toBe(winnerName);
    const handoff = await server.db.prisma.handoffRequest.findFirstOrThrow({ where: { conversationId: convId } });
    expect(handoff.status).toBe('ACCEPTED');
  });

  it('a resolved conversation cannot be taken over', async () => {
    const conversation = await queuedConversation();
    const resolved = await gql(server.graphqlUrl, RESOLVE, { id: conversation.id }, owner.token);
    expect(expectTypename(resolved.data.r, 'Conversation').status).toBe('RESOLVED');
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, TAKE_OVER, { id: conversation.id }, owner.token),
    );
    expect(res.data.takeOver).toMatchObject({ __typename: 'InvalidOperationError', code: 'INVALID_OPERATION' });
  });

  it('release, reassign, hand back, and reopen on a new visitor message', async () => {
    const bob = await addMember(server.graphqlUrl, owner, 'AGENT', 'Bob');
    const cleo = await addMember(server.graphqlUrl, owner, 'AGENT', 'Cleo');
    const conversation = await queuedConversation();
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${conversation.visitorToken}` });
    sockets.push(socket);
    const stream = subscribe(socket.client, STREAM, { id: conversation.id, after: 0 });

    expect(
      expectTypename(
        (await gql(server.graphqlUrl, TAKE_OVER, { id: conversation.id }, bob.token)).data.takeOver,
        'Conversation',
      ).status,
    ).toBe('ASSIGNED');
    // Cleo cannot reply to Bob's conversation, nor release it; notes are fine.
    const cleoReply = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, REPLY, { input: { conversationId: conversation.id, body: 'Hi' } }, cleo.token),
    );
    expect(cleoReply.data.replyToConversation).toMatchObject({
      __typename: 'OwnershipError',
      owner: 'AGENT',
      ownerName: 'Bob',
    });
    const cleoRelease = await gql(server.graphqlUrl, RELEASE, { id: conversation.id }, cleo.token);
    expect(cleoRelease.data.r.__typename).toBe('ForbiddenError');
    const cleoNote = await gql(
      server.graphqlUrl,
      REPLY,
      { input: { conversationId: conversation.id, body: 'Bob, VIP customer', internal: true } },
      cleo.token,
    );
    expect(cleoNote.data.replyToConversation.__typename).toBe('SendMessagePayload');

    const released = await gql(server.graphqlUrl, RELEASE, { id: conversation.id }, bob.token);
    expect(released.data.r).toEqual({ __typename: 'Conversation', status: 'QUEUED', assigneeName: null });

    // Agents cannot reassign; admins can.
    expect(
      (await gql(server.graphqlUrl, REASSIGN, { id: conversation.id, agent: cleo.agentId }, bob.token)).data.r
        .__typename,
    ).toBe('ForbiddenError');
    expect(
      (await gql(server.graphqlUrl, REASSIGN, { id: conversation.id, agent: cleo.agentId }, owner.token)).data.r,
    ).toEqual({ __typename: 'Conversation', status: 'ASSIGNED', assigneeName: 'Cleo' });

    const handedBack = await gql(server.graphqlUrl, HAND_BACK, { id: conversation.id }, cleo.token);
    expect(handedBack.data.r).toEqual({ __typename: 'Conversation', status: 'ASSISTANT', assigneeName: null });
    // Once handed back the assistant may write again.
    const convId = Buffer.from(conversation.id, 'base64').toString().slice('Conversation:'.length);
    const written = await server.services.messages.postAssistantMessage(convId, { body: 'I am back. How can I help?' });
    expect(written.message.authorKind).toBe('ASSISTANT');

    expect(
      expectTypename(
        (await gql(server.graphqlUrl, RESOLVE, { id: conversation.id }, owner.token)).data.r,
        'Conversation',
      ).status,
    ).toBe('RESOLVED');
    const again = await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: conversation.id, body: 'One more thing' } },
      conversation.visitorToken,
    );
    expectTypename(again.data.sendMessage, 'SendMessagePayload');
    const reopened = await gql(server.graphqlUrl, STATUS, { id: conversation.id }, owner.token);
    expect(reopened.data.conversation?.status).toBe('ASSISTANT');

    const changes = await stream.waitFor((e) => e.some((x) => x.conversationEvents.message?.body === 'One more thing'));
    expect(changes.flatMap((e) => e.conversationEvents.status?.change ?? [])).toEqual([
      'HANDOFF_REQUESTED',
      'TAKEN_OVER',
      'RELEASED',
      'REASSIGNED',
      'HANDED_BACK',
      'RESOLVED',
      'REOPENED',
    ]);
    expect(JSON.stringify(changes)).not.toContain('VIP customer');
  });
});
