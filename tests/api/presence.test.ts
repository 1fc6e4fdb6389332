/**
 * Presence (issue 15, part 2): agents are ONLINE from their inbox sockets, AWAY by their own
 * toggle, OFFLINE once no socket is left for the grace period; teammates hear it live. And
 * auto-assignment: round-robin among available agents under a cap, the rest stays QUEUED, a
 * freed slot or an agent coming back assigns the queue; its bad input is typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { connectWs, expectTypename, gql, untilLive, type WsConnection } from '../helpers/graphql.js';
import { publicKeyOf, startSession } from '../helpers/handoff.js';
import {
  CONVERSATION_WAIT,
  requestHandoff,
  SET_AWAY,
  TEAM,
  UPDATE_AUTO_ASSIGNMENT,
  watchPresence,
  type Watcher,
} from '../helpers/presence.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';
import { graphql } from '../gql/index.js';

const RESOLVE = graphql(`
  mutation TestPresenceResolve($id: ID!) {
    resolveConversation(conversationId: $id) {
      __typename
    }
  }
`);

let server: BatonServer;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer({ BATON_PRESENCE_GRACE_MS: '400' });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

/** An owner whose inbox socket hears the team's presence (live: its own toggle came back). */
async function liveWatcher(owner: SignedIn): Promise<Watcher> {
  const watcher = watchPresence(server.wsUrl, owner.token);
  sockets.push(watcher.socket);
  await untilLive(
    watcher.presence,
    () => gql(server.graphqlUrl, SET_AWAY, { away: false }, owner.token),
    (e) => e.teamPresence.agent.id === owner.agentId && e.teamPresence.presence === 'ONLINE',
  );
  return watcher;
}

function openInbox(agent: SignedIn): WsConnection {
  const socket = connectWs(server.wsUrl, { authorization: `Bearer ${agent.token}` });
  sockets.push(socket);
  return socket;
}

async function presenceOf(owner: SignedIn, agentId: string): Promise<string | undefined> {
  const res = await gql(server.graphqlUrl, TEAM, {}, owner.token);
  return res.data.workspace.agents.edges.find((e) => e.node.id === agentId)?.node.presence;
}

describe('presence', () => {
  it('online from an inbox socket, away by the toggle, offline after the grace period; teammates hear each change', async () => {
    const owner = await signUp(server.graphqlUrl, 'Presence');
    const anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
    expect(await presenceOf(owner, anna.agentId)).toBe('OFFLINE');
    const watcher = await liveWatcher(owner);

    const annaInbox = openInbox(anna);
    await watcher.until(anna.agentId, 'ONLINE');
    expect(await presenceOf(owner, anna.agentId)).toBe('ONLINE');

    const away = await gql(server.graphqlUrl, SET_AWAY, { away: true }, anna.token);
    expect(expectTypename(away.data.setAway, 'Agent')).toMatchObject({ away: true, presence: 'AWAY' });
    await watcher.until(anna.agentId, 'AWAY');

    const back = await gql(server.graphqlUrl, SET_AWAY, { away: false }, anna.token);
    expect(expectTypename(back.data.setAway, 'Agent')).toMatchObject({ away: false, presence: 'ONLINE' });
    await watcher.until(anna.agentId, 'ONLINE');

    // Closing the only socket: still online during the grace period, offline once it passed.
    await annaInbox.dispose();
    expect(await presenceOf(owner, anna.agentId)).toBe('ONLINE');
    await watcher.until(anna.agentId, 'OFFLINE');
    expect(await presenceOf(owner, anna.agentId)).toBe('OFFLINE');
  });

  it('a reload within the grace period is not an absence: no OFFLINE in between', async () => {
    const owner = await signUp(server.graphqlUrl, 'Reload');
    const ben = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ben');
    const watcher = await liveWatcher(owner);
    const first = openInbox(ben);
    await watcher.until(ben.agentId, 'ONLINE');
    await first.dispose();
    openInbox(ben);
    // Sentinel: a toggle after the reload; nothing but it may come for Ben before.
    await gql(server.graphqlUrl, SET_AWAY, { away: true }, ben.token);
    await watcher.until(ben.agentId, 'AWAY');
    const forBen = watcher.presence.events.filter((e) => e.teamPresence.agent.id === ben.agentId);
    expect(forBen.map((e) => e.teamPresence.presence)).toEqual(['ONLINE', 'AWAY']);
  });
});

