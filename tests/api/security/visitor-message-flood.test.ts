/**
 * Threat: one visitor sends a flood of messages (1,000 in 50 s were all stored and the assistant
 * answered every one: 986 paid AI responses). Messages are limited per visitor, per IP and per
 * conversation; a limited message is a RateLimitedError, is not stored and gets no answer.
 * Agents' replies are limited per agent and per conversation the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { publicKeyOf, startSession, TAKE_OVER } from '../../helpers/handoff.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';
import { addMember, signUp, type SignedIn } from '../../helpers/team.js';

const SEND = graphql(`
  mutation FloodSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      __typename
      ... on RateLimitedError {
        code
        retryAfterSeconds
      }
    }
  }
`);
const REPLY = graphql(`
  mutation FloodReply($input: ReplyInput!) {
    replyToConversation(input: $input) {
      __typename
      ... on RateLimitedError {
        code
        retryAfterSeconds
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  server = await startRateLimitedServer([
    'visitorMessage=5/60',
    'visitorMessageIp=8/60',
    'conversationMessage=6/60',
    'agentWrite=4/60',
  ]);
  owner = await signUp(server.graphqlUrl, 'Flood Co');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

const messagesIn = (conversationId: string, authorKind: 'VISITOR' | 'ASSISTANT' | 'AGENT') =>
  server.db.prisma.message.count({
    where: { conversation: { workspace: { publicKey } }, conversationId: idOf(conversationId), authorKind },
  });
const idOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

describe('visitor messages', () => {
  it('a visitor sending 50 messages gets 5 stored and answered; the rest are refused and not stored', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const results = [];
    for (let i = 0; i < 50; i++) {
      const res = await gql(
        server.graphqlUrl,
        SEND,
        { input: { conversationId: visitor.conversationId, body: `How do returns work? (${i})` } },
        fromIp('203.0.113.1', visitor.token),
      );
      results.push(res.data.sendMessage);
    }
    await server.assistant.idle();
    expect(results.filter((r) => r.__typename === 'SendMessagePayload')).toHaveLength(5);
    const refused = results.filter((r) => r.__typename === 'RateLimitedError');
    expect(refused).toHaveLength(45);
    for (const r of refused) expect(r).toMatchObject({ code: 'RATE_LIMITED' });
    expect(expectTypename(refused[0], 'RateLimitedError').retryAfterSeconds).toBeGreaterThan(0);
    expect(await messagesIn(visitor.conversationId, 'VISITOR')).toBe(5);
    expect(await messagesIn(visitor.conversationId, 'ASSISTANT')).toBe(5);
  });

  it('many visitors from one IP share the per-IP budget', async () => {
    const ip = '203.0.113.2';
    const visitors = await Promise.all([1, 2, 3, 4].map(() => startSession(server.graphqlUrl, publicKey)));
    const typenames: string[] = [];
    for (const visitor of visitors) {
      for (let i = 0; i < 3; i++) {
        const res = await gql(
          server.graphqlUrl,
          SEND,
          { input: { conversationId: visitor.conversationId, body: `hello ${i}` } },
          fromIp(ip, visitor.token),
        );
        typenames.push(res.data.sendMessage.__typename);
      }
    }
    await server.assistant.idle();
    expect(typenames.filter((t) => t === 'SendMessagePayload')).toHaveLength(8);
    expect(typenames.slice(8)).toEqual([
      'RateLimitedError',
      'RateLimitedError',
      'RateLimitedError',
      'RateLimitedError',
    ]);
  });
});

describe('agent replies', () => {
  it('an agent is limited per agent; a refused reply is not stored', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    expectTypename(
      (await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, owner.token)).data.takeOver,
      'Conversation',
    );
    const typenames: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await gql(
        server.graphqlUrl,
        REPLY,
        { input: { conversationId: visitor.conversationId, body: `reply ${i}` } },
        owner.token,
      );
      typenames.push(res.data.replyToConversation.__typename);
    }
    expect(typenames).toEqual([
      'SendMessagePayload',
      'SendMessagePayload',
      'SendMessagePayload',
      'SendMessagePayload',
      'RateLimitedError',
      'RateLimitedError',
    ]);
    expect(await messagesIn(visitor.conversationId, 'AGENT')).toBe(4);
  });

  it('one conversation takes at most its budget from the visitor and agents together', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    for (let i = 0; i < 5; i++) {
      const res = await gql(
        server.graphqlUrl,
        SEND,
        { input: { conversationId: visitor.conversationId, body: `q ${i}` } },
        fromIp('203.0.113.3', visitor.token),
      );
      expectTypename(res.data.sendMessage, 'SendMessagePayload');
    }
    // A teammate with a fresh per-agent budget writes internal notes: the sixth message passes, the seventh not.
    const teammate = await addMember(server.graphqlUrl, owner, 'AGENT');
    const note = (body: string) =>
      gql(
        server.graphqlUrl,
        REPLY,
        { input: { conversationId: visitor.conversationId, body, internal: true } },
        teammate.token,
      ).then((res) => res.data.replyToConversation.__typename);
    expect(await note('first note')).toBe('SendMessagePayload');
    expect(await note('second note')).toBe('RateLimitedError');
    await server.assistant.idle();
    expect(await messagesIn(visitor.conversationId, 'AGENT')).toBe(1);
  });
});
