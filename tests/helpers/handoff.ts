/** Widget-side and inbox-side fixtures for the handoff journey, through the public API. */
import { expect } from 'vitest';
import { gql } from './graphql.js';

export const START_SESSION = /* GraphQL */ `
  mutation Start($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
      ... on WidgetSession { token resumed visitorId workspaceName greeting conversation { id status lastSeq } }
      ... on ValidationError { fieldErrors { path message } }
      ... on Error { message code }
    }
  }
`;

export const SEND = /* GraphQL */ `
  mutation Send($input: SendMessageInput!) {
    sendMessage(input: $input) {
      __typename
      ... on SendMessagePayload { duplicate sentMessage { id seq body authorKind } }
      ... on ValidationError { fieldErrors { path message } }
      ... on Error { message code }
    }
  }
`;

export const SUBMIT_ACTION = /* GraphQL */ `
  mutation Submit($input: SubmitActionInput!) {
    submitAction(input: $input) {
      __typename
      ... on HandoffPayload { alreadyRequested conversation { id status } }
      ... on ValidationError { fieldErrors { path message } }
      ... on Error { message code }
    }
  }
`;

export const REPLY = /* GraphQL */ `
  mutation Reply($input: ReplyInput!) {
    replyToConversation(input: $input) {
      __typename
      ... on SendMessagePayload { duplicate sentMessage { id seq body internal authorName } }
      ... on OwnershipError { owner ownerName }
      ... on ValidationError { fieldErrors { path message } }
      ... on Error { message code }
    }
  }
`;

export const TAKE_OVER = /* GraphQL */ `
  mutation TakeOver($id: ID!) {
    takeOver(conversationId: $id) {
      __typename
      ... on Conversation { id status assignee { id name } }
      ... on ConversationTakenError { agentName agentId }
      ... on Error { message code }
    }
  }
`;

export const CREATE_ACTION = /* GraphQL */ `
  mutation Create($input: CustomActionInput!) {
    createCustomAction(input: $input) {
      __typename
      ... on CustomAction { id label enabled position fields { key label type required options maxLength } }
      ... on ValidationError { fieldErrors { path message } }
      ... on Error { message code }
    }
  }
`;

export const STREAM = /* GraphQL */ `
  subscription Stream($id: ID!, $after: Int) {
    conversationEvents(conversationId: $id, afterSeq: $after) {
      seq kind
      message { id seq body authorKind authorName internal clientId }
      status { change status assigneeName }
      typing { authorKind name isTyping }
      draft { draftId delta }
    }
  }
`;

export const INBOX = /* GraphQL */ `
  subscription Inbox {
    inboxEvents {
      kind agentName
      conversation {
        id status assigneeName waitingSeconds responseTargetBreachedAt
        sessionMetadata { pageUrl pageTitle referrer locale timezone userAgent }
        handoff { trigger actionLabel summary capturedValues { key label value } citedDocuments { title } }
      }
    }
  }
`;

export const returnAction = {
  label: 'Request a return',
  description: 'When the visitor wants to send something back',
  fields: [
    { key: 'orderNumber', label: 'Order number', type: 'SHORT_TEXT', required: true, maxLength: 12, placeholder: 'A-12345' },
    { key: 'reason', label: 'Return reason', type: 'SINGLE_CHOICE', required: true, options: ['Too small', 'Too big', 'Damaged'] },
    { key: 'email', label: 'Email', type: 'EMAIL', required: false },
    { key: 'quantity', label: 'Quantity', type: 'NUMBER', required: false },
  ],
};

export const metadata = {
  pageUrl: 'https://shop.example.com/orders/A-12345',
  pageTitle: 'Your order',
  referrer: 'https://www.example.org/search?q=shoes',
  locale: 'en-GB',
  timezone: 'Europe/London',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156',
};

export interface VisitorSession {
  token: string;
  conversationId: string;
  visitorId: string;
}

export async function startSession(graphqlUrl: string, publicKey: string, visitorToken?: string): Promise<VisitorSession> {
  const res = await gql(graphqlUrl, START_SESSION, { input: { publicKey, visitorToken, metadata } });
  expect(res.data?.startWidgetSession.__typename, JSON.stringify(res)).toBe('WidgetSession');
  const s = res.data.startWidgetSession;
  return { token: s.token, conversationId: s.conversation.id, visitorId: s.visitorId };
}

export async function publicKeyOf(graphqlUrl: string, token: string): Promise<string> {
  const res = await gql(graphqlUrl, `{ workspace { publicKey } }`, {}, token);
  return res.data.workspace.publicKey;
}

export async function createAction(graphqlUrl: string, token: string, input: object = returnAction): Promise<string> {
  const res = await gql(graphqlUrl, CREATE_ACTION, { input }, token);
  expect(res.data?.createCustomAction.__typename, JSON.stringify(res)).toBe('CustomAction');
  return res.data.createCustomAction.id;
}
