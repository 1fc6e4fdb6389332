/**
 * A conversation event is executed once per audience and selection (http/shared-execution.ts),
 * never handed to a subscriber in another's shape: agents and the visitor of one conversation,
 * subscribed with different selections and different variables below the stream field, each get
 * exactly what they asked for, and the visitor never an internal note. What agents resolve from an
 * inbox event is read once for all of them (schema/event-loader.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, gql, subscribe, untilLive, type WsConnection } from '../helpers/graphql.js';
import { INBOX, REPLY, SEND, STREAM, takenOverConversation } from '../helpers/handoff.js';
import { pauseBackgroundWork, startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const NARROW = graphql(`
  subscription SharedExecutionNarrow($id: ID!) {
    conversationEvents(conversationId: $id) {
      seq
      kind
    }
  }
`);
const OPTIONAL_BODY = graphql(`
  subscription SharedExecutionOptionalBody($id: ID!, $withBody: Boolean!) {
    conversationEvents(conversationId: $id) {
      seq
      message {
        internal
        body @include(if: $withBody)
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Shared Co');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Sam');
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await server?.close();
});

function socketOf(token: string): WsConnection {
  const socket = connectWs(server.wsUrl, { authorization: `Bearer ${token}` });
  sockets.push(socket);
  return socket;
}

/** A conversation taken over by `agent`, so visitor and agent can both write. */
function takenOver() {
  return takenOverConversation(server.graphqlUrl, owner.token, agent.token);
}

describe('shared execution of conversation events', () => {
  it('agents and the visitor each get their own selection, variables below the field included', async () => {
    const url = server.graphqlUrl;
    const visitor = await takenOver();
    const id = visitor.conversationId;

    const full = subscribe(socketOf(agent.token).client, STREAM, { id });
    const fullToo = subscribe(socketOf(owner.token).client, STREAM, { id });
    const narrow = subscribe(socketOf(agent.token).client, NARROW, { id });
    const withBody = subscribe(socketOf(owner.token).client, OPTIONAL_BODY, { id, withBody: true });
    const withoutBody = subscribe(socketOf(agent.token).client, OPTIONAL_BODY, { id, withBody: false });
    const ofVisitor = subscribe(socketOf(visitor.token).client, STREAM, { id });
    const all = [full, fullToo, narrow, withBody, withoutBody, ofVisitor];

    // Every stream is live once it has a warm-up (sent until each one has it); then everything up to
    // the last warm-up's sequence number has arrived everywhere (each stream is in order).
    let round = 0;
    let warmUpSeq = 0;
    const seqOf = (event: unknown) => (event as { conversationEvents: { seq: number } }).conversationEvents.seq;
    const hasWarmUp = (events: unknown[]) => events.some((event) => seqOf(event) === warmUpSeq);
    while (!all.every((sub) => hasWarmUp(sub.events))) {
      const reply = await gql(url, REPLY, { input: { conversationId: id, body: `warm-up ${round++}` } }, agent.token);
      const sent = reply.data.replyToConversation;
      expect(sent.__typename).toBe('SendMessagePayload');
      if (sent.__typename === 'SendMessagePayload') warmUpSeq = sent.sentMessage.seq;
      await Promise.all(all.map((sub) => sub.waitFor(hasWarmUp, 500).catch(() => {})));
    }
    const from = all.map((sub) => sub.events.length);
    const since = <T>(sub: { events: T[] }): T[] => sub.events.slice(from[all.indexOf(sub as never)]);

    await gql(url, REPLY, { input: { conversationId: id, body: 'a note', internal: true } }, agent.token);
    await gql(url, REPLY, { input: { conversationId: id, body: 'a reply' } }, agent.token);
    await Promise.all(
      all.map((sub, i) => sub.waitFor((events: unknown[]) => events.length >= from[i]! + (i === 5 ? 1 : 2))),
    );

    const fullEvents = since(full).map((e) => e.conversationEvents.message);
    expect(fullEvents.map((m) => [m?.body, m?.internal, m?.authorName])).toEqual([
      ['a note', true, 'Sam'],
      ['a reply', false, 'Sam'],
    ]);
    expect(since(fullToo)).toEqual(since(full));
    expect(since(narrow).map((e) => Object.keys(e.conversationEvents).sort())).toEqual([
      ['kind', 'seq'],
      ['kind', 'seq'],
    ]);
    expect(since(withBody).map((e) => e.conversationEvents.message)).toEqual([
      { internal: true, body: 'a note' },
      { internal: false, body: 'a reply' },
    ]);
    expect(since(withoutBody).map((e) => e.conversationEvents.message)).toEqual([
      { internal: true },
      { internal: false },
    ]);
    expect(since(ofVisitor).map((e) => e.conversationEvents.message?.body)).toEqual(['a reply']);
    expect(all.every((sub) => sub.errors.length === 0)).toBe(true);
    // No stream is left for the stream check to follow (its rounds are statements too).
    await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
  });
});

describe('inbox events', () => {
  it("an inbox event's conversation is read once, however many agents are subscribed", async () => {
    const url = server.graphqlUrl;
    const visitor = await takenOver();
    const send = (body: string) =>
      gql(url, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
    const subscribers = [agent, owner, agent, owner, agent].map((who) => subscribe(socketOf(who.token).client, INBOX));
    let n = 0;
    for (const sub of subscribers) {
      await untilLive(
        sub,
        () => send(`live ${n++}`),
        (e) => e.inboxEvents.kind === 'VISITOR_MESSAGE',
      );
    }
    // Only this message's statements: the periodic work that polls the database is paused.
    const resume = await pauseBackgroundWork(server);
    try {
      /** Statements from sending one message until `listening` have its inbox event. */
      const cost = async (listening: typeof subscribers, body: string) => {
        const from = listening.map((sub) => sub.events.length);
        const before = server.db.statementCount();
        await send(body);
        await Promise.all(
          listening.map((sub, i) =>
            sub.waitFor((events) => events.slice(from[i]).some((e) => e.inboxEvents.kind === 'VISITOR_MESSAGE')),
          ),
        );
        return server.db.statementCount() - before;
      };
      const five = await cost(subscribers, 'to five');
      subscribers.slice(1).forEach((sub) => sub.stop());
      const one = await cost(subscribers.slice(0, 1), 'to one');
      expect(one).toBeGreaterThan(0);
      expect(five).toBe(one);
      for (const sub of subscribers)
        expect(sub.events.at(-1)?.inboxEvents.conversation.id).toBe(visitor.conversationId);
    } finally {
      resume();
    }
  });
});
