/**
 * Threat: running up the company's AI bill (986 metered responses from one flood). A
 * workspace's owner sets daily / monthly caps of metered AI responses; past one the assistant
 * does not call the provider but offers the visitor a person, and Usage shows the cap reached.
 * Against the local Chat Completions server, counting its requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { acmeDocuments, ask, loadKnowledge } from '../../helpers/assistant.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { publicKeyOf, startSession } from '../../helpers/handoff.js';
import { startTestServer } from '../../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../../helpers/team.js';

const SET_CAP = graphql(`
  mutation SpendCapSet($daily: Int, $monthly: Int) {
    updateAssistantSettings(input: { aiDailyLimit: $daily, aiMonthlyLimit: $monthly }) {
      __typename
      ... on AssistantSettings {
        aiDailyLimit
        aiMonthlyLimit
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);
const KEEP_CAP = graphql(`
  mutation SpendCapKeep {
    updateAssistantSettings(input: { greeting: "Hello again!" }) {
      __typename
      ... on AssistantSettings {
        aiDailyLimit
        aiMonthlyLimit
      }
    }
  }
`);
const CAP = graphql(`
  query SpendCap {
    aiSpendCap {
      dailyLimit
      dailyUsed
      monthlyLimit
      monthlyUsed
      dailyReached
      monthlyReached
      reached
    }
  }
`);

let fake: FakeOpenAI;
let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: fake.baseUrl,
    OPENAI_MODEL: 'gpt-test',
  });
  owner = await signUp(server.graphqlUrl, 'Capped Shoes');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token, acmeDocuments.slice(0, 6));
  fake.setDefault({ kind: 'text', text: 'Standard shipping takes 3–5 business days [1].' });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('AI spend cap', () => {
  it('only owners and admins set it; it must be a whole number ≥ 0', async () => {
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT');
    const asAgent = await gql(server.graphqlUrl, SET_CAP, { daily: 1000 }, agent.token);
    expect(asAgent.data.updateAssistantSettings.__typename).toBe('ForbiddenError');
    const invalid = await gql(server.graphqlUrl, SET_CAP, { daily: -1 }, owner.token);
    const error = expectTypename(invalid.data.updateAssistantSettings, 'ValidationError');
    expect(error.fieldErrors.map((f) => f.path)).toEqual(['input.aiDailyLimit']);
  });

  it('with a daily cap of 2 the third question makes no provider request and is offered a person', async () => {
    const set = await gql(server.graphqlUrl, SET_CAP, { daily: 2, monthly: 100 }, owner.token);
    expect(expectTypename(set.data.updateAssistantSettings, 'AssistantSettings')).toEqual({
      __typename: 'AssistantSettings',
      aiDailyLimit: 2,
      aiMonthlyLimit: 100,
    });
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const requests = fake.requests.length;

    for (const question of ['how long does shipping take', 'how much does shipping cost']) {
      const turn = await ask(server, visitor, question);
      expect(turn.reply?.body).toBe('Standard shipping takes 3–5 business days [1].');
    }
    expect(fake.requests.length).toBe(requests + 2);

    const third = await ask(server, visitor, 'do you ship to Canada');
    expect(fake.requests.length).toBe(requests + 2);
    expect(third.reply?.body).toContain('A person from our team can help');
    expect(third.reply?.suggestedActionIds).toHaveLength(1);
    expect(third.reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');

    const cap = await gql(server.graphqlUrl, CAP, {}, owner.token);
    expect(cap.data.aiSpendCap).toEqual({
      dailyLimit: 2,
      dailyUsed: 2,
      monthlyLimit: 100,
      monthlyUsed: 2,
      dailyReached: true,
      monthlyReached: false,
      reached: true,
    });
    // The cap is not a knowledge gap.
    expect(await server.db.prisma.unansweredQuestion.count({ where: { question: 'do you ship to Canada' } })).toBe(0);
  });

  it('other settings keep the cap; null removes it and the assistant answers again', async () => {
    const kept = await gql(server.graphqlUrl, KEEP_CAP, {}, owner.token);
    expect(kept.data.updateAssistantSettings).toMatchObject({ aiDailyLimit: 2, aiMonthlyLimit: 100 });

    const cleared = await gql(server.graphqlUrl, SET_CAP, { daily: null, monthly: 2 }, owner.token);
    expect(cleared.data.updateAssistantSettings).toMatchObject({ aiDailyLimit: null, aiMonthlyLimit: 2 });
    const monthly = await gql(server.graphqlUrl, CAP, {}, owner.token);
    expect(monthly.data.aiSpendCap).toMatchObject({ dailyReached: false, monthlyReached: true, reached: true });

    await gql(server.graphqlUrl, SET_CAP, { daily: null, monthly: null }, owner.token);
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const requests = fake.requests.length;
    const turn = await ask(server, visitor, 'how long does shipping take');
    expect(fake.requests.length).toBe(requests + 1);
    expect(turn.reply?.body).toBe('Standard shipping takes 3–5 business days [1].');
    const open = await gql(server.graphqlUrl, CAP, {}, owner.token);
    expect(open.data.aiSpendCap).toMatchObject({ dailyLimit: null, monthlyLimit: null, dailyUsed: 3, reached: false });
  });
});
