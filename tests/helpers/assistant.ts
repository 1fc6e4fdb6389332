/** Fixtures for assistant tests: a knowledge base loaded through the API, and reading replies. */
import { readFileSync } from 'node:fs';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import type { KnowledgeDocumentInput, TranscriptQuery } from '../gql/graphql.js';
import { expectPresent, expectTypename, gql } from './graphql.js';
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
export const acmeQuestions = JSON.parse(
  readFileSync(new URL('acme-questions.json', fixtures), 'utf8'),
) as FixtureQuestion[];

const LOAD_DOCUMENT = graphql(`
  mutation LoadKnowledgeDocument($input: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $input) {
      __typename
    }
  }
`);

export async function loadKnowledge(
  url: string,
  adminToken: string,
  docs: KnowledgeDocumentInput[] = acmeDocuments,
): Promise<void> {
  for (const input of docs) {
    const res = await gql(url, LOAD_DOCUMENT, { input }, adminToken);
    expectTypename(res.data.createKnowledgeDocument, 'KnowledgeDocument');
  }
}

export const TRANSCRIPT = graphql(`
  query Transcript($id: ID!) {
    conversation(id: $id) {
      status
      messages(first: 100) {
        edges {
          node {
            seq
            authorKind
            body
            suggestionTrigger
            suggestionTopic
            suggestedActionIds
            citations {
              title
              sourceUrl
            }
          }
        }
      }
    }
  }
`);

type TranscriptMessage = NonNullable<TranscriptQuery['conversation']>['messages']['edges'][number]['node'];

export interface AssistantTurn {
  status: NonNullable<TranscriptQuery['conversation']>['status'];
  /** The newest message, when the assistant wrote it. */
  reply: TranscriptMessage | null;
}

/** Sends `text` as the visitor, waits for the assistant, and returns its newest message. */
export async function ask(server: BatonServer, visitor: VisitorSession, text: string): Promise<AssistantTurn> {
  const sent = await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: text } },
    visitor.token,
  );
  expectTypename(sent.data.sendMessage, 'SendMessagePayload');
  await server.assistant.idle();
  const res = await gql(server.graphqlUrl, TRANSCRIPT, { id: visitor.conversationId }, visitor.token);
  const conversation = expectPresent(res.data.conversation, 'the conversation');
  const last = conversation.messages.edges.at(-1)?.node;
  return { status: conversation.status, reply: last?.authorKind === 'ASSISTANT' ? last : null };
}
