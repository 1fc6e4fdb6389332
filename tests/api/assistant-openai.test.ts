/**
 * The OpenAI-compatible provider against a local HTTP server speaking the Chat Completions
 * protocol (tests/helpers/fake-openai.ts): streaming over the visitor's subscription, tool
 * calls, 429 / 500 / timeout / garbage / empty replies, take-over mid-stream, and metering.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { acmeDocuments, ask, loadKnowledge } from '../helpers/assistant.js';
import { chatBody, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { graphql } from '../gql/index.js';
import type { StreamSubscription } from '../gql/graphql.js';
import {
  connectWs,
  eventsBefore,
  expectPresent,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  type Subscription,
  type WsConnection,
} from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, STREAM, TAKE_OVER, type VisitorSession } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';

const INSTRUCTIONS = graphql(`
  mutation OpenAIInstructions($instructions: String!) {
    updateAssistantSettings(input: { instructions: $instructions }) {
      __typename
    }
  }
`);
const TYPING_OFF = graphql(`
  mutation OpenAITypingOff($id: ID!) {
    setTyping(conversationId: $id, isTyping: false) {
      __typename
    }
  }
`);
const USAGE = graphql(`
  query OpenAIUsage {
    aiUsage {
      responses
      promptTokens
      completionTokens
    }
  }
`);
const CREATE_ACTION = graphql(`
  mutation OpenAICreateAction($i: CustomActionInput!) {
    createCustomAction(input: $i) {
      __typename
      ... on CustomAction {
        id
      }
    }
  }
`);
const CREATE_TOPIC = graphql(`
  mutation OpenAICreateTopic($i: HandoffTopicInput!) {
    createHandoffTopic(input: $i) {
      __typename
    }
  }
`);
const LEGAL_OFF = graphql(`
  mutation OpenAILegalOff {
    setSensitiveTopic(key: "legal", enabled: false) {
      __typename
      ... on AssistantSettings {
        sensitiveTopics {
          key
          enabled
        }
      }
    }
  }
`);
const TRANSCRIPT = graphql(`
  query OpenAITranscript($id: ID!) {
    conversation(id: $id) {
      messages {
        edges {
          node {
            authorKind
            body
          }
        }
      }
    }
  }
`);

let fake: FakeOpenAI;
let server: BatonServer;
let owner: SignedIn;
let publicKey: string;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: fake.baseUrl,
    OPENAI_MODEL: 'gpt-test',
    BATON_AI_ATTEMPT_TIMEOUT_MS: '600',
    BATON_AI_BUDGET_MS: '6000',
    BATON_AI_RETRIES: '2',
  });
  owner = await signUp(server.graphqlUrl, 'Acme Shoes');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token, acmeDocuments.slice(0, 6));
  await gql(server.graphqlUrl, INSTRUCTIONS, { instructions: 'Always be brief. Sign as Acme.' }, owner.token);
});
afterEach(() => {
  fake.setDefault({ kind: 'text', text: 'OK' });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
  await fake?.close();
});

/** A visitor with a live conversation subscription (typing echoes prove it is attached). */
async function liveVisitor(): Promise<{ visitor: VisitorSession; stream: Subscription<StreamSubscription> }> {
  const visitor = await startSession(server.graphqlUrl, publicKey);
  const socket = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
  sockets.push(socket);
  const stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: 0 });
  await untilLive(
    stream,
    () => gql(server.graphqlUrl, TYPING_OFF, { id: visitor.conversationId }, visitor.token),
    (e) => e.conversationEvents.kind === 'TYPING',
  );
  return { visitor, stream };
}

async function usage() {
  const res = await gql(server.graphqlUrl, USAGE, {}, owner.token);
  return res.data.aiUsage[0] ?? { responses: 0, promptTokens: 0, completionTokens: 0 };
}