describe('auto-assignment', () => {
  it('refuses a cap of 0, 1000 or a fraction with typed field errors', async () => {
    const owner = await signUp(server.graphqlUrl, 'Caps');
    for (const cap of [0, 1000, 1.5]) {
      const res = await gql(server.graphqlUrl, UPDATE_AUTO_ASSIGNMENT, { input: { cap } }, owner.token);
      const error = expectTypename(res.data.updateAutoAssignment, 'ValidationError');
      expect(error.fieldErrors.map((e) => e.path)).toEqual(['input.cap']);
      expect(error.fieldErrors[0]!.message).toMatch(/cap/i);
    }
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Not an admin');
    const refused = await gql(
      server.graphqlUrl,
      UPDATE_AUTO_ASSIGNMENT,
      { input: { mode: 'ROUND_ROBIN' } },
      agent.token,
    );
    expect(refused.data.updateAutoAssignment.__typename).toBe('ForbiddenError');
    const ok = await gql(server.graphqlUrl, UPDATE_AUTO_ASSIGNMENT, { input: { mode: 'OFF', cap: 4 } }, owner.token);
    expect(expectTypename(ok.data.updateAutoAssignment, 'Workspace')).toEqual({
      __typename: 'Workspace',
      autoAssignment: 'OFF',
      autoAssignCap: 4,
    });
  });

  it('round-robin under the cap, skips away and offline agents; the rest stays queued until a slot frees or someone comes back', async () => {
    const owner = await signUp(server.graphqlUrl, 'Round robin');
    const watcher = await liveWatcher(owner);
    await gql(server.graphqlUrl, SET_AWAY, { away: true }, owner.token); // the owner takes no chats here
    await watcher.until(owner.agentId, 'AWAY');
    const [anna, ben, cleo] = await Promise.all(
      ['Anna', 'Ben', 'Cleo'].map((name) => addMember(server.graphqlUrl, owner, 'AGENT', name)),
    );
    openInbox(anna!);
    openInbox(ben!);
    await watcher.until(anna!.agentId, 'ONLINE');
    await watcher.until(ben!.agentId, 'ONLINE');
    // Cleo is offline (no inbox open).
    const set = await gql(
      server.graphqlUrl,
      UPDATE_AUTO_ASSIGNMENT,
      { input: { mode: 'ROUND_ROBIN', cap: 1 } },
      owner.token,
    );
    expectTypename(set.data.updateAutoAssignment, 'Workspace');

    const publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
    const visitors = [];
    for (let i = 0; i < 3; i++) {
      const visitor = await startSession(server.graphqlUrl, publicKey);
      await requestHandoff(server.graphqlUrl, visitor.token, visitor.conversationId);
      visitors.push(visitor);
    }
    const conversation = async (id: string) => {
      const res = await gql(server.graphqlUrl, CONVERSATION_WAIT, { id }, owner.token);
      return res.data.node as {
        status: string;
        assignee: { id: string; presence: string } | null;
        expectedWait: { availableAgents: number; queuePosition: number; estimateSeconds: number | null } | null;
      };
    };
    const until = async (id: string, status: string) => {
      await expect.poll(async () => (await conversation(id)).status, { timeout: 10_000 }).toBe(status);
      return conversation(id);
    };
    const first = await until(visitors[0]!.conversationId, 'ASSIGNED');
    const second = await until(visitors[1]!.conversationId, 'ASSIGNED');
    // One each (round-robin), never Cleo (offline) or the owner (away).
    expect(new Set([first.assignee!.id, second.assignee!.id])).toEqual(new Set([anna!.agentId, ben!.agentId]));
    // Every available agent is at the cap: the third stays queued — and the widget is told who is
    // there (two online, but both busy) and its place.
    const third = await conversation(visitors[2]!.conversationId);
    expect(third.status).toBe('QUEUED');
    expect(third.expectedWait).toMatchObject({ availableAgents: 2, queuePosition: 1 });
    expect(third.expectedWait!.estimateSeconds).toEqual(expect.any(Number));

    // Anna resolves hers: her slot frees and the queued conversation is hers.
    const annas = first.assignee!.id === anna!.agentId ? visitors[0]! : visitors[1]!;
    expectTypename(
      (await gql(server.graphqlUrl, RESOLVE, { id: annas.conversationId }, anna!.token)).data.resolveConversation,
      'Conversation',
    );
    const reassigned = await until(visitors[2]!.conversationId, 'ASSIGNED');
    expect(reassigned.assignee!.id).toBe(anna!.agentId);
    expect(reassigned.expectedWait).toBeNull();

    // A fourth handoff while everyone is at the cap stays queued; Cleo comes online and gets it.
    const fourth = await startSession(server.graphqlUrl, publicKey);
    await requestHandoff(server.graphqlUrl, fourth.token, fourth.conversationId);
    expect((await conversation(fourth.conversationId)).status).toBe('QUEUED');
    openInbox(cleo!);
    const cleos = await until(fourth.conversationId, 'ASSIGNED');
    expect(cleos.assignee!.id).toBe(cleo!.agentId);
  });

  it('an agent who goes offline while assigned stays assigned (shown offline)', async () => {
    const owner = await signUp(server.graphqlUrl, 'Gone');
    const watcher = await liveWatcher(owner);
    await gql(server.graphqlUrl, SET_AWAY, { away: true }, owner.token);
    await watcher.until(owner.agentId, 'AWAY');
    const dan = await addMember(server.graphqlUrl, owner, 'AGENT', 'Dan');
    const inbox = openInbox(dan);
    await watcher.until(dan.agentId, 'ONLINE');
    await gql(server.graphqlUrl, UPDATE_AUTO_ASSIGNMENT, { input: { mode: 'ROUND_ROBIN', cap: 5 } }, owner.token);
    const publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
    const visitor = await startSession(server.graphqlUrl, publicKey);
    await requestHandoff(server.graphqlUrl, visitor.token, visitor.conversationId);
    const read = async () =>
      (await gql(server.graphqlUrl, CONVERSATION_WAIT, { id: visitor.conversationId }, owner.token)).data.node as {
        status: string;
        assignee: { id: string; presence: string } | null;
      };
    await expect.poll(async () => (await read()).status, { timeout: 10_000 }).toBe('ASSIGNED');
    await inbox.dispose();
    await watcher.until(dan.agentId, 'OFFLINE');
    expect(await read()).toMatchObject({ status: 'ASSIGNED', assignee: { id: dan.agentId, presence: 'OFFLINE' } });
  });
});

