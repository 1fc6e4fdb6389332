/** Fixtures for assistant tests: a knowledge base loaded through the API, and reading replies. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { gql } from './graphql.js';
import { SEND, type VisitorSession } from './handoff.js';

export interface FixtureDocument {
  title: string;
  sourceUrl: string;
  content: string;
}

export interface FixtureQuestion {
  question: string;
  expect: 'answer' | 'handoff';
  document?: string;
  trigger?: 'EXPLICIT_REQUEST' | 'FRUSTRATION' | 'LOW_CONFIDENCE';
}

const fixtures = new URL('../fixtures/knowledge/', import.meta.url);
export const acmeDocuments = JSON.parse(readFileSync(new URL('acme-faq.json', fixtures), 'utf8')) as FixtureDocument[];
export const acmeQuestions = JSON.parse(readFileSync(new URL('acme-questions.json', fixtures), 'utf8')) as FixtureQuestion[];

export async function loadKnowledge(url: string, adminToken: string, docs = acmeDocuments): Promise<void> {
  for (const input of docs) {
    const res = await gql(url, `mutation($input: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $input) { __typename } }`, { input }, adminToken);
    expect(res.data.createKnowledgeDocument.__typename).toBe('KnowledgeDocument');
  }
}

export const TRANSCRIPT = /* GraphQL */ `
  query Transcript($id: ID!) {
    conversation(id: $id) {
      status
      messages(first: 100) { edges { node { seq authorKind body suggestionTrigger suggestionTopic suggestedActionIds citations { title sourceUrl } } } }
    }
  }
`;

export interface AssistantTurn {
  status: string;
  reply: { body: string; suggestionTrigger: string | null; suggestionTopic: string | null; suggestedActionIds: string[]; citations: Array<{ title: string }> } | null;
}

/** Sends `text` as the visitor, waits for the assistant, and returns its newest message. */
export async function ask(server: BatonServer, visitor: VisitorSession, text: string): Promise<AssistantTurn> {
  const sent = await gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body: text } }, visitor.token);
  expect(sent.data.sendMessage.__typename).toBe('SendMessagePayload');
  await server.assistant.idle();
  const res = await gql(server.graphqlUrl, TRANSCRIPT, { id: visitor.conversationId }, visitor.token);
  const messages = res.data.conversation.messages.edges.map((e: { node: unknown }) => e.node) as Array<AssistantTurn['reply'] & { authorKind: string; seq: number }>;
  const last = messages[messages.length - 1];
  return { status: res.data.conversation.status, reply: last && last.authorKind === 'ASSISTANT' ? last : null };
}
