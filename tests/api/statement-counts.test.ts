/**
 * SQL statements per operation (issue 13), as `server.db.statementCount()` counts them: every
 * statement Prisma sends, BEGIN and COMMIT of a transaction included. Each request is sent
 * exactly as the widget or the inbox app sends it (their own documents), with the periodic
 * response-time sweep, the assistant's turn queue and the webhook queue paused so that only that request is
 * counted; the assistant's reply is counted separately by letting the queue run and waiting
 * for it to be idle.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { InboxDocument, TakeOverDocument } from '../../inbox-app/src/lib/gql/graphql.js';
import { WidgetSendMessageDocument, WidgetSubmitActionDocument } from '../../widget/src/gql/graphql.js';
import { TypedDocumentString } from '../gql/graphql.js';
import { gql, persistedGql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession } from '../helpers/handoff.js';
import { pauseBackgroundWork, startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

interface Typed {
  __typename: string;
}
// The widget's documents are trusted documents: sent by hash (persistedGql), as the widget sends them.
const widgetSend = WidgetSendMessageDocument;
const widgetSubmit = WidgetSubmitActionDocument;
const inboxTakeOver = new TypedDocumentString<{ takeOver: Typed }, { id: string }>(print(TakeOverDocument));
const inboxList = new TypedDocumentString<
  { conversations: { edges: { node: { id: string } }[] } },
  { first: number; status?: string[] }
>(print(InboxDocument));

const ACTION_IDS = new TypedDocumentString<{ customActions: { id: string }[] }, Record<string, never>>(
  'query StatementCountActionIds { customActions { id } }',
);

/** The goals of issue 13, in statements (printed beside the measured figures). */
const goals = {
  handoff: 8,
  takeOver: 6,
  visitorMessageHumanOwned: 5,
  visitorMessageWithReply: 10,
  inboxPage: 5,
};
/**
 * What the test asserts: the goal where it is met (inbox page: 2 with Prisma's relationJoins);
 * otherwise the figure measured today, so that a change can only lower it (not met yet: handoff
 * 11, take-over 10, visitor message 7 / 27 with the reply — see the report on issue 13). Lower
 * these as statements are cut. The metrics listener reads nothing: the accepted handoff's times
 * come with the take-over's own fact (`handoff.accepted`).
 */
const ceilings: typeof goals = {
  handoff: 11,
  takeOver: 10,
  visitorMessageHumanOwned: 7,
  visitorMessageWithReply: 27,
  inboxPage: 5,
};

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let publicKey: string;
let actionId: string;
const measured: Record<string, number> = {};
/** Statements of the turn queue's idle() and its empty re-claim beyond the two measured today (timing). */
const idleChecks = 3;

beforeAll(async () => {
  server = await startTestServer({ BATON_CLOCK_INTERVAL_MS: '100' });
  owner = await signUp(server.graphqlUrl, 'Counting Co');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Cora');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  actionId = (await gql(server.graphqlUrl, ACTION_IDS, {}, owner.token)).data.customActions[0]!.id;
});
afterAll(async () => {
  console.log(
    `SQL statements per operation (BEGIN/COMMIT included): ${JSON.stringify(measured)}; goals ${JSON.stringify(goals)}`,
  );
  await server?.close();
});

/** Statements `run` sends while the background work that polls the database is paused. */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  await server.assistant.idle();
  const resume = await pauseBackgroundWork(server);
  try {
    const before = server.db.statementCount();
    const result = await run();
    return { result, statements: server.db.statementCount() - before };
  } finally {
    resume();
  }
}

async function visitor(first: string) {
  const v = await startSession(server.graphqlUrl, publicKey);
  await gql(server.graphqlUrl, SEND, { input: { conversationId: v.conversationId, body: first } }, v.token);
  await server.assistant.idle();
  return v;
}

async function handedOff(first: string) {
  const v = await visitor(first);
  const res = await persistedGql(
    server.graphqlUrl,
    widgetSubmit,
    { input: { conversationId: v.conversationId, actionId } },
    v.token,
  );
  expect(res.data.submitAction.__typename).toBe('HandoffPayload');
  return v;
}