describe('expected wait', () => {
  it('says nobody is available (no estimate) when the team is offline, and gives an estimate from those online', async () => {
    const owner = await signUp(server.graphqlUrl, 'Honest estimate');
    const publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
    const first = await startSession(server.graphqlUrl, publicKey);
    const second = await startSession(server.graphqlUrl, publicKey);
    await requestHandoff(server.graphqlUrl, first.token, first.conversationId);
    await requestHandoff(server.graphqlUrl, second.token, second.conversationId);
    const waitOf = async (v: { token: string; conversationId: string }) =>
      (
        (await gql(server.graphqlUrl, CONVERSATION_WAIT, { id: v.conversationId }, v.token)).data.node as {
          expectedWait: { availableAgents: number; queuePosition: number; estimateSeconds: number | null };
        }
      ).expectedWait;
    // The visitor reads it (nobody is online: the owner has no inbox open).
    expect(await waitOf(second)).toEqual({ availableAgents: 0, queuePosition: 2, estimateSeconds: null });
    const watcher = await liveWatcher(owner);
    await watcher.until(owner.agentId, 'ONLINE');
    const estimate = await waitOf(second);
    expect(estimate).toMatchObject({ availableAgents: 1, queuePosition: 2 });
    // Two rounds of the queue for one agent, at the default minute each, less the time waited.
    expect(estimate.estimateSeconds).toBeGreaterThan(60);
    expect(estimate.estimateSeconds).toBeLessThanOrEqual(120);
    expect((await waitOf(first)).queuePosition).toBe(1);
  });
});
