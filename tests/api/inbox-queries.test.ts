/** Inbox queries: filters, ordering, pagination, no N+1; custom action management; the response clock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import {
  connectWs,
  eventsBefore,
  expectPresent,
  expectTypename,
  gql,
  subscribe,
  untilLive,
} from '../helpers/graphql.js';
import { createAction, INBOX, publicKeyOf, SEND, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { pauseBackgroundWork, startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const ACTION_IDS = graphql(`
  query InboxActionIds {
    customActions {
      id
    }
  }
`);
const NEXT_PAGE = graphql(`
  query InboxNextPage($after: String) {
    conversations(first: 1, after: $after, status: [QUEUED]) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
const VISITOR_LIST = graphql(`
  query InboxAsVisitor {
    conversations(first: 5) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const UPDATE_ACTION = graphql(`
  mutation InboxUpdateAction($id: ID!, $input: CustomActionInput!) {
    updateCustomAction(actionId: $id, input: $input) {
      __typename
      ... on CustomAction {
        label
        fields {
          key
          type
          required
          options
        }
      }
    }
  }
`);
const REORDER = graphql(`
  mutation InboxReorder($ids: [ID!]!) {
    reorderCustomActions(actionIds: $ids) {
      __typename
      ... on ValidationError {
        fieldErrors {
          path
        }
      }
    }
  }
`);
const DISABLE = graphql(`
  mutation InboxDisableAction($id: ID!) {
    setCustomActionEnabled(actionId: $id, enabled: false) {
      __typename
    }
  }
`);
const LABELS = graphql(`
  query InboxActionLabels {
    customActions {
      label
    }
  }
`);
const ALL_ACTIONS = graphql(`
  query InboxAllActions {
    customActions {
      label
      enabled
      position
    }
  }
`);
const DELETE_ACTION = graphql(`
  mutation InboxDeleteAction($id: ID!) {
    deleteCustomAction(actionId: $id) {
      __typename
      ... on CustomAction {
        label
      }
    }
  }
`);
const REPLY_ON_IT = graphql(`
  mutation InboxReplyOnIt($id: ID!) {
    replyToConversation(input: { conversationId: $id, body: "On it!" }) {
      __typename
    }
  }
`);
const BREACH_VIEW = graphql(`
  query InboxBreachView($a: ID!, $b: ID!) {
    a: conversation(id: $a) {
      responseTargetBreachedAt
      waitingSeconds
    }
    b: conversation(id: $b) {
      responseTargetBreachedAt
      firstHumanReplyAt
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let actionId: string;
let publicKey: string;

beforeAll(async () => {
  server = await startTestServer({ BATON_CLOCK_INTERVAL_MS: '100' });
  owner = await signUp(server.graphqlUrl, 'Inbox Co');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ines');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  actionId = (await gql(server.graphqlUrl, ACTION_IDS, {}, owner.token)).data.customActions[0]!.id;
});
afterAll(async () => {
  await server?.close();
});

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().slice('Conversation:'.length);
}

async function handedOff(text: string) {
  const visitor = await startSession(server.graphqlUrl, publicKey);
  await gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body: text } }, visitor.token);
  await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId } },
    visitor.token,
  );
  return visitor;
}

const PAGE = graphql(`
  query InboxPage($first: Int!, $status: [ConversationStatus!], $assignee: AssigneeFilter) {
    conversations(first: $first, status: $status, assignee: $assignee) {
      totalCount: edges {
        cursor
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          assigneeName
          waitingSeconds
          responseDueAt
          assignee {
            name
          }
          visitor {
            id
          }
          lastMessage {
            body
            authorKind
          }
          lastVisitorMessage {
            body
          }
          sessionMetadata {
            pageUrl
          }
          handoff {
            trigger
            summary
            actionLabel
            capturedValues {
              key
              value
            }
            citedDocuments {
              title
            }
          }
        }
      }
    }
  }
`);

describe('inbox queries', () => {
  it('filters by status and assignee, orders the queue by waiting time, and paginates', async () => {
    const a = await handedOff('first in line');
    const b = await handedOff('second in line');
    const c = await handedOff('third in line');
    await gql(server.graphqlUrl, TAKE_OVER, { id: b.conversationId }, agent.token);

    const queue = await gql(server.graphqlUrl, PAGE, { first: 10, status: ['QUEUED'] }, owner.token);
    expect(queue.data.conversations.edges.map((e) => e.node.id)).toEqual([a.conversationId, c.conversationId]);
    expect(queue.data.conversations.edges[0]?.node.lastMessage?.authorKind).toBe('SYSTEM');

    const mine = await gql(server.graphqlUrl, PAGE, { first: 10, assignee: 'ME' }, agent.token);
    expect(mine.data.conversations.edges.map((e) => e.node.id)).toEqual([b.conversationId]);
    const unassignedQueued = await gql(
      server.graphqlUrl,
      PAGE,
      { first: 10, assignee: 'UNASSIGNED', status: ['QUEUED'] },
      agent.token,
    );
    expect(unassignedQueued.data.conversations.edges).toHaveLength(2);

    const page1 = await gql(server.graphqlUrl, PAGE, { first: 1, status: ['QUEUED'] }, owner.token);
    expect(page1.data.conversations.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(
      server.graphqlUrl,
      NEXT_PAGE,
      { after: page1.data.conversations.pageInfo.endCursor },
      owner.token,
    );
    expect(page2.data.conversations.edges[0]?.node.id).toBe(c.conversationId);
    expect(page2.data.conversations.pageInfo.hasNextPage).toBe(false);

    // Visitors cannot list conversations.
    const asVisitor = await gql(server.graphqlUrl, VISITOR_LIST, {}, a.token);
    expect(asVisitor.body.data).toBeNull();
  });

  it('a page of 50 conversations costs the same number of SQL statements as a page of 5 (no N+1)', async () => {
    for (let i = 0; i < 50; i++) await handedOff(`question ${i}`);
    await server.assistant.idle();
    // Only this request's statements: the periodic work that polls the database is paused.
    const resume = await pauseBackgroundWork(server);
    try {
      const count = async (first: number) => {
        const before = server.db.statementCount();
        const res = await gql(server.graphqlUrl, PAGE, { first }, owner.token);
        expect(res.errors).toBeUndefined();
        expect(res.data.conversations.edges).toHaveLength(first);
        expect(
          res.data.conversations.edges.every((e) => e.node.handoff && e.node.lastMessage && e.node.lastVisitorMessage),
        ).toBe(true);
        return server.db.statementCount() - before;
      };
      const small = await count(5);
      const large = await count(50);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
      // The same count a second time: not a one-off.
      expect(await count(5)).toBe(small);
    } finally {
      resume();
    }
  });
});

describe('custom actions', () => {
  it('create, update, reorder, disable and delete; visitors see enabled ones in order', async () => {
    const url = server.graphqlUrl;
    const shop = await signUp(url, 'Actions Shop');
    const defaultId = (await gql(url, ACTION_IDS, {}, shop.token)).data.customActions[0]!.id;
    const returnId = await createAction(url, shop.token);
    const changeId = await createAction(url, shop.token, {
      label: 'Change my order',
      description: 'Address or item changes',
      fields: [{ key: 'orderNumber', label: 'Order number', type: 'SHORT_TEXT', required: true }],
    });
    const update = await gql(
      url,
      UPDATE_ACTION,
      {
        id: changeId,
        input: {
          label: 'Change an order',
          fields: [
            { key: 'orderNumber', label: 'Order number', type: 'SHORT_TEXT', required: true },
            { key: 'contact', label: 'Preferred contact', type: 'SINGLE_CHOICE', options: ['Email', 'Phone'] },
          ],
        },
      },
      shop.token,
    );
    expect(update.data.updateCustomAction).toEqual({
      __typename: 'CustomAction',
      label: 'Change an order',
      fields: [
        { key: 'orderNumber', type: 'SHORT_TEXT', required: true, options: [] },
        { key: 'contact', type: 'SINGLE_CHOICE', required: false, options: ['Email', 'Phone'] },
      ],
    });
    const reorder = await gql(url, REORDER, { ids: [changeId, returnId, defaultId] }, shop.token);
    expect(reorder.errors).toBeUndefined();
    const badReorder = await gql(url, REORDER, { ids: [changeId, returnId] }, shop.token);
    expect(badReorder.data.reorderCustomActions.__typename).toBe('ValidationError');

    await gql(url, DISABLE, { id: returnId }, shop.token);
    const visitor = await startSession(url, await publicKeyOf(url, shop.token));
    const seen = await gql(url, LABELS, {}, visitor.token);
    expect(seen.data.customActions.map((a) => a.label)).toEqual(['Change an order', 'Talk to a human']);
    const all = await gql(url, ALL_ACTIONS, {}, shop.token);
    expect(all.data.customActions.map((a) => [a.label, a.enabled])).toEqual([
      ['Change an order', true],
      ['Request a return', false],
      ['Talk to a human', true],
    ]);

    const deleted = await gql(url, DELETE_ACTION, { id: changeId }, shop.token);
    expect(expectTypename(deleted.data.deleteCustomAction, 'CustomAction').label).toBe('Change an order');
    expect((await gql(url, LABELS, {}, shop.token)).data.customActions).toHaveLength(2);
  });
});

describe('response-time clock', () => {
  it('publishes a breach once per handoff and shows it on the conversation; a human reply in time prevents it', async () => {
    const shop = await signUp(server.graphqlUrl, 'Clock Shop');
    // 1 s keeps the test short; the API accepts 30 s and up.
    await server.db.prisma.workspace.updateMany({
      where: { name: 'Clock Shop' },
      data: { responseTimeTargetSeconds: 1 },
    });
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    const shopAction = (await gql(server.graphqlUrl, ACTION_IDS, {}, shop.token)).data.customActions[0]!.id;
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${shop.token}` });
    const inbox = subscribe(socket.client, INBOX);
    const warm = await startSession(server.graphqlUrl, key);
    await untilLive(
      inbox,
      () => gql(server.graphqlUrl, SEND, { input: { conversationId: warm.conversationId, body: 'hi' } }, warm.token),
      (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE',
    );

    // Answered first, so its target has passed too by the time the later handoff's has.
    const answered = await startSession(server.graphqlUrl, key);
    await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: answered.conversationId, actionId: shopAction } },
      answered.token,
    );
    await gql(server.graphqlUrl, TAKE_OVER, { id: answered.conversationId }, shop.token);
    await gql(server.graphqlUrl, REPLY_ON_IT, { id: answered.conversationId }, shop.token);
    const late = await startSession(server.graphqlUrl, key);
    await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: late.conversationId, actionId: shopAction } },
      late.token,
    );

    await inbox.waitFor((e) => e.some((x) => x.inboxEvents.kind === 'RESPONSE_TARGET_BREACHED'), 10_000);
    // One more sweep after the breach marks neither conversation again...
    const swept = await server.services.responseClock.sweep();
    expect(swept).not.toContain(dbId(late.conversationId));
    expect(swept).not.toContain(dbId(answered.conversationId));
    // ...and no other breach was on its way: a visitor message sent now arrives after it would.
    const sentinel = await startSession(server.graphqlUrl, key);
    const before = await eventsBefore(
      inbox,
      () =>
        gql(
          server.graphqlUrl,
          SEND,
          { input: { conversationId: sentinel.conversationId, body: 'sentinel' } },
          sentinel.token,
        ),
      (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE' && e.inboxEvents.conversation.id === sentinel.conversationId,
    );
    const breaches = before.filter((x) => x.inboxEvents.kind === 'RESPONSE_TARGET_BREACHED');
    expect(breaches.map((b) => b.inboxEvents.conversation.id)).toEqual([late.conversationId]);
    expect(breaches[0]!.inboxEvents.conversation.responseTargetBreachedAt).toBeTruthy();
    const view = await gql(
      server.graphqlUrl,
      BREACH_VIEW,
      { a: late.conversationId, b: answered.conversationId },
      shop.token,
    );
    const lateView = expectPresent(view.data.a, 'late conversation');
    const answeredView = expectPresent(view.data.b, 'answered conversation');
    expect(lateView.responseTargetBreachedAt).toBeTruthy();
    expect(lateView.waitingSeconds).toBeGreaterThanOrEqual(1);
    expect(answeredView).toMatchObject({ responseTargetBreachedAt: null });
    expect(answeredView.firstHumanReplyAt).toBeTruthy();
    await socket.dispose();
  });
});