describe('OpenAI-compatible provider', () => {
  it('streams the reply token by token over the subscription, then stores it once with its citations', async () => {
    const before = await usage();
    const requestsBefore = fake.requests.length;
    const { visitor, stream } = await liveVisitor();
    fake.enqueue({
      kind: 'text',
      text: 'Standard shipping takes 3–5 business days and costs $5.95 [1].',
      chunkSize: 6,
      usage: { prompt_tokens: 321, completion_tokens: 17 },
    });
    const turn = await ask(server, visitor, 'how long does shipping take');
    expect(turn.reply).toMatchObject({
      body: 'Standard shipping takes 3–5 business days and costs $5.95 [1].',
      suggestionTrigger: null,
      citations: [{ title: 'Shipping Times and Costs' }],
    });
    const events = await stream.waitFor((e) => e.some((x) => x.conversationEvents.message?.authorKind === 'ASSISTANT'));
    const drafts = events.flatMap((e) => e.conversationEvents.draft ?? []);
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(new Set(drafts.map((d) => d.draftId)).size).toBe(1);
    expect(drafts.map((d) => d.delta).join('')).toBe(turn.reply!.body);

    // What the provider was sent: model, instructions + passages, history, the action as a tool.
    expect(fake.requests.length).toBe(requestsBefore + 1);
    const sent = chatBody(fake.requests.at(-1)!);
    expect(sent).toMatchObject({ model: 'gpt-test', stream: true, stream_options: { include_usage: true } });
    expect(sent.messages[0]?.role).toBe('system');
    expect(sent.messages[0]?.content).toContain('Always be brief. Sign as Acme.');
    expect(sent.messages[0]?.content).toContain('[1] Shipping Times and Costs');
    expect(sent.messages.at(-1)).toEqual({ role: 'user', content: 'how long does shipping take' });
    expect(sent.tools?.[0]?.function.name).toBe('offer_action');

    const after = await usage();
    expect(after.responses - before.responses).toBe(1);
    expect(after.promptTokens - before.promptTokens).toBe(321);
    expect(after.completionTokens - before.completionTokens).toBe(17);
  });

  it('a tool call offers the custom action the model chose', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    fake.setDefault((req) => ({
      kind: 'tool',
      name: 'offer_action',
      text: 'Let me get you to someone who can check your account.',
      arguments: {
        action_id: chatBody(req).tools?.[0]?.function.parameters.properties.action_id?.enum?.[0],
        reason: 'account specific',
      },
    }));
    const turn = await ask(server, visitor, 'Why was my card charged twice for order 123?');
    expect(turn.reply).toMatchObject({
      body: 'Let me get you to someone who can check your account.',
      suggestionTrigger: 'LOW_CONFIDENCE',
    });
    expect(turn.reply!.suggestedActionIds).toHaveLength(1);
  });

  it('gets the handoff policy: enabled topics in the system prompt, action descriptions and topic keys in the tool; a topic it names is a SENSITIVE offer', async () => {
    const shop = await signUp(server.graphqlUrl, 'Policy Shop');
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    await loadKnowledge(server.graphqlUrl, shop.token, acmeDocuments.slice(0, 3));
    const change = await gql(
      server.graphqlUrl,
      CREATE_ACTION,
      {
        i: {
          label: 'Change my order',
          description: 'The visitor wants the team to change the address or items of an order already placed.',
          fields: [],
        },
      },
      shop.token,
    );
    const changeId = expectTypename(change.data.createCustomAction, 'CustomAction').id;
    const topic = await gql(
      server.graphqlUrl,
      CREATE_TOPIC,
      { i: { name: 'Wholesale orders', examples: ['I run a shop and want to buy 200 pairs'] } },
      shop.token,
    );
    expect(topic.data.createHandoffTopic.__typename).toBe('HandoffTopic');
    const off = await gql(server.graphqlUrl, LEGAL_OFF, {}, shop.token);
    expect(expectTypename(off.data.setSensitiveTopic, 'AssistantSettings').sensitiveTopics).toContainEqual({
      key: 'legal',
      enabled: false,
    });
    await gql(
      server.graphqlUrl,
      INSTRUCTIONS,
      { instructions: 'Be warm. Never discuss upcoming product launches.' },
      shop.token,
    );

    fake.setDefault((req) => ({
      kind: 'tool',
      name: 'offer_action',
      text: 'A teammate will look at that delivery for you.',
      arguments: {
        action_id: chatBody(req).tools?.[0]?.function.parameters.properties.action_id?.enum?.[1],
        topic: 'account_change',
      },
    }));
    const before = fake.requests.length;
    const visitor = await startSession(server.graphqlUrl, key);
    const turn = await ask(server, visitor, 'the parcel needs to go to my office instead, is that ok');
    expect(fake.requests.length - before).toBe(1);
    const request = chatBody(fake.requests.at(-1)!);
    const system = expectPresent(request.messages[0]?.content, 'system prompt');
    for (const name of [
      'fraud',
      'account_change',
      'health_safety',
      'complex_return',
      'Wholesale orders',
      'upcoming product launches',
    ])
      expect(system).toContain(name);
    expect(system).not.toMatch(/^- legal:/m);
    const tool = expectPresent(request.tools?.[0], 'tool').function;
    expect(tool.description).toContain(
      'The visitor wants the team to change the address or items of an order already placed.',
    );
    expect(tool.parameters.properties.topic?.enum).toEqual(
      expect.arrayContaining(['fraud', 'Wholesale orders', 'upcoming product launches']),
    );
    expect(tool.parameters.properties.topic?.enum).not.toContain('legal');
    expect(turn.reply).toMatchObject({
      suggestionTrigger: 'SENSITIVE',
      suggestionTopic: 'account_change',
      suggestedActionIds: [changeId],
    });
  });

  it('a built-in sensitive topic is handed off before the model is asked', async () => {
    const before = fake.requests.length;
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const turn = await ask(
      server,
      visitor,
      'There is a charge on my statement from you that I never made, someone used my card without my permission',
    );
    expect(fake.requests.length).toBe(before);
    expect(turn.reply).toMatchObject({ suggestionTrigger: 'SENSITIVE', suggestionTopic: 'fraud' });
    expect(turn.reply!.suggestedActionIds).toHaveLength(1);
  });

  it.each([
    ['a 429 rate limit', [{ kind: 'error', status: 429, retryAfterSeconds: 0 }]],
    ['a 500 server error', [{ kind: 'error', status: 500 }]],
    ['a timeout', [{ kind: 'hang' }]],
    ['a garbage stream', [{ kind: 'garbage' }]],
    ['an empty reply', [{ kind: 'empty' }]],
    ['two failures in a row', [{ kind: 'error', status: 503 }, { kind: 'hang' }]],
  ] as const)('recovers from %s by retrying with backoff', async (_label, failures) => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const before = fake.requests.length;
    const responses = (await usage()).responses;
    fake.enqueue(...failures, { kind: 'text', text: 'Returns are free within 30 days [1].' });
    const turn = await ask(server, visitor, 'what is your return policy');
    expect(turn.reply?.body).toBe('Returns are free within 30 days [1].');
    expect(fake.requests.length - before).toBe(failures.length + 1);
    expect((await usage()).responses - responses).toBe(1);
  });

  it('gives up within the time budget with a friendly fallback that offers the handoff; the visitor message is kept', async () => {
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const before = fake.requests.length;
    const responses = (await usage()).responses;
    fake.setDefault({ kind: 'error', status: 500 });
    const started = Date.now();
    const turn = await ask(server, visitor, 'do you ship to Norway?');
    expect(Date.now() - started).toBeLessThan(6000 + 2000);
    expect(fake.requests.length - before).toBe(3);
    expect(turn.reply).toMatchObject({ suggestionTrigger: 'LOW_CONFIDENCE' });
    expect(turn.reply!.body).toMatch(/having trouble/);
    expect(turn.reply!.suggestedActionIds).toHaveLength(1);
    const transcript = await gql(server.graphqlUrl, TRANSCRIPT, { id: visitor.conversationId }, owner.token);
    expect(transcript.data.conversation?.messages.edges.map((e) => e.node)).toEqual([
      { authorKind: 'VISITOR', body: 'do you ship to Norway?' },
      { authorKind: 'ASSISTANT', body: turn.reply!.body },
    ]);
    // A fallback is not an AI response: nothing is metered.
    expect((await usage()).responses).toBe(responses);

    // Timeouts too: every attempt hangs.
    fake.setDefault({ kind: 'hang' });
    const slow = await startSession(server.graphqlUrl, publicKey);
    const hung = await ask(server, slow, 'do you ship to Norway?');
    expect(hung.reply?.body).toMatch(/having trouble/);
  });

  it('a take-over while the reply streams stops the stream; nothing from the assistant follows the take-over', async () => {
    const { visitor, stream } = await liveVisitor();
    const before = fake.requests.length;
    // The reply stops after three chunks until the take-over has been answered.
    let resume!: () => void;
    const takenOver = new Promise<void>((resolve) => (resume = resolve));
    fake.enqueue({ kind: 'text', text: 'word '.repeat(80), chunkSize: 5, pause: { after: 3, until: takenOver } });
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'tell me everything about shipping' } },
      visitor.token,
    );
    await stream.waitFor((e) => e.some((x) => x.conversationEvents.kind === 'ASSISTANT_DRAFT'));
    const taken = await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, owner.token);
    expect(expectTypename(taken.data.takeOver, 'Conversation').status).toBe('ASSIGNED');
    resume();
    await server.assistant.idle();

    const transcript = await gql(server.graphqlUrl, TRANSCRIPT, { id: visitor.conversationId }, owner.token);
    expect(transcript.data.conversation?.messages.edges.map((e) => e.node.authorKind)).toEqual(['VISITOR', 'SYSTEM']);
    expect(fake.requests.length - before).toBe(1);
    // The assistant is idle; a visitor message sent now is the sentinel: anything the assistant
    // still sent would have come before it.
    const events = (
      await eventsBefore(
        stream,
        () =>
          gql(
            server.graphqlUrl,
            SEND,
            { input: { conversationId: visitor.conversationId, body: 'sentinel' } },
            visitor.token,
          ),
        (e) => e.conversationEvents.message?.body === 'sentinel',
      )
    ).map((e) => e.conversationEvents);
    const takeOverAt = events.findIndex((e) => e.status?.change === 'TAKEN_OVER');
    expect(takeOverAt).toBeGreaterThan(0);
    const afterTakeOver = events.slice(takeOverAt + 1);
    expect(afterTakeOver.some((e) => e.kind === 'ASSISTANT_DRAFT' || e.message?.authorKind === 'ASSISTANT')).toBe(
      false,
    );
    const drafted = events.flatMap((e) => e.draft?.delta ?? []).join('');
    expect(drafted.length).toBeLessThan('word '.repeat(80).length);
  });
});
