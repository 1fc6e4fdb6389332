/**
 * Auto-assignment across two API instances on one PostgreSQL database and one Redis (CI's second
 * pass): 20 concurrent handoffs, split across the instances, and 5 available agents whose inbox
 * sockets are on either instance, with a cap of 2 — exactly 10 assigned, nobody above the cap,
 * each conversation assigned once, the other 10 still QUEUED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { gql, untilLive, type WsConnection } from '../helpers/graphql.js';
import { publicKeyOf, startSession } from '../helpers/handoff.js';
import { requestHandoff, SET_AWAY, UPDATE_AUTO_ASSIGNMENT, watchPresence } from '../helpers/presence.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';
import { connectWs } from '../helpers/graphql.js';

/** The database id inside a global id (`Typename:uuid`, base64). */
const dbId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

const enabled = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

describe.runIf(enabled)('auto-assignment on several API instances (PostgreSQL + Redis)', () => {
  let a: BatonServer;
  let b: BatonServer;
  let owner: SignedIn;
  const sockets: WsConnection[] = [];

  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({ DATABASE_URL: a.config.databaseUrl! });
    expect(a.pubsubKind).toBe('redis');
    owner = await signUp(a.graphqlUrl, 'Two Instances Assign');
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await b?.close();
    await a?.close();
  });

  it('20 concurrent handoffs, 5 agents on two instances, cap 2: exactly one assignment each for 10, the rest queued', async () => {
    // The owner watches from A (and is away: takes no chats).
    const watcher = watchPresence(a.wsUrl, owner.token);
    sockets.push(watcher.socket);
    await untilLive(
      watcher.presence,
      () => gql(a.graphqlUrl, SET_AWAY, { away: true }, owner.token),
      (e) => e.teamPresence.agent.id === owner.agentId && e.teamPresence.presence === 'AWAY',
    );
    const agents = await Promise.all(
      Array.from({ length: 5 }, (_, i) => addMember(a.graphqlUrl, owner, 'AGENT', `Agent ${i}`)),
    );
    agents.forEach((agent, i) => {
      const socket = connectWs((i % 2 ? b : a).wsUrl, { authorization: `Bearer ${agent.token}` });
      sockets.push(socket);
    });
    // Presence announced by B reaches the watcher on A (through Redis).
    for (const agent of agents) await watcher.until(agent.agentId, 'ONLINE');

    const set = await gql(
      b.graphqlUrl,
      UPDATE_AUTO_ASSIGNMENT,
      { input: { mode: 'ROUND_ROBIN', cap: 2 } },
      owner.token,
    );
    expect(set.data.updateAutoAssignment).toMatchObject({ autoAssignment: 'ROUND_ROBIN', autoAssignCap: 2 });

    const publicKey = await publicKeyOf(a.graphqlUrl, owner.token);
    const visitors = await Promise.all(
      Array.from({ length: 20 }, (_, i) => startSession((i % 2 ? b : a).graphqlUrl, publicKey)),
    );
    await Promise.all(visitors.map((v, i) => requestHandoff((i % 2 ? a : b).graphqlUrl, v.token, v.conversationId)));

    const prisma = a.db.prisma;
    const workspaceId = dbId(owner.workspaceId);
    const assigned = () =>
      prisma.conversation.findMany({
        where: { workspaceId, status: 'ASSIGNED' },
        select: { id: true, assigneeId: true },
      });
    // Every agent at the cap: nothing more can be assigned after this.
    await expect.poll(async () => (await assigned()).length, { timeout: 20_000 }).toBe(10);

    const perAgent = new Map<string, number>();
    for (const c of await assigned()) perAgent.set(c.assigneeId!, (perAgent.get(c.assigneeId!) ?? 0) + 1);
    expect([...perAgent.values()]).toEqual([2, 2, 2, 2, 2]);
    expect(new Set(perAgent.keys())).toEqual(new Set(agents.map((x) => dbId(x.agentId))));
    expect(await prisma.conversation.count({ where: { workspaceId, status: 'QUEUED' } })).toBe(10);

    // Each conversation was assigned at most once: one REASSIGNED event for each of the 10.
    const events = await prisma.conversationEvent.findMany({
      where: { conversation: { workspaceId }, kind: 'STATUS_CHANGED' },
      select: { conversationId: true, payload: true },
    });
    const assignments = events.filter(
      (e) => (e.payload as { status?: { change?: string } }).status?.change === 'REASSIGNED',
    );
    expect(assignments).toHaveLength(10);
    expect(new Set(assignments.map((e) => e.conversationId)).size).toBe(10);
    // And each one accepted its pending handoff once.
    expect(await prisma.handoffRequest.count({ where: { workspaceId, status: 'ACCEPTED' } })).toBe(10);
  });
});
