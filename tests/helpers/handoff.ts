/** Widget-side and inbox-side fixtures for the handoff journey, through the public API. */
import { graphql } from '../gql/index.js';
import type { CustomActionInput, SessionMetadataInput } from '../gql/graphql.js';
import { expectTypename, gql } from './graphql.js';

export const START_SESSION = graphql(`
  mutation StartSession($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
      ... on WidgetSession {
        token
        resumed
        visitorId
        workspaceName
        greeting
        conversation {
          id
          status
          lastSeq
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const SEND = graphql(`
  mutation Send($input: SendMessageInput!) {
    sendMessage(input: $input) {
      __typename
      ... on SendMessagePayload {
        duplicate
        sentMessage {
          id
          seq
          body
          authorKind
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const SUBMIT_ACTION = graphql(`
  mutation SubmitAction($input: SubmitActionInput!) {
    submitAction(input: $input) {
      __typename
      ... on HandoffPayload {
        alreadyRequested
        conversation {
          id
          status
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const REPLY = graphql(`
  mutation Reply($input: ReplyInput!) {
    replyToConversation(input: $input) {
      __typename
      ... on SendMessagePayload {
        duplicate
        sentMessage {
          id
          seq
          body
          internal
          authorName
        }
      }
      ... on OwnershipError {
        owner
        ownerName
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const TAKE_OVER = graphql(`
  mutation TakeOver($id: ID!) {
    takeOver(conversationId: $id) {
      __typename
      ... on Conversation {
        id
        status
        assignee {
          id
          name
        }
      }
      ... on ConversationTakenError {
        agentName
        agentId
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const CREATE_ACTION = graphql(`
  mutation CreateAction($input: CustomActionInput!) {
    createCustomAction(input: $input) {
      __typename
      ... on CustomAction {
        id
        label
        enabled
        position
        fields {
          key
          label
          type
          required
          options
          maxLength
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const STREAM = graphql(`
  subscription Stream($id: ID!, $after: Int) {
    conversationEvents(conversationId: $id, afterSeq: $after) {
      seq
      kind
      message {
        id
        seq
        body
        authorKind
        authorName
        internal
        clientId
      }
      status {
        change
        status
        assigneeName
      }
      typing {
        authorKind
        name
        isTyping
      }
      draft {
        draftId
        delta
      }
    }
  }
`);

export const INBOX = graphql(`
  subscription Inbox {
    inboxEvents {
      kind
      agentName
      conversation {
        id
        status
        assigneeName
        waitingSeconds
        responseTargetBreachedAt
        sessionMetadata {
          pageUrl
          pageTitle
          referrer
          locale
          timezone
          userAgent
        }
        handoff {
          trigger
          actionLabel
          summary
          capturedValues {
            key
            label
            value
          }
          citedDocuments {
            title
          }
        }
      }
    }
  }
`);

export const returnAction = {
  label: 'Request a return',
  description: 'When the visitor wants to send something back',
  fields: [
    {
      key: 'orderNumber',
      label: 'Order number',
      type: 'SHORT_TEXT',
      required: true,
      maxLength: 12,
      placeholder: 'A-12345',
    },
    {
      key: 'reason',
      label: 'Return reason',
      type: 'SINGLE_CHOICE',
      required: true,
      options: ['Too small', 'Too big', 'Damaged'],
    },
    { key: 'email', label: 'Email', type: 'EMAIL', required: false },
    { key: 'quantity', label: 'Quantity', type: 'NUMBER', required: false },
  ],
} satisfies CustomActionInput;

export const metadata = {
  pageUrl: 'https://shop.example.com/orders/A-12345',
  pageTitle: 'Your order',
  referrer: 'https://www.example.org/search?q=shoes',
  locale: 'en-GB',
  timezone: 'Europe/London',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156',
} satisfies SessionMetadataInput;

export interface VisitorSession {
  token: string;
  conversationId: string;
  visitorId: string;
}

export async function startSession(
  graphqlUrl: string,
  publicKey: string,
  visitorToken?: string,
): Promise<VisitorSession> {
  const res = await gql(graphqlUrl, START_SESSION, { input: { publicKey, visitorToken, metadata } });
  const s = expectTypename(res.data.startWidgetSession, 'WidgetSession');
  return { token: s.token, conversationId: s.conversation.id, visitorId: s.visitorId };
}

const PUBLIC_KEY = graphql(`
  query PublicKey {
    workspace {
      publicKey
    }
  }
`);

export async function publicKeyOf(graphqlUrl: string, token: string): Promise<string> {
  const res = await gql(graphqlUrl, PUBLIC_KEY, {}, token);
  return res.data.workspace.publicKey;
}

export async function createAction(
  graphqlUrl: string,
  token: string,
  input: CustomActionInput = returnAction,
): Promise<string> {
  const res = await gql(graphqlUrl, CREATE_ACTION, { input }, token);
  return expectTypename(res.data.createCustomAction, 'CustomAction').id;
}

const FIRST_ACTION = graphql(`
  query HandoffFirstAction {
    customActions {
      id
    }
  }
`);

/**
 * A new visitor's conversation, handed off with the first action and taken over by the agent
 * `agentToken`: visitor and agent both write to people, no assistant turn.
 */
export async function takenOverConversation(
  graphqlUrl: string,
  ownerToken: string,
  agentToken: string,
): Promise<VisitorSession> {
  const visitor = await startSession(graphqlUrl, await publicKeyOf(graphqlUrl, ownerToken));
  const actions = await gql(graphqlUrl, FIRST_ACTION, {}, visitor.token);
  const actionId = actions.data.customActions[0]!.id;
  await gql(graphqlUrl, SUBMIT_ACTION, { input: { conversationId: visitor.conversationId, actionId } }, visitor.token);
  await gql(graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, agentToken);
  return visitor;
}
