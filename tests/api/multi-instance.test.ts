/**
 * Two API instances on one PostgreSQL database and one Redis (CI's second pass): live events
 * cross instances, and a take-over race split across instances still has exactly one winner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, eventsBefore, gql, subscribe, untilLive, type WsConnection } from '../helpers/graphql.js';
import { INBOX, publicKeyOf, REPLY, SEND, startSession, STREAM, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const VIEWER_NAME = graphql(`
  query MultiInstanceViewer {
    viewer {
      name
    }
  }
`);
const ACTIONS = graphql(`
  query MultiInstanceActions {
    customActions {
      id
    }
  }
`);

const enabled = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

describe.runIf(enabled)('several API instances (PostgreSQL + Redis)', () => {
  let a: BatonServer;
  let b: BatonServer;
  let owner: SignedIn;
  const sockets: WsConnection[] = [];

  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({ DATABASE_URL: a.config.databaseUrl! });
    expect(a.pubsubKind).toBe('redis');
    expect(b.pubsubKind).toBe('redis');
    owner = await signUp(a.graphqlUrl, 'Two Instances');
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await b?.close();
    await a?.close();
  });

  it('events written on one instance reach subscribers on the other; one take-over wins across instances', async () => {
    const agents = await Promise.all(
      Array.from({ length: 10 }, (_, i) => addMember(a.graphqlUrl, owner, 'AGENT', `Agent ${i}`)),
    );
    // Tokens from A work on B (the signing secret is shared through the database).
    expect((await gql(b.graphqlUrl, VIEWER_NAME, {}, agents[0]!.token)).data.viewer?.name).toBe('Agent 0');

    const publicKey = await publicKeyOf(a.graphqlUrl, owner.token);
    const visitor = await startSession(a.graphqlUrl, publicKey);
    const inboxSocket = connectWs(a.wsUrl, { authorization: `Bearer ${owner.token}` });
    const visitorSocket = connectWs(a.wsUrl, { authorization: `Bearer ${visitor.token}` });
    sockets.push(inboxSocket, visitorSocket);
    const inbox = subscribe(inboxSocket.client, INBOX);
    const stream = subscribe(visitorSocket.client, STREAM, { id: visitor.conversationId, after: 0 });
    // Written on B, heard on A.
    await untilLive(
      inbox,
      () =>
        gql(
          b.graphqlUrl,
          SEND,
          { input: { conversationId: visitor.conversationId, body: 'hello from B' } },
          visitor.token,
        ),
      (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE',
    );
    const actionId = (await gql(b.graphqlUrl, ACTIONS, {}, visitor.token)).data.customActions[0]!.id;
    await gql(
      b.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: visitor.conversationId, actionId } },
      visitor.token,
    );
    await inbox.waitFor((e) => e.some((x) => x.inboxEvents.kind === 'HANDOFF_REQUESTED'));

    const results = await Promise.all(
      agents.map((agent, i) => gql((i % 2 ? b : a).graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, agent.token)),
    );
    const winners = results.filter((r) => r.data.takeOver.__typename === 'Conversation');
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.data.takeOver.__typename === 'ConversationTakenError')).toHaveLength(9);
    const winner = agents[results.indexOf(winners[0]!)]!;
    await inbox.waitFor((e) => e.some((x) => x.inboxEvents.kind === 'TAKEN_OVER'));
    // Every attempt has been answered; a message written on each instance afterwards is a
    // sentinel: a second "taken over" event, from either instance, would have come before it.
    for (const instance of [a, b]) {
      const sentinel = await startSession(instance.graphqlUrl, publicKey);
      const before = await eventsBefore(
        inbox,
        () =>
          gql(
            instance.graphqlUrl,
            SEND,
            { input: { conversationId: sentinel.conversationId, body: 'sentinel' } },
            sentinel.token,
          ),
        (x) => x.inboxEvents.kind === 'VISITOR_MESSAGE' && x.inboxEvents.conversation.id === sentinel.conversationId,
      );
      expect(before.filter((x) => x.inboxEvents.kind === 'TAKEN_OVER')).toHaveLength(1);
    }

    await gql(
      b.graphqlUrl,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'Reply via B' } },
      winner.token,
    );
    const events = await stream.waitFor((e) => e.some((x) => x.conversationEvents.message?.body === 'Reply via B'));
    const seqs = events.map((e) => e.conversationEvents.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });
});
