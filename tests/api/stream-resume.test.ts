/**
 * Gap-free live streams (guarantee 3): a subscriber that drops after sequence S and resumes
 * with S receives exactly the missed events, in order, then live ones — also under a burst of
 * 500 concurrent writes with random disconnects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, eventsBefore, gql, subscribe, untilLive } from '../helpers/graphql.js';
import { REPLY, SEND, STREAM, takenOverConversation } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const TYPING = graphql(`
  mutation StreamResumeTyping($id: ID!, $on: Boolean!) {
    setTyping(conversationId: $id, isTyping: $on) {
      __typename
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Stream Co');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Sam');
});
afterAll(async () => {
  await server?.close();
});

/** A conversation taken over by `agent`, so visitor and agent can both write. */
function liveConversation() {
  return takenOverConversation(server.graphqlUrl, owner.token, agent.token);
}

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().slice('Conversation:'.length);
}

async function visibleSeqs(conversationId: string): Promise<number[]> {
  const rows = await server.db.prisma.conversationEvent.findMany({
    where: { conversationId: dbId(conversationId), internal: false },
    orderBy: { seq: 'asc' },
    select: { seq: true },
  });
  return rows.map((r) => r.seq);
}

describe('conversation stream resume', () => {
  it('resumed with S, it replays exactly the missed events in order, then continues live', async () => {
    const visitor = await liveConversation();
    const url = server.graphqlUrl;
    const first = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
    const sub = subscribe(first.client, STREAM, { id: visitor.conversationId, after: 0 });
    const initial = await visibleSeqs(visitor.conversationId);
    await sub.waitFor(initial.length);
    const s = sub.events.at(-1)!.conversationEvents.seq;
    expect(sub.events.map((e) => e.conversationEvents.seq)).toEqual(initial);
    await first.dispose();

    // While disconnected: five more events (one an internal note the visitor must not get).
    await gql(url, SEND, { input: { conversationId: visitor.conversationId, body: 'missed 1' } }, visitor.token);
    await gql(url, REPLY, { input: { conversationId: visitor.conversationId, body: 'missed 2' } }, agent.token);
    await gql(
      url,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'secret note', internal: true } },
      agent.token,
    );
    await gql(url, SEND, { input: { conversationId: visitor.conversationId, body: 'missed 3' } }, visitor.token);
    await gql(url, REPLY, { input: { conversationId: visitor.conversationId, body: 'missed 4' } }, agent.token);

    const second = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
    const resumed = subscribe(second.client, STREAM, { id: visitor.conversationId, after: s });
    await resumed.waitFor(4);
    expect(resumed.events.map((e) => e.conversationEvents.message?.body)).toEqual([
      'missed 1',
      'missed 2',
      'missed 3',
      'missed 4',
    ]);
    expect(resumed.events.map((e) => e.conversationEvents.seq)).toEqual([s + 1, s + 2, s + 4, s + 5]);

    await gql(url, REPLY, { input: { conversationId: visitor.conversationId, body: 'live 1' } }, agent.token);
    await resumed.waitFor(5);
    expect(resumed.events[4]!.conversationEvents).toMatchObject({ seq: s + 6, message: { body: 'live 1' } });
    // Nothing else (no duplicate, no replay) came before a message sent after it.
    const before = await eventsBefore(
      resumed,
      () => gql(url, REPLY, { input: { conversationId: visitor.conversationId, body: 'sentinel' } }, agent.token),
      (e) => e.conversationEvents.message?.body === 'sentinel',
    );
    expect(before).toHaveLength(5);
    expect(resumed.events[5]!.conversationEvents.seq).toBe(s + 7);
    await second.dispose();
  });

  it('a burst of 500 concurrent writes with random disconnects: every visible event exactly once, in order', async () => {
    const visitor = await liveConversation();
    const url = server.graphqlUrl;
    const total = 500;
    let produced = 0;
    const producer = (async () => {
      const writers = 8;
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = w; i < total; i += writers) {
            const roll = i % 10;
            if (roll < 6) {
              await gql(
                url,
                SEND,
                { input: { conversationId: visitor.conversationId, body: `v${i}`, clientId: `v-${i}` } },
                visitor.token,
              );
            } else {
              await gql(
                url,
                REPLY,
                { input: { conversationId: visitor.conversationId, body: `a${i}`, internal: roll === 9 } },
                agent.token,
              );
            }
            produced += 1;
          }
        }),
      );
    })();

    // Pseudo-random but reproducible disconnect points.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const received: Array<{ seq: number; body: string }> = [];
    let cursor = 0;
    let reconnects = 0;
    for (;;) {
      const done = produced === total;
      const expected = done ? await visibleSeqs(visitor.conversationId) : null;
      if (expected && received.length >= expected.length) break;
      const connection = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
      const sub = subscribe(connection.client, STREAM, { id: visitor.conversationId, after: cursor });
      const want = 5 + Math.floor(random() * 60);
      await sub.waitFor((e) => e.length >= want || (produced === total && e.length > 0), 15_000).catch(() => {});
      connection.client.terminate(); // abrupt: no graceful unsubscribe
      for (const { conversationEvents: e } of sub.events) {
        if (e.kind === 'TYPING') continue;
        expect(e.seq, 'no duplicates, strictly increasing').toBeGreaterThan(cursor);
        cursor = e.seq;
        received.push({ seq: e.seq, body: e.message?.body ?? e.status?.change ?? e.kind });
      }
      reconnects += 1;
      await connection.dispose();
    }
    await producer;
    const expected = await visibleSeqs(visitor.conversationId);
    expect(received.map((r) => r.seq)).toEqual(expected);
    expect(received.some((r) => /^a\d+$/.test(r.body) && Number(r.body.slice(1)) % 10 === 9)).toBe(false);
    expect(received.filter((r) => /^[va]\d+$/.test(r.body))).toHaveLength(total - total / 10);
    expect(reconnects).toBeGreaterThan(5);
  });
});

