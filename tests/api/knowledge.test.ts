/** Knowledge documents and assistant settings: admin-only, validated, per workspace, re-indexed on change. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { ask } from '../helpers/assistant.js';
import { expectNoWrites } from '../helpers/db.js';
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, startSession } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

const CREATE = graphql(`
  mutation KnowledgeCreate($input: KnowledgeDocumentInput!) {
    r: createKnowledgeDocument(input: $input) {
      __typename
      ... on KnowledgeDocument {
        id
        title
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
const UPDATE = graphql(`
  mutation KnowledgeUpdate($id: ID!, $input: KnowledgeDocumentInput!) {
    r: updateKnowledgeDocument(documentId: $id, input: $input) {
      __typename
    }
  }
`);
const DELETE = graphql(`
  mutation KnowledgeDelete($id: ID!) {
    r: deleteKnowledgeDocument(documentId: $id) {
      __typename
    }
  }
`);
const LIST = graphql(`
  query KnowledgeList {
    knowledgeDocuments {
      edges {
        node {
          title
        }
      }
    }
  }
`);
const NODE = graphql(`
  query KnowledgeNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const SET = graphql(`
  mutation KnowledgeSettings($input: AssistantSettingsInput!) {
    r: updateAssistantSettings(input: $input) {
      __typename
      ... on AssistantSettings {
        greeting
        confidenceThreshold
        frustrationDetection
        provider
      }
      ... on ValidationError {
        fieldErrors {
          path
        }
      }
    }
  }
`);
const GREETING = graphql(`
  query KnowledgeGreeting {
    assistantSettings {
      greeting
    }
  }
`);
const WIDGET_GREETING = graphql(`
  mutation KnowledgeWidgetGreeting($k: String!) {
    startWidgetSession(input: { publicKey: $k }) {
      __typename
      ... on WidgetSession {
        greeting
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let other: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Docs Shop');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Dora');
  other = await signUp(server.graphqlUrl, 'Other Shop');
});
afterAll(async () => {
  await server?.close();
});

describe('knowledge documents', () => {
  it('answers change when documents are added, updated and deleted; other workspaces never see them', async () => {
    const url = server.graphqlUrl;
    const created = await gql(
      url,
      CREATE,
      {
        input: {
          title: 'Parking',
          content: 'Free parking is available behind the store for two hours.',
          sourceUrl: 'https://docs.example/parking',
        },
      },
      owner.token,
    );
    const { id } = expectTypename(created.data.r, 'KnowledgeDocument');
    const visitor = await startSession(url, await publicKeyOf(url, owner.token));
    expect((await ask(server, visitor, 'is there parking near the store')).reply?.body).toContain('two hours');

    await gql(
      url,
      UPDATE,
      { id, input: { title: 'Parking', content: 'Parking behind the store is free for three hours with a receipt.' } },
      owner.token,
    );
    // (A new visitor: asking the same question twice reads as frustration.)
    const next = await startSession(url, await publicKeyOf(url, owner.token));
    expect((await ask(server, next, 'is there parking near the store')).reply?.body).toContain('three hours');

    const stranger = await startSession(url, await publicKeyOf(url, other.token));
    expect((await ask(server, stranger, 'is there parking near the store')).reply).toMatchObject({
      suggestionTrigger: 'LOW_CONFIDENCE',
      citations: [],
    });

    await gql(url, DELETE, { id }, owner.token);
    const last = await startSession(url, await publicKeyOf(url, owner.token));
    expect((await ask(server, last, 'is there parking near the store')).reply).toMatchObject({
      suggestionTrigger: 'LOW_CONFIDENCE',
    });
    // Repeating the same question is read as frustration.
    expect((await ask(server, visitor, 'is there parking near the store??')).reply).toMatchObject({
      suggestionTrigger: 'FRUSTRATION',
    });
    const list = await gql(url, LIST, {}, agent.token);
    expect(list.data.knowledgeDocuments.edges).toEqual([]);
  });

  it('bad documents, non-admins and other workspaces get typed errors and change nothing', async () => {
    const url = server.graphqlUrl;
    const invalid = await expectNoWrites(server, () =>
      gql(url, CREATE, { input: { title: '', content: ' ', sourceUrl: 'ftp://x' } }, owner.token),
    );
    expect(
      expectTypename(invalid.data.r, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['input.content', 'input.sourceUrl', 'input.title']);
    const huge = await expectNoWrites(server, () =>
      gql(url, CREATE, { input: { title: 'Big', content: 'x'.repeat(200_001) } }, owner.token),
    );
    expect(huge.data.r.__typename).toBe('ValidationError');
    const byAgent = await expectNoWrites(server, () =>
      gql(url, CREATE, { input: { title: 'T', content: 'C' } }, agent.token),
    );
    expect(byAgent.data.r.__typename).toBe('ForbiddenError');

    const mine = expectTypename(
      (await gql(url, CREATE, { input: { title: 'Mine', content: 'Owned by Docs Shop.' } }, owner.token)).data.r,
      'KnowledgeDocument',
    );
    const foreignUpdate = await expectNoWrites(server, () =>
      gql(url, UPDATE, { id: mine.id, input: { title: 'X', content: 'Y' } }, other.token),
    );
    expect(foreignUpdate.data.r.__typename).toBe('NotFoundError');
    const foreignDelete = await expectNoWrites(server, () => gql(url, DELETE, { id: mine.id }, other.token));
    expect(foreignDelete.data.r.__typename).toBe('NotFoundError');
    const foreignRead = await gql(url, NODE, { id: mine.id }, other.token);
    expect(foreignRead.data.node).toBeNull();
  });

  it('assistant settings: admins change them within limits; agents can read but not change', async () => {
    const url = server.graphqlUrl;
    const ok = await gql(
      url,
      SET,
      { input: { greeting: 'Welcome to Docs Shop!', confidenceThreshold: 0.5, frustrationDetection: false } },
      owner.token,
    );
    expect(ok.data.r).toEqual({
      __typename: 'AssistantSettings',
      greeting: 'Welcome to Docs Shop!',
      confidenceThreshold: 0.5,
      frustrationDetection: false,
      provider: 'offline',
    });
    const bad = await gql(url, SET, { input: { confidenceThreshold: 1.5, greeting: '' } }, owner.token);
    expect(
      expectTypename(bad.data.r, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['input.confidenceThreshold', 'input.greeting']);
    expect((await gql(url, SET, { input: { greeting: 'Hi' } }, agent.token)).data.r.__typename).toBe('ForbiddenError');
    expect((await gql(url, GREETING, {}, agent.token)).data.assistantSettings.greeting).toBe('Welcome to Docs Shop!');
    // The widget shows the greeting.
    const session = await gql(url, WIDGET_GREETING, { k: await publicKeyOf(url, owner.token) });
    expect(expectTypename(session.data.startWidgetSession, 'WidgetSession').greeting).toBe('Welcome to Docs Shop!');
  });
});
