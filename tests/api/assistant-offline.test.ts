/**
 * The offline assistant on a fixture knowledge base (20 help articles of a shoe shop) against
 * 47 visitor questions: answered with the right citation, or a handoff offered with the right
 * trigger. The accuracy is printed and reported in the README.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { acmeQuestions, ask, loadKnowledge } from '../helpers/assistant.js';
import { graphql } from '../gql/index.js';
import { expectPresent, expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';

const PACKET = graphql(`
  query OfflinePacket($id: ID!) {
    conversation(id: $id) {
      handoff {
        trigger
        citedDocuments {
          title
        }
      }
    }
  }
`);
const START_AT_ONCE = graphql(`
  mutation OfflineStartAtOnce {
    updateAssistantSettings(input: { explicitRequestMode: START_HANDOFF }) {
      __typename
      ... on AssistantSettings {
        explicitRequestMode
      }
    }
  }
`);
const USAGE = graphql(`
  query OfflineUsage {
    day: aiUsage {
      period
      responses
      promptTokens
    }
    month: aiUsage(granularity: MONTH) {
      period
      responses
    }
  }
`);
const USAGE_RESPONSES = graphql(`
  query OfflineUsageResponses {
    aiUsage {
      responses
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Acme Shoes');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

describe('offline assistant', () => {
  it(`answers or hands off correctly on the fixture suite (${acmeQuestions.length} questions)`, async () => {
    const failures: string[] = [];
    for (const q of acmeQuestions) {
      const visitor = await startSession(server.graphqlUrl, publicKey);
      const turn = await ask(server, visitor, q.question);
      const reply = turn.reply;
      const ok =
        reply !== null &&
        (q.expect === 'answer'
          ? reply.suggestionTrigger === null && reply.citations[0]?.title === q.document && reply.body.length > 0
          : reply.suggestionTrigger === q.trigger && reply.suggestedActionIds.length === 1);
      if (!ok)
        failures.push(`${q.expect}${q.trigger ? `/${q.trigger}` : ''}: “${q.question}” → ${JSON.stringify(reply)}`);
    }
    const accuracy = (acmeQuestions.length - failures.length) / acmeQuestions.length;
    console.log(
      `offline assistant accuracy: ${(accuracy * 100).toFixed(1)}% (${acmeQuestions.length - failures.length}/${acmeQuestions.length})`,
    );
    if (failures.length) console.log(failures.join('\n'));
    expect(accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['EXPLICIT_REQUEST', 'can I talk to a person?'],
    ['FRUSTRATION', 'this is useless, you never answer my question'],
    ['LOW_CONFIDENCE', 'do you sell kayaks'],
  ])(
    'a %s suggestion, once accepted, is recorded as the handoff trigger with the cited documents',
    async (trigger, text) => {
      const visitor = await startSession(server.graphqlUrl, publicKey);
      const answered = await ask(server, visitor, 'How long do refunds take?');
      expect(
        answered.reply?.citations.map((c) => c.title),
        JSON.stringify(answered),
      ).toEqual(['Refund Timing']);
      const turn = await ask(server, visitor, text);
      expect(turn.reply).toMatchObject({ suggestionTrigger: trigger });
      const actionId = expectPresent(turn.reply?.suggestedActionIds[0], 'suggested action');
      const res = await gql(
        server.graphqlUrl,
        SUBMIT_ACTION,
        { input: { conversationId: visitor.conversationId, actionId } },
        visitor.token,
      );
      expect(expectTypename(res.data.submitAction, 'HandoffPayload').conversation.status).toBe('QUEUED');
      const packet = await gql(server.graphqlUrl, PACKET, { id: visitor.conversationId }, owner.token);
      expect(packet.data.conversation?.handoff).toEqual({ trigger, citedDocuments: [{ title: 'Refund Timing' }] });
    },
  );

  it('with "start the handoff at once", an explicit request queues the conversation directly', async () => {
    const shop = await signUp(server.graphqlUrl, 'Direct Shop');
    const set = await gql(server.graphqlUrl, START_AT_ONCE, {}, shop.token);
    expect(expectTypename(set.data.updateAssistantSettings, 'AssistantSettings').explicitRequestMode).toBe(
      'START_HANDOFF',
    );
    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, shop.token));
    const turn = await ask(server, visitor, 'I want to speak to a human agent');
    expect(turn.status).toBe('QUEUED');
    expect(turn.reply).toBeNull();
    const packet = await gql(server.graphqlUrl, PACKET, { id: visitor.conversationId }, shop.token);
    expect(packet.data.conversation?.handoff?.trigger).toBe('EXPLICIT_REQUEST');
  });

  it('stays silent once a human owns the conversation, and counts every AI response', async () => {
    const shop = await signUp(server.graphqlUrl, 'Usage Shop');
    await loadKnowledge(server.graphqlUrl, shop.token);
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    const visitor = await startSession(server.graphqlUrl, key);
    expect((await ask(server, visitor, 'how long does shipping take')).reply).not.toBeNull();
    expect((await ask(server, visitor, 'what payment methods do you accept')).reply).not.toBeNull();
    await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, shop.token);
    const afterTakeOver = await ask(server, visitor, 'and do you have gift cards?');
    expect(afterTakeOver.status).toBe('ASSIGNED');
    expect(afterTakeOver.reply).toBeNull();

    const other = await startSession(server.graphqlUrl, key);
    await ask(server, other, 'how do I reset my password');
    const usage = await gql(server.graphqlUrl, USAGE, {}, shop.token);
    const today = new Date().toISOString().slice(0, 10);
    expect(usage.data.day).toEqual([{ period: today, responses: 3, promptTokens: 0 }]);
    expect(usage.data.month).toEqual([{ period: today.slice(0, 7), responses: 3 }]);
    const agentOnly = await gql(server.graphqlUrl, USAGE_RESPONSES, {}, visitor.token);
    expect(agentOnly.body.data).toBeNull();
  });
});