describe('typing indicators', () => {
  it('reach the other side live, carry the last sequence number, and are never replayed', async () => {
    const visitor = await liveConversation();
    const url = server.graphqlUrl;
    const agentSocket = connectWs(server.wsUrl, { authorization: `Bearer ${agent.token}` });
    const visitorSocket = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
    const agentView = subscribe(agentSocket.client, STREAM, { id: visitor.conversationId });
    const visitorView = subscribe(visitorSocket.client, STREAM, { id: visitor.conversationId });
    const lastSeq = (await visibleSeqs(visitor.conversationId)).at(-1);
    // Live-only events: repeat until the subscriptions are attached.
    const waitTyping = async (sub: typeof agentView, token: string, kind: 'VISITOR' | 'AGENT') =>
      (
        await untilLive(
          sub,
          () => gql(url, TYPING, { id: visitor.conversationId, on: true }, token),
          (e) => e.conversationEvents.typing?.authorKind === kind,
        )
      ).conversationEvents;
    expect(await waitTyping(agentView, visitor.token, 'VISITOR')).toMatchObject({
      kind: 'TYPING',
      seq: lastSeq,
      typing: { isTyping: true },
    });
    expect(await waitTyping(visitorView, agent.token, 'AGENT')).toMatchObject({
      kind: 'TYPING',
      typing: { name: 'Sam', isTyping: true },
    });

    // A new subscription from the start replays the stored events, and a message sent after it
    // subscribed comes after the replay: no typing indicator came before that message.
    const replay = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
    const replayed = subscribe(replay.client, STREAM, { id: visitor.conversationId, after: 0 });
    await replayed.waitFor(1);
    const before = await eventsBefore(
      replayed,
      () =>
        gql(url, REPLY, { input: { conversationId: visitor.conversationId, body: 'after the replay' } }, agent.token),
      (e) => e.conversationEvents.message?.body === 'after the replay',
    );
    expect(before.map((e) => e.conversationEvents.seq)).toEqual(
      await visibleSeqs(visitor.conversationId).then((seqs) => seqs.slice(0, -1)),
    );
    expect(before.some((e) => e.conversationEvents.kind === 'TYPING')).toBe(false);
    await Promise.all([agentSocket.dispose(), visitorSocket.dispose(), replay.dispose()]);
  });
});