describe('SQL statements per operation', () => {
  it(`handoff (the widget's submitAction) (goal ≤ ${goals.handoff})`, async () => {
    const v = await visitor('I need a person');
    const { result, statements } = await counted(() =>
      persistedGql(server.graphqlUrl, widgetSubmit, { input: { conversationId: v.conversationId, actionId } }, v.token),
    );
    expect(result.errors).toBeUndefined();
    const submitted = result.data.submitAction;
    expect(submitted.__typename === 'HandoffPayload' ? submitted.conversation.status : submitted).toBe('QUEUED');
    measured.handoff = statements;
    expect(statements).toBeLessThanOrEqual(Math.max(goals.handoff, ceilings.handoff));
  });

  it(`take-over (the inbox's takeOver) (goal ≤ ${goals.takeOver})`, async () => {
    const v = await handedOff('take me over');
    const { result, statements } = await counted(() =>
      gql(server.graphqlUrl, inboxTakeOver, { id: v.conversationId }, agent.token),
    );
    expect(result.data.takeOver.__typename).toBe('Conversation');
    measured.takeOver = statements;
    expect(statements).toBeLessThanOrEqual(Math.max(goals.takeOver, ceilings.takeOver));
  });

  it(`visitor message when a human owns the conversation (goal ≤ ${goals.visitorMessageHumanOwned})`, async () => {
    const v = await handedOff('owned soon');
    await gql(server.graphqlUrl, inboxTakeOver, { id: v.conversationId }, agent.token);
    const { result, statements } = await counted(() =>
      persistedGql(
        server.graphqlUrl,
        widgetSend,
        { input: { conversationId: v.conversationId, body: 'still there?' } },
        v.token,
      ),
    );
    expect(result.data.sendMessage.__typename).toBe('SendMessagePayload');
    measured.visitorMessageHumanOwned = statements;
    expect(statements).toBeLessThanOrEqual(Math.max(goals.visitorMessageHumanOwned, ceilings.visitorMessageHumanOwned));
  });

  it(`visitor message and the assistant's reply (goal ≤ ${goals.visitorMessageWithReply})`, async () => {
    const v = await visitor('hello');
    // The message with the turn queue paused, then the turn (claim, answer, store the reply,
    // delete the job): the queue is started and waited for. The turn's figure also holds
    // idle()'s own `job.count` checks and the empty claim after the job — one or two, depending
    // on timing: `idleChecks` allows them.
    const resume = await pauseBackgroundWork(server);
    let statements: number;
    let turn: number;
    try {
      const before = server.db.statementCount();
      const result = await persistedGql(
        server.graphqlUrl,
        widgetSend,
        { input: { conversationId: v.conversationId, body: 'what are your hours?' } },
        v.token,
      );
      expect(result.data.sendMessage.__typename).toBe('SendMessagePayload');
      const sent = server.db.statementCount();
      statements = sent - before;
      server.assistant.start();
      await server.assistant.idle();
      turn = server.db.statementCount() - sent;
    } finally {
      resume();
    }
    measured.visitorMessage = statements;
    measured.assistantTurn = turn;
    measured.visitorMessageWithReply = statements + turn;
    expect(statements + turn).toBeLessThanOrEqual(
      Math.max(goals.visitorMessageWithReply, ceilings.visitorMessageWithReply) + idleChecks,
    );
  });

  it(`inbox page of 50 (the inbox app's conversation list) (goal ≤ ${goals.inboxPage})`, async () => {
    for (let i = 0; i < 50; i++) await handedOff(`question ${i}`);
    const { result, statements } = await counted(() => gql(server.graphqlUrl, inboxList, { first: 50 }, owner.token));
    expect(result.errors).toBeUndefined();
    expect(result.data.conversations.edges).toHaveLength(50);
    measured.inboxPage = statements;
    expect(statements).toBeLessThanOrEqual(Math.max(goals.inboxPage, ceilings.inboxPage));
  });
});
