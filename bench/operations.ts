/**
 * The benchmarks' GraphQL operations, typed documents from tests/gql (`pnpm codegen`), and the
 * fixtures built from them. The measured operations select as little as they did as strings.
 */
import type { KnowledgeDocumentInput } from '../tests/gql/graphql.js';
import { graphql } from '../tests/gql/index.js';
import { gql } from '../tests/helpers/graphql.js';

export const VIEWER = graphql(`
  query BenchViewer {
    viewer {
      id
      name
      workspace {
        name
      }
    }
  }
`);

export const SEND = graphql(`
  mutation BenchSend($i: SendMessageInput!) {
    sendMessage(input: $i) {
      __typename
    }
  }
`);

export const RESUME = graphql(`
  subscription BenchResume($id: ID!, $after: Int) {
    conversationEvents(conversationId: $id, afterSeq: $after) {
      seq
    }
  }
`);

const SIGN_UP = graphql(`
  mutation BenchSignUp($i: SignUpInput!) {
    signUp(input: $i) {
      __typename
      ... on AuthPayload {
        token
      }
    }
  }
`);

const CREATE_DOCUMENT = graphql(`
  mutation BenchCreateDocument($input: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $input) {
      __typename
    }
  }
`);

const PUBLIC_KEY = graphql(`
  query BenchPublicKey {
    workspace {
      publicKey
    }
  }
`);

const START_SESSION = graphql(`
  mutation BenchStartSession($i: StartWidgetSessionInput!) {
    startWidgetSession(input: $i) {
      __typename
      ... on WidgetSession {
        token
        conversation {
          id
        }
      }
    }
  }
`);

const TAKE_OVER = graphql(`
  mutation BenchTakeOver($id: ID!) {
    takeOver(conversationId: $id) {
      __typename
    }
  }
`);

export interface Visitor {
  token: string;
  conversationId: string;
}

/** Narrows a union result to `typename`, throwing (with the whole value) on any other member. */
function only<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  typename: N,
): Extract<T, { __typename: N }> {
  if (value.__typename !== typename) throw new Error(`Expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}

/** A new workspace; returns its owner's token. */
export async function signUp(url: string): Promise<string> {
  const res = await gql(url, SIGN_UP, {
    i: {
      workspaceName: 'Bench',
      name: 'Bench',
      email: `bench.${Date.now()}@example.com`,
      password: 'correct horse battery',
    },
  });
  return only(res.data.signUp, 'AuthPayload').token;
}

export async function createDocument(url: string, ownerToken: string, input: KnowledgeDocumentInput): Promise<void> {
  await gql(url, CREATE_DOCUMENT, { input }, ownerToken);
}

export async function publicKeyOf(url: string, ownerToken: string): Promise<string> {
  return (await gql(url, PUBLIC_KEY, {}, ownerToken)).data.workspace.publicKey;
}

export async function startVisitor(url: string, publicKey: string): Promise<Visitor> {
  const res = await gql(url, START_SESSION, { i: { publicKey } });
  const session = only(res.data.startWidgetSession, 'WidgetSession');
  return { token: session.token, conversationId: session.conversation.id };
}

/** A visitor of the owner's workspace (looks the public key up each time). */
export async function visitorSession(url: string, ownerToken: string): Promise<Visitor> {
  return startVisitor(url, await publicKeyOf(url, ownerToken));
}

export async function takeOver(url: string, agentToken: string, conversationId: string): Promise<void> {
  await gql(url, TAKE_OVER, { id: conversationId }, agentToken);
}
