/**
 * Issue 15: while a conversation is queued the assistant may keep answering from the documents
 * when the admin allows it (off by default), never once a human owns it — over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { loadKnowledge } from '../helpers/assistant.js';
import { publicKeyOf, SEND, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const SETTING = graphql(`
  query WhileQueuedSetting {
    assistantSettings {
      answerWhileQueued
    }
    customActions {
      id
    }
  }
`);
const SET = graphql(`
  mutation WhileQueuedSet($on: Boolean!) {
    updateAssistantSettings(input: { answerWhileQueued: $on }) {
      __typename
      ... on AssistantSettings {
        answerWhileQueued
      }
      ... on Error {
        message
      }
    }
  }
`);
const SET_AS_AGENT = graphql(`
  mutation WhileQueuedSetAsAgent {
    updateAssistantSettings(input: { answerWhileQueued: true }) {
      __typename
    }
  }
`);
const TRANSCRIPT = graphql(`
  query WhileQueuedTranscript($id: ID!) {
    conversation(id: $id) {
      status
      messages(first: 100) {
        edges {
          node {
            authorKind
            body
            suggestedActionIds
          }
        }
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let publicKey: string;
let escalationId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Queue Answers');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token);
  escalationId = (await gql(server.graphqlUrl, SETTING, {}, owner.token)).data.customActions[0]!.id;
});
afterAll(async () => {
  await server?.close();
});

async function queuedVisitor() {
  const visitor = await startSession(server.graphqlUrl, publicKey);
  const res = await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId: escalationId } },
    visitor.token,
  );
  expect(expectTypename(res.data.submitAction, 'HandoffPayload').conversation.status).toBe('QUEUED');
  return visitor;
}

async function askAndSettle(visitor: { conversationId: string; token: string }, body: string) {
  await gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
  // The turn queue's own signal that every turn was taken (not a sleep).
  await server.assistant.idle();
  const res = await gql(server.graphqlUrl, TRANSCRIPT, { id: visitor.conversationId }, owner.token);
  return res.data.conversation!.messages.edges.map((e) => e.node);
}

describe('assistant while queued', () => {
  it('is off by default: a queued question waits for the team', async () => {
    expect((await gql(server.graphqlUrl, SETTING, {}, owner.token)).data.assistantSettings.answerWhileQueued).toBe(
      false,
    );
    const visitor = await queuedVisitor();
    const messages = await askAndSettle(visitor, "what's your return policy, how many days do I have?");
    expect(messages.filter((m) => m.authorKind === 'ASSISTANT')).toEqual([]);
  });

  it('only admins switch it on', async () => {
    expect((await gql(server.graphqlUrl, SET_AS_AGENT, {}, agent.token)).data.updateAssistantSettings.__typename).toBe(
      'ForbiddenError',
    );
    const set = await gql(server.graphqlUrl, SET, { on: true }, owner.token);
    expect(expectTypename(set.data.updateAssistantSettings, 'AssistantSettings').answerWhileQueued).toBe(true);
  });

  it('when on: answers from the documents while queued (no offers, nothing when unsure), never once a human owns it', async () => {
    await gql(server.graphqlUrl, SET, { on: true }, owner.token);
    const visitor = await queuedVisitor();
    let messages = await askAndSettle(visitor, "what's your return policy, how many days do I have?");
    const answers = messages.filter((m) => m.authorKind === 'ASSISTANT');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.body).toMatch(/30 days/i);
    expect(answers[0]!.suggestedActionIds).toEqual([]);

    // Unsure: no answer and no second offer of a person (the team is on its way).
    messages = await askAndSettle(visitor, 'do you sell kayaks?');
    expect(messages.filter((m) => m.authorKind === 'ASSISTANT')).toHaveLength(1);

    // A human owns it: the assistant stays quiet.
    await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, agent.token);
    messages = await askAndSettle(visitor, 'Can I change or cancel my order after placing it?');
    expect(messages.filter((m) => m.authorKind === 'ASSISTANT')).toHaveLength(1);
    await gql(server.graphqlUrl, SET, { on: false }, owner.token);
  });
});
