/**
 * The handoff policy through the public API: sensitive topics (built-in on/off, the admin's own,
 * the instructions' "never discuss"), the action chosen from descriptions, content gaps and
 * turning an agent's reply into knowledge; and the bad input the issue names — odd documents,
 * odd questions, bad topics — answered with typed errors or a handoff, never a crash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { acmeDocuments, ask, loadKnowledge } from '../helpers/assistant.js';
import { expectNoWrites } from '../helpers/db.js';
import { graphql } from '../gql/index.js';
import { expectPresent, expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, REPLY, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const CREATE_DOC = graphql(`
  mutation PolicyCreateDocument($input: KnowledgeDocumentInput!) {
    r: createKnowledgeDocument(input: $input) {
      __typename
      ... on KnowledgeDocument {
        id
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
const CREATE_TOPIC = graphql(`
  mutation PolicyCreateTopic($i: HandoffTopicInput!) {
    r: createHandoffTopic(input: $i) {
      __typename
      ... on HandoffTopic {
        id
        name
        examples
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
const SET_BUILT_IN = graphql(`
  mutation PolicySetBuiltIn($key: String!, $on: Boolean!) {
    r: setSensitiveTopic(key: $key, enabled: $on) {
      __typename
      ... on AssistantSettings {
        sensitiveTopics {
          key
          enabled
        }
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
const GAPS = graphql(`
  query PolicyGaps {
    contentGaps {
      question
      count
      examples
      conversationIds
    }
  }
`);
const PACKET = graphql(`
  query PolicyPacket($id: ID!) {
    conversation(id: $id) {
      handoff {
        trigger
        topic
        topicName
        summary
      }
    }
  }
`);
const INSTRUCTIONS = graphql(`
  mutation PolicyInstructions($instructions: String!) {
    updateAssistantSettings(input: { instructions: $instructions }) {
      __typename
      ... on AssistantSettings {
        instructionTopics
      }
    }
  }
`);
const INSTRUCTION_TOPICS = graphql(`
  query PolicyInstructionTopics {
    assistantSettings {
      instructionTopics
    }
  }
`);
const CREATE_ACTION = graphql(`
  mutation PolicyCreateAction($i: CustomActionInput!) {
    createCustomAction(input: $i) {
      __typename
      ... on CustomAction {
        id
      }
    }
  }
`);
const ACTION_IDS = graphql(`
  query PolicyActionIds {
    customActions {
      id
    }
  }
`);
const FROM_REPLY = graphql(`
  mutation PolicyFromReply($m: ID!) {
    r: createKnowledgeFromReply(messageId: $m) {
      __typename
      ... on KnowledgeDocument {
        title
        content
      }
      ... on ValidationError {
        fieldErrors {
          path
        }
      }
    }
  }
`);
const FIRST_MESSAGE = graphql(`
  query PolicyFirstMessage($id: ID!) {
    conversation(id: $id) {
      messages(first: 1) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Policy Shoes');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

async function askNew(text: string, key = publicKey) {
  return ask(server, await startSession(server.graphqlUrl, key), text);
}

describe('sensitive topics', () => {
  it('each built-in topic is handed off with its key, recorded in the handoff packet once accepted', async () => {
    const cases: Array<[string, string]> = [
      [
        'fraud',
        'I just saw a payment to you on my bank statement that I never made. Someone used my card without my permission',
      ],
      ['account_change', 'Can you change the delivery address on order #48213 to 12 Elm Street?'],
      ['health_safety', 'My son had an allergic reaction to the dye in your sneakers, his feet are covered in a rash'],
      ['legal', 'If this is not sorted by Friday my lawyer will be in touch'],
      [
        'complex_return',
        'I sent two pairs back a month ago but only got refunded for one, and now the refund went to my old card',
      ],
    ];
    for (const [topic, text] of cases) {
      const visitor = await startSession(server.graphqlUrl, publicKey);
      const turn = await ask(server, visitor, text);
      expect(turn.reply, text).toMatchObject({ suggestionTrigger: 'SENSITIVE', suggestionTopic: topic, citations: [] });
      const actionId = expectPresent(turn.reply?.suggestedActionIds[0], 'suggested action');
      const res = await gql(
        server.graphqlUrl,
        SUBMIT_ACTION,
        { input: { conversationId: visitor.conversationId, actionId } },
        visitor.token,
      );
      expect(expectTypename(res.data.submitAction, 'HandoffPayload').conversation.status).toBe('QUEUED');
      const packet = await gql(server.graphqlUrl, PACKET, { id: visitor.conversationId }, owner.token);
      const handoff = expectPresent(packet.data.conversation?.handoff, 'handoff');
      expect(handoff).toMatchObject({ trigger: 'SENSITIVE', topic });
      expect(handoff.summary).toContain(handoff.topicName);
    }
  });

  it('questions about the policy itself are still answered from the docs', async () => {
    const turn = await askNew('how do I reset my password?');
    expect(turn.reply).toMatchObject({ suggestionTrigger: null });
    expect(turn.reply!.citations[0]?.title).toBe('Account and Password Reset');
  });

  it('a built-in topic switched off is no longer handed off as SENSITIVE; bad keys get a typed error', async () => {
    const shop = await signUp(server.graphqlUrl, 'Lenient Shop');
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    const off = await gql(server.graphqlUrl, SET_BUILT_IN, { key: 'legal', on: false }, shop.token);
    expect(expectTypename(off.data.r, 'AssistantSettings').sensitiveTopics).toContainEqual({
      key: 'legal',
      enabled: false,
    });
    const turn = await askNew('my lawyer says I should write to you', key);
    expect(turn.reply?.suggestionTrigger).not.toBe('SENSITIVE');
    const bad = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, SET_BUILT_IN, { key: 'nope', on: false }, shop.token),
    );
    expect(bad.data.r.__typename).toBe('ValidationError');
    const agent = await addMember(server.graphqlUrl, shop, 'AGENT', 'Aggie');
    const denied = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, SET_BUILT_IN, { key: 'fraud', on: false }, agent.token),
    );
    expect(denied.data.r.__typename).toBe('ForbiddenError');
  });

  it("the admin's own topic (with or without examples) and the instructions' “never discuss” are handed off with the topic's name", async () => {
    const shop = await signUp(server.graphqlUrl, 'Topic Shop');
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    await loadKnowledge(server.graphqlUrl, shop.token, acmeDocuments.slice(0, 5));
    const wholesale = await gql(
      server.graphqlUrl,
      CREATE_TOPIC,
      {
        i: {
          name: 'Wholesale',
          examples: ['I own a store and want to order 300 pairs at a trade price', 'bulk discount for my team of 50'],
        },
      },
      shop.token,
    );
    expect(wholesale.data.r).toMatchObject({ __typename: 'HandoffTopic', name: 'Wholesale' });
    const bare = await gql(server.graphqlUrl, CREATE_TOPIC, { i: { name: 'Sponsorship' } }, shop.token);
    expect(bare.data.r).toMatchObject({ __typename: 'HandoffTopic', examples: [] });
    await gql(
      server.graphqlUrl,
      INSTRUCTIONS,
      { instructions: 'Be warm and brief. Never discuss competitor brands; hand those to the team.' },
      shop.token,
    );
    const settings = await gql(server.graphqlUrl, INSTRUCTION_TOPICS, {}, shop.token);
    expect(settings.data.assistantSettings.instructionTopics).toEqual(['competitor brands']);

    expect((await askNew('we own a store and would like to order 300 pairs at trade price', key)).reply).toMatchObject({
      suggestionTrigger: 'SENSITIVE',
      suggestionTopic: 'Wholesale',
    });
    expect((await askNew('Would you consider a sponsorship of our running club?', key)).reply).toMatchObject({
      suggestionTrigger: 'SENSITIVE',
      suggestionTopic: 'Sponsorship',
    });
    expect((await askNew('are your shoes better than other competitor brands?', key)).reply).toMatchObject({
      suggestionTrigger: 'SENSITIVE',
      suggestionTopic: 'competitor brands',
    });
  });

  it('bad topics get typed errors and change nothing', async () => {
    const url = server.graphqlUrl;
    const empty = await expectNoWrites(server, () =>
      gql(url, CREATE_TOPIC, { i: { name: '  ', examples: [''] } }, owner.token),
    );
    expect(
      expectTypename(empty.data.r, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['input.examples.0', 'input.name']);
    const many = await expectNoWrites(server, () =>
      gql(
        url,
        CREATE_TOPIC,
        { i: { name: 'Many', examples: Array.from({ length: 21 }, (_, i) => `example ${i}`) } },
        owner.token,
      ),
    );
    expect(many.data.r.__typename).toBe('ValidationError');
    await gql(url, CREATE_TOPIC, { i: { name: 'Press' } }, owner.token);
    const duplicate = await expectNoWrites(server, () => gql(url, CREATE_TOPIC, { i: { name: 'press' } }, owner.token));
    expect(expectTypename(duplicate.data.r, 'ValidationError').fieldErrors).toEqual([
      { path: 'input.name', message: 'A topic named "press" exists already' },
    ]);
    const builtInName = await expectNoWrites(server, () =>
      gql(url, CREATE_TOPIC, { i: { name: 'fraud' } }, owner.token),
    );
    expect(builtInName.data.r.__typename).toBe('ValidationError');
  });
});

describe('choosing the action', () => {
  it('offers the action whose description fits (an order change offers “Change my order”), else the general one', async () => {
    const shop = await signUp(server.graphqlUrl, 'Action Shop');
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    await loadKnowledge(server.graphqlUrl, shop.token, acmeDocuments.slice(0, 5));
    const created = await gql(
      server.graphqlUrl,
      CREATE_ACTION,
      {
        i: {
          label: 'Change my order',
          description:
            'The visitor wants the team to change the delivery address, size or items of an order already placed.',
          fields: [],
        },
      },
      shop.token,
    );
    const changeId = expectTypename(created.data.createCustomAction, 'CustomAction').id;
    const change = await askNew('please update the shipping address on order 55123, I moved last week', key);
    expect(change.reply).toMatchObject({ suggestionTrigger: 'SENSITIVE', suggestedActionIds: [changeId] });
    const person = await askNew('can I talk to a person?', key);
    expect(person.reply?.suggestionTrigger).toBe('EXPLICIT_REQUEST');
    expect(person.reply?.suggestedActionIds).not.toContain(changeId);
  });
});

describe('content gaps', () => {
  it('groups similar unanswered questions; an agent reply becomes a document that answers them, and the gap closes', async () => {
    const shop = await signUp(server.graphqlUrl, 'Gap Shop');
    const key = await publicKeyOf(server.graphqlUrl, shop.token);
    await loadKnowledge(server.graphqlUrl, shop.token, acmeDocuments.slice(0, 4));
    const first = await startSession(server.graphqlUrl, key);
    expect((await ask(server, first, 'do you sell kayaks?')).reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');
    expect((await askNew('are kayaks something you sell', key)).reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');
    expect((await askNew('what is the capital of Peru', key)).reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');
    const gaps = (await gql(server.graphqlUrl, GAPS, {}, shop.token)).data.contentGaps;
    expect(gaps[0]).toMatchObject({ count: 2 });
    expect(gaps[0]?.examples).toHaveLength(2);
    expect(gaps).toHaveLength(2);

    const talk = (await gql(server.graphqlUrl, ACTION_IDS, {}, first.token)).data.customActions[0]!.id;
    await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: first.conversationId, actionId: talk } },
      first.token,
    );
    await gql(server.graphqlUrl, TAKE_OVER, { id: first.conversationId }, shop.token);
    const reply = await gql(
      server.graphqlUrl,
      REPLY,
      {
        input: {
          conversationId: first.conversationId,
          body: 'We do not sell kayaks or other boats — only running, hiking and casual shoes.',
        },
      },
      shop.token,
    );
    const messageId = expectTypename(reply.data.replyToConversation, 'SendMessagePayload').sentMessage.id;

    const agent = await addMember(server.graphqlUrl, shop, 'AGENT', 'Gus');
    const denied = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, FROM_REPLY, { m: messageId }, agent.token),
    );
    expect(denied.data.r.__typename).toBe('ForbiddenError');
    const visitorMessage = expectPresent(
      (await gql(server.graphqlUrl, FIRST_MESSAGE, { id: first.conversationId }, shop.token)).data.conversation
        ?.messages.edges[0],
      'first message',
    ).node.id;
    const notAReply = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, FROM_REPLY, { m: visitorMessage }, shop.token),
    );
    expect(expectTypename(notAReply.data.r, 'ValidationError').fieldErrors).toEqual([{ path: 'messageId' }]);

    const saved = await gql(server.graphqlUrl, FROM_REPLY, { m: messageId }, shop.token);
    expect(saved.data.r).toMatchObject({ __typename: 'KnowledgeDocument', title: 'do you sell kayaks?' });
    const after = (await gql(server.graphqlUrl, GAPS, {}, shop.token)).data.contentGaps;
    expect(after).toHaveLength(1);
    expect(after[0]?.question).toBe('what is the capital of Peru');
    const answered = await askNew('do you sell kayaks', key);
    expect(answered.reply).toMatchObject({ suggestionTrigger: null, citations: [{ title: 'do you sell kayaks?' }] });
  });
});

describe('bad input', () => {
  it('documents: empty once formatting is removed is refused; 200,000 characters, another language, only code or only a table are stored and searchable', async () => {
    const url = server.graphqlUrl;
    const shop = await signUp(url, 'Odd Docs');
    const key = await publicKeyOf(url, shop.token);
    for (const content of ['## \n\n**  **\n\n---', '![]()', '| | |\n|---|---|']) {
      const res = await expectNoWrites(server, () =>
        gql(url, CREATE_DOC, { input: { title: 'Empty', content } }, shop.token),
      );
      expect(expectTypename(res.data.r, 'ValidationError').fieldErrors, content).toEqual([
        { path: 'input.content', message: 'The document has no text once its formatting is removed' },
      ]);
    }
    const long =
      `## Loyalty tiers\n\n${'Members of the Summit tier earn triple points on trail shoes. '.repeat(3200)}`.slice(
        0,
        200_000,
      );
    for (const input of [
      { title: 'Long', content: long },
      { title: 'Envíos', content: '## Envíos a España\n\nLos pedidos llegan en 3 a 5 días laborables.' },
      { title: 'Code', content: '```bash\ncurl https://api.example.com/v1/orders\n```' },
      { title: 'Sizes table', content: '| EU | US |\n|----|----|\n| 42 | 9 |\n| 43 | 10 |' },
    ]) {
      const res = await gql(url, CREATE_DOC, { input }, shop.token);
      expect(res.data.r.__typename, input.title).toBe('KnowledgeDocument');
    }
    const turn = await askNew('how many points do Summit tier members earn on trail shoes?', key);
    expect(turn.reply?.citations[0]?.title).toBe('Long');
  });

  it('questions of 4,000 characters, only emoji, or in another language are handed off, and the server keeps answering', async () => {
    const long = await askNew(
      `${'I have a question about my shoes and the laces and the box. '.repeat(70)}`.slice(0, 4000),
    );
    expect(long.reply).not.toBeNull();
    const emoji = await askNew('👟👟❓🙏');
    expect(emoji.reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');
    const german = await askNew('Wie lange dauert der Versand nach Österreich und was kostet er?');
    expect(german.reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');
    const fine = await askNew('how long do refunds take?');
    expect(fine.reply?.citations[0]?.title).toBe('Refund Timing');
  });
});
