/**
 * The handoff journey of PRODUCT.md steps 2–7, driven purely through the API over real HTTP and
 * WebSocket: custom action → visitor chat → handoff → inbox event → take-over → reply → resolve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import {
  connectWs,
  expectPresent,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  type WsConnection,
} from '../helpers/graphql.js';
import {
  createAction,
  INBOX,
  metadata,
  publicKeyOf,
  REPLY,
  SEND,
  startSession,
  STREAM,
  SUBMIT_ACTION,
  TAKE_OVER,
} from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const ACTIONS = graphql(`
  query HandoffActions {
    customActions {
      id
      label
      enabled
      fields {
        key
      }
    }
  }
`);
const VISITOR_ACTIONS = graphql(`
  query HandoffVisitorActions {
    customActions {
      id
      label
      fields {
        key
        label
        type
        required
        options
      }
    }
  }
`);
const CREATE_DOCUMENT = graphql(`
  mutation HandoffCreateDocument($input: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $input) {
      __typename
      ... on KnowledgeDocument {
        id
      }
    }
  }
`);
const QUEUE = graphql(`
  query HandoffQueue {
    conversations(status: [QUEUED]) {
      edges {
        node {
          id
          messages {
            edges {
              node {
                authorKind
                body
              }
            }
          }
        }
      }
    }
  }
`);
const TIMED = graphql(`
  query HandoffTimed($id: ID!) {
    conversation(id: $id) {
      firstHumanReplyAt
      waitingSeconds
    }
  }
`);
const RESOLVE = graphql(`
  mutation HandoffResolve($id: ID!) {
    resolveConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
        resolvedAt
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let anna: SignedIn;
const sockets: WsConnection[] = [];

function ws(token?: string): WsConnection {
  const connection = connectWs(server.wsUrl, token ? { authorization: `Bearer ${token}` } : {});
  sockets.push(connection);
  return connection;
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Acme Shoes');
  anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

describe('handoff journey', () => {
  it('visitor → custom action → inbox → take over → reply → resolve', async () => {
    const url = server.graphqlUrl;
    // 2. The admin creates a custom action with input fields.
    const actionId = await createAction(url, owner.token);
    const actions = await gql(url, ACTIONS, {}, owner.token);
    expect(actions.data.customActions.map((a) => a.label)).toEqual(['Talk to a human', 'Request a return']);

    // The assistant knows one help article.
    const doc = await gql(
      url,
      CREATE_DOCUMENT,
      {
        input: {
          title: 'Tracking your order',
          sourceUrl: 'https://shop.example.com/help/tracking',
          content:
            '## Where is my order?\n\nEvery order gets a tracking number by email within 24 hours of shipping. Open the link in that email to see where your order is.',
        },
      },
      owner.token,
    );
    expect(doc.data.createKnowledgeDocument.__typename).toBe('KnowledgeDocument');

    // An agent watches the inbox.
    const inbox = subscribe(ws(anna.token).client, INBOX);

    // 3. A visitor starts a chat from the company's page and asks a question.
    const visitor = await startSession(url, await publicKeyOf(url, owner.token));
    const visitorActions = await gql(url, VISITOR_ACTIONS, {}, visitor.token);
    expect(visitorActions.data.customActions).toHaveLength(2);
    const stream = subscribe(ws(visitor.token).client, STREAM, { id: visitor.conversationId, after: 0 });
    // (Another visitor's chatter tells us when the inbox subscription is live.)
    const probe = await startSession(url, await publicKeyOf(url, owner.token));
    await untilLive(
      inbox,
      () => gql(url, SEND, { input: { conversationId: probe.conversationId, body: 'hello?' } }, probe.token),
      (x) => x.inboxEvents.conversation.id === probe.conversationId,
    );
    const ask = () =>
      gql(
        url,
        SEND,
        { input: { conversationId: visitor.conversationId, body: 'Where is my order A-12345?', clientId: 'c-1' } },
        visitor.token,
      );
    const first = await ask();
    expect(expectTypename(first.data.sendMessage, 'SendMessagePayload').duplicate).toBe(false);
    // A retry after a network error (same clientId) is stored once (guarantee 4).
    const asked = await ask();
    // The assistant answers from the article, citing it.
    await server.assistant.idle();
    expect(asked.data.sendMessage).toMatchObject({
      __typename: 'SendMessagePayload',
      duplicate: true,
      sentMessage: { seq: 1, authorKind: 'VISITOR' },
    });

    // 4. The visitor presses the action and fills its fields.
    const submitted = await gql(
      url,
      SUBMIT_ACTION,
      {
        input: {
          conversationId: visitor.conversationId,
          actionId,
          values: [
            { key: 'orderNumber', value: 'A-12345' },
            { key: 'reason', value: 'Too small' },
            { key: 'email', value: 'vi@example.com' },
          ],
        },
      },
      visitor.token,
    );
    expect(submitted.data.submitAction).toMatchObject({
      __typename: 'HandoffPayload',
      alreadyRequested: false,
      conversation: { status: 'QUEUED' },
    });

    // 5. The agent's inbox receives the handoff with the packet and the session metadata.
    // The form's message is its own event after the handoff's: wait for both.
    const ofVisitor = (events: typeof inbox.events) =>
      events.filter((e) => e.inboxEvents.conversation.id === visitor.conversationId);
    await inbox.waitFor((e) => ofVisitor(e).length >= 3);
    const received = ofVisitor(inbox.events);
    // The question, then the handoff with the visitor's form (stored as their message too).
    expect(received.map((e) => e.inboxEvents.kind)).toEqual([
      'VISITOR_MESSAGE',
      'HANDOFF_REQUESTED',
      'VISITOR_MESSAGE',
    ]);
    const card = received[1]!.inboxEvents;
    expect(card.kind).toBe('HANDOFF_REQUESTED');
    expect(card.conversation.id).toBe(visitor.conversationId);
    expect(card.conversation.status).toBe('QUEUED');
    expect(card.conversation.sessionMetadata).toEqual(metadata);
    expect(card.conversation.handoff).toMatchObject({
      trigger: 'BUTTON',
      actionLabel: 'Request a return',
      capturedValues: [
        { key: 'orderNumber', label: 'Order number', value: 'A-12345' },
        { key: 'reason', label: 'Return reason', value: 'Too small' },
        { key: 'email', label: 'Email', value: 'vi@example.com' },
      ],
      citedDocuments: [{ title: 'Tracking your order' }],
    });
    expect(expectPresent(card.conversation.handoff, 'handoff').summary).toContain('Where is my order A-12345?');
    expect(card.conversation.waitingSeconds).toBeGreaterThanOrEqual(0);

    // The queue view lists it, with the full history.
    const queue = await gql(url, QUEUE, {}, anna.token);
    const queued = queue.data.conversations.edges.map((e) => e.node);
    expect(queued.map((c) => c.id)).toEqual([visitor.conversationId]);
    const history = queued[0]?.messages.edges.map((e) => e.node) ?? [];
    expect(history.map((m) => m.authorKind)).toEqual(['VISITOR', 'ASSISTANT', 'VISITOR', 'SYSTEM']);
    expect(history[0]?.body).toBe('Where is my order A-12345?');
    expect(history[1]?.body).toContain('tracking number');
    expect(history[2]?.body).toContain('Order number: A-12345');
    expect(history[3]?.body).toContain('Connecting you with the team');

    // The agent takes over.
    const taken = await gql(url, TAKE_OVER, { id: visitor.conversationId }, anna.token);
    expect(taken.data.takeOver).toMatchObject({
      __typename: 'Conversation',
      status: 'ASSIGNED',
      assignee: { name: 'Anna' },
    });
    await inbox.waitFor((e) =>
      e.some((x) => x.inboxEvents.kind === 'TAKEN_OVER' && x.inboxEvents.agentName === 'Anna'),
    );

    // After the take-over the assistant cannot write (guarantee 1) and nothing is stored.
    const before = await server.db.prisma.message.count({
      where: { conversationId: await dbId(visitor.conversationId) },
    });
    await expect(
      server.services.messages.postAssistantMessage(await dbId(visitor.conversationId), { body: 'I can help!' }),
    ).rejects.toMatchObject({ code: 'NOT_OWNER', owner: 'AGENT', ownerName: 'Anna' });
    expect(
      await server.db.prisma.message.count({ where: { conversationId: await dbId(visitor.conversationId) } }),
    ).toBe(before);

    // 6. The agent replies (and writes an internal note); the visitor sees the reply live.
    const note = await gql(
      url,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'Customer is a VIP', internal: true } },
      anna.token,
    );
    const noteMessage = expectTypename(note.data.replyToConversation, 'SendMessagePayload').sentMessage;
    expect(noteMessage.internal).toBe(true);
    const reply = await gql(
      url,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'Hi! I will sort out your return.', clientId: 'a-1' } },
      anna.token,
    );
    expect(reply.data.replyToConversation).toMatchObject({
      __typename: 'SendMessagePayload',
      sentMessage: { authorName: 'Anna', internal: false },
    });

    await stream.waitFor((e) =>
      e.some((x) => x.conversationEvents.message?.body === 'Hi! I will sort out your return.'),
    );
    const all = stream.events.map((e) => e.conversationEvents);
    // The assistant's answer streamed as a draft before it was stored as a message.
    const draftAt = all.findIndex((e) => e.kind === 'ASSISTANT_DRAFT');
    const storedAt = all.findIndex((e) => e.message?.authorKind === 'ASSISTANT');
    expect(draftAt).toBeGreaterThanOrEqual(0);
    expect(draftAt).toBeLessThan(storedAt);
    expect(all[storedAt]?.message?.body).toContain(all[draftAt]?.draft?.delta.slice(0, 20));
    const seen = all.filter((e) => e.kind === 'MESSAGE_CREATED' || e.kind === 'STATUS_CHANGED');
    // Every sequence number arrives once, in order; the only one missing is the internal note's.
    const noteSeq = noteMessage.seq;
    const last = seen[seen.length - 1]!.seq;
    expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1).filter((s) => s !== noteSeq));
    expect(seen.some((e) => e.message?.internal)).toBe(false);
    expect(JSON.stringify(seen)).not.toContain('VIP');
    expect(seen.find((e) => e.status?.change === 'TAKEN_OVER')?.status).toEqual({
      change: 'TAKEN_OVER',
      status: 'ASSIGNED',
      assigneeName: 'Anna',
    });
    expect(seen.some((e) => e.message?.body === 'Anna joined the chat.')).toBe(true);

    // The response-time clock stopped at the first human reply.
    const timed = await gql(url, TIMED, { id: visitor.conversationId }, anna.token);
    expect(timed.data.conversation?.firstHumanReplyAt).toBeTruthy();

    // 7. Resolve.
    const resolved = await gql(url, RESOLVE, { id: visitor.conversationId }, anna.token);
    expect(expectTypename(resolved.data.resolveConversation, 'Conversation').status).toBe('RESOLVED');
    await inbox.waitFor((e) => e.some((x) => x.inboxEvents.kind === 'RESOLVED'));
    await stream.waitFor((e) => e.some((x) => x.conversationEvents.status?.change === 'RESOLVED'));
  });
});

async function dbId(globalId: string): Promise<string> {
  return Buffer.from(globalId, 'base64').toString().split(':').slice(1).join(':');
}
