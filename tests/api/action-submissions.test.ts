/**
 * Issue 15 items 5 and 8 over real HTTP + WebSocket: a custom action submitted in every status
 * reaches the team (a structured visitor message, live on the agent's stream; a handoff only
 * while the assistant has the chat or it was resolved), and the visitor is told about every
 * ownership move (joined / back / left / handed back / resolved).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, expectTypename, gql, subscribe, type WsConnection } from '../helpers/graphql.js';
import { createAction, publicKeyOf, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const SUBMISSION_STREAM = graphql(`
  subscription SubmissionStream($id: ID!, $after: Int) {
    conversationEvents(conversationId: $id, afterSeq: $after) {
      seq
      message {
        authorKind
        body
        submission {
          actionLabel
          values {
            key
            label
            value
          }
        }
      }
      status {
        change
        status
      }
    }
  }
`);
const HANDOFFS = graphql(`
  query SubmissionHandoffs($id: ID!) {
    conversation(id: $id) {
      status
      handoffs {
        status
        actionLabel
        capturedValues {
          key
          value
        }
      }
      messages(first: 100) {
        edges {
          node {
            authorKind
            body
            submission {
              actionLabel
              values {
                key
                value
              }
            }
          }
        }
      }
    }
  }
`);
const MOVE = graphql(`
  mutation SubmissionMoves($id: ID!, $release: Boolean!, $resolve: Boolean!, $handBack: Boolean!) {
    release: releaseConversation(conversationId: $id) @include(if: $release) {
      __typename
      ... on Error {
        message
      }
    }
    resolve: resolveConversation(conversationId: $id) @include(if: $resolve) {
      __typename
      ... on Error {
        message
      }
    }
    handBack: handBackConversation(conversationId: $id) @include(if: $handBack) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let anna: SignedIn;
let bob: SignedIn;
let publicKey: string;
let actionId: string;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Submissions Ltd');
  anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
  bob = await addMember(server.graphqlUrl, owner, 'AGENT', 'Bob');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  actionId = await createAction(server.graphqlUrl, owner.token, {
    label: 'Change an order',
    description: 'Address or item changes',
    fields: [
      { key: 'orderNumber', label: 'Order number', type: 'SHORT_TEXT', required: true, maxLength: 12 },
      { key: 'change', label: 'What should change?', type: 'LONG_TEXT', required: false },
    ],
  });
});
afterAll(async () => {
  for (const s of sockets) await s.dispose();
  await server?.close();
});

function agentStream(token: string, conversationId: string) {
  const ws = connectWs(server.wsUrl, { authorization: `Bearer ${token}` });
  sockets.push(ws);
  return subscribe(ws.client, SUBMISSION_STREAM, { id: conversationId, after: 0 });
}

const submit = (conversationId: string, token: string, order: string, change = '') =>
  gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    {
      input: {
        conversationId,
        actionId,
        values: [
          { key: 'orderNumber', value: order },
          { key: 'change', value: change },
        ],
      },
    },
    token,
  );

const move = (id: string, token: string, which: 'release' | 'resolve' | 'handBack') =>
  gql(
    server.graphqlUrl,
    MOVE,
    { id, release: which === 'release', resolve: which === 'resolve', handBack: which === 'handBack' },
    token,
  );

async function messages(conversationId: string) {
  const res = await gql(server.graphqlUrl, HANDOFFS, { id: conversationId }, owner.token);
  return res.data.conversation!.messages.edges.map((e) => e.node);
}

describe('submitAction in every status', () => {
  it('ASSISTANT: queues a handoff and records the submission as the visitor’s structured message', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const res = await submit(visitor.conversationId, visitor.token, 'A-1', 'New address');
    const payload = expectTypename(res.data.submitAction, 'HandoffPayload');
    expect(payload).toMatchObject({ alreadyRequested: false, conversation: { status: 'QUEUED' } });
    const list = await messages(visitor.conversationId);
    expect(list.map((m) => m.authorKind)).toEqual(['VISITOR', 'SYSTEM']);
    expect(list[0]).toMatchObject({
      body: 'Change an order\nOrder number: A-1\nWhat should change?: New address',
      submission: {
        actionLabel: 'Change an order',
        values: [
          { key: 'orderNumber', value: 'A-1' },
          { key: 'change', value: 'New address' },
        ],
      },
    });
  });

  it('QUEUED and ASSIGNED: nothing is refused — the agent sees each submission live, no second handoff', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    await submit(visitor.conversationId, visitor.token, 'A-2');
    const stream = agentStream(anna.token, visitor.conversationId);
    await stream.waitFor((events) => events.some((e) => e.conversationEvents.status?.status === 'QUEUED'));

    const queued = expectTypename(
      (await submit(visitor.conversationId, visitor.token, 'A-3', 'Queued change')).data.submitAction,
      'HandoffPayload',
    );
    expect(queued).toMatchObject({ alreadyRequested: true, conversation: { status: 'QUEUED' } });
    await stream.waitFor((events) =>
      events.some((e) => e.conversationEvents.message?.submission?.values[0]?.value === 'A-3'),
    );

    expectTypename(
      (await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, anna.token)).data.takeOver,
      'Conversation',
    );
    const assigned = expectTypename(
      (await submit(visitor.conversationId, visitor.token, 'A-4', 'While Anna is here')).data.submitAction,
      'HandoffPayload',
    );
    expect(assigned).toMatchObject({ alreadyRequested: true, conversation: { status: 'ASSIGNED' } });
    const seen = await stream.waitFor((events) =>
      events.some((e) => e.conversationEvents.message?.submission?.values[1]?.value === 'While Anna is here'),
    );
    const live = seen.find((e) => e.conversationEvents.message?.submission?.values[0]?.value === 'A-4')!;
    expect(live.conversationEvents.message).toMatchObject({
      authorKind: 'VISITOR',
      submission: { actionLabel: 'Change an order' },
    });
    // Still Anna's: one handoff only (one "Connecting you…" notice), three submissions.
    const list = await messages(visitor.conversationId);
    expect(list.filter((m) => m.submission).map((m) => m.submission!.values[0]!.value)).toEqual(['A-2', 'A-3', 'A-4']);
    expect(list.filter((m) => m.body.startsWith('Connecting you'))).toHaveLength(1);
    stream.stop();
  });

  it('RESOLVED: a submission queues a new handoff', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    await submit(visitor.conversationId, visitor.token, 'A-5');
    await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, anna.token);
    expect((await move(visitor.conversationId, anna.token, 'resolve')).data.resolve?.__typename).toBe('Conversation');
    const res = expectTypename(
      (await submit(visitor.conversationId, visitor.token, 'A-6')).data.submitAction,
      'HandoffPayload',
    );
    expect(res).toMatchObject({ alreadyRequested: false, conversation: { status: 'QUEUED' } });
    const list = await messages(visitor.conversationId);
    expect(list.filter((m) => m.body.startsWith('Connecting you'))).toHaveLength(2);
    // Each handoff keeps its own packet, newest first.
    const conversation = (await gql(server.graphqlUrl, HANDOFFS, { id: visitor.conversationId }, owner.token)).data
      .conversation!;
    expect(conversation.handoffs.map((h) => [h.status, h.capturedValues[0]?.value])).toEqual([
      ['PENDING', 'A-6'],
      ['ACCEPTED', 'A-5'],
    ]);
  });

  it('bad values are refused per field and record nothing', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const res = await submit(visitor.conversationId, visitor.token, '');
    expect(res.data.submitAction.__typename).toBe('ValidationError');
    expect(await messages(visitor.conversationId)).toEqual([]);
  });
});

describe('what the visitor is told about ownership moves', () => {
  it('joined once, left on release, back on a repeat take-over, joined for someone else, resolved', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const id = visitor.conversationId;
    await submit(id, visitor.token, 'A-7');
    await gql(server.graphqlUrl, TAKE_OVER, { id }, anna.token);
    await move(id, anna.token, 'release');
    await gql(server.graphqlUrl, TAKE_OVER, { id }, anna.token);
    await move(id, anna.token, 'release');
    await gql(server.graphqlUrl, TAKE_OVER, { id }, bob.token);
    await move(id, bob.token, 'handBack');
    await move(id, owner.token, 'resolve');
    const notices = (await messages(id)).filter((m) => m.authorKind === 'SYSTEM').map((m) => m.body);
    expect(notices).toEqual([
      'Connecting you with the team.',
      'Anna joined the chat.',
      "Anna left; you're back in the queue for the team.",
      'Anna is back in the chat.',
      "Anna left; you're back in the queue for the team.",
      'Bob joined the chat.',
      'Bob left; you are chatting with the assistant again.',
      'This chat was marked as resolved. Write again any time to continue.',
    ]);
  });
});
