/**
 * Durable assistant turns (domain/assistant/turns.ts, jobs/job-queue.ts): a visitor message the
 * assistant must answer is queued in the database with the message, so no instance's memory
 * holds the only copy; turns of a conversation run in order; a turn whose instance died is
 * taken over when its lease expires; a turn run twice stores one reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, type VisitorSession } from '../helpers/handoff.js';
import { loadKnowledge } from '../helpers/assistant.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':').slice(1).join(':');
}

describe('durable assistant turns', () => {
  let server: BatonServer;
  let owner: SignedIn;
  let publicKey: string;

  beforeAll(async () => {
    // A short lease and poll so that a dead instance's turn is taken over within the test.
    server = await startTestServer({ BATON_JOB_LEASE_MS: '1000', BATON_JOB_POLL_MS: '50' });
    owner = await signUp(server.graphqlUrl, 'Durable Turns');
    await loadKnowledge(server.graphqlUrl, owner.token);
    publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function send(visitor: VisitorSession, body: string, clientId: string) {
    const res = await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body, clientId } },
      visitor.token,
    );
    return expectTypename(res.data.sendMessage, 'SendMessagePayload');
  }

  async function transcript(conversationId: string) {
    return server.db.prisma.message.findMany({
      where: { conversationId },
      orderBy: { seq: 'asc' },
      select: { seq: true, authorKind: true, clientId: true },
    });
  }

  it('answers each of many messages sent at once exactly once, in the order they were stored', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const conversationId = dbId(visitor.conversationId);
    const sent = await Promise.all(
      Array.from({ length: 8 }, (_, i) => send(visitor, `How long does shipping take? (${i})`, `burst-${i}`)),
    );
    expect(sent.every((s) => !s.duplicate)).toBe(true);
    await server.assistant.idle();

    const messages = await transcript(conversationId);
    const visitorMessages = messages.filter((m) => m.authorKind === 'VISITOR');
    const replies = messages.filter((m) => m.authorKind === 'ASSISTANT');
    expect(visitorMessages).toHaveLength(8);
    expect(replies).toHaveLength(8);
    // Each reply carries its turn's id; turns were queued in the order the messages were stored,
    // so replies stored in seq order have increasing turn ids (in order, one per turn).
    const turnIds = replies.map((r) => BigInt(r.clientId!.replace('assistant-turn:', '')));
    expect(new Set(turnIds).size).toBe(8);
    expect([...turnIds].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(turnIds);
    // Every finished turn is gone from the queue.
    expect(await server.db.prisma.job.count()).toBe(0);
  });

  it('keeps an acknowledged message queued while no instance works turns, and answers it once one does', async () => {
    await server.assistant.stop(0);
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const conversationId = dbId(visitor.conversationId);
    await send(visitor, 'Do you ship to Canada?', 'while-stopped');
    const [job] = await server.db.prisma.job.findMany({ where: { key: conversationId } });
    expect(job).toMatchObject({ queue: 'assistant-turn', attempts: 0, lockedBy: null });
    expect((await transcript(conversationId)).map((m) => m.authorKind)).toEqual(['VISITOR']);

    server.assistant.start();
    await server.assistant.idle();
    expect((await transcript(conversationId)).map((m) => m.authorKind)).toEqual(['VISITOR', 'ASSISTANT']);
  });

  it('takes over the turn of an instance that died once its lease expires, and a turn run twice stores one reply', async () => {
    await server.assistant.stop(0);
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const conversationId = dbId(visitor.conversationId);
    await send(visitor, 'How do I reset my password?', 'dead-lease');
    // Another instance claimed the turn and died: its lease runs for another second.
    await server.db.prisma.$executeRaw`
      UPDATE "Job" SET "lockedBy" = 'dead-instance', "attempts" = 1,
                       "lockedUntil" = now() + interval '1 second'
       WHERE "key" = ${conversationId}`;
    server.assistant.start();
    await server.assistant.idle();

    const messages = await transcript(conversationId);
    expect(messages.map((m) => m.authorKind)).toEqual(['VISITOR', 'ASSISTANT']);
    const replyClientId = messages[1]!.clientId!;
    expect(replyClientId).toMatch(/^assistant-turn:\d+$/);

    // The dead instance comes back and finishes its run of the same turn: still one reply.
    const visitorMessageId = (await server.db.prisma.message.findFirstOrThrow({
      where: { conversationId, authorKind: 'VISITOR' },
    }))!.id;
    await Promise.all([
      server.assistant.respond(conversationId, visitorMessageId, { replyClientId }),
      server.assistant.respond(conversationId, visitorMessageId, { replyClientId }),
    ]);
    expect((await transcript(conversationId)).map((m) => m.authorKind)).toEqual(['VISITOR', 'ASSISTANT']);
  });
});
