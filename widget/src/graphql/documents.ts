/**
 * Every GraphQL operation of the widget — its trusted documents. Codegen (`persistedDocuments`,
 * `replaceDocumentWithHash`) turns each into a typed constant in `../gql/graphql.ts` that holds
 * only its hash (`{ __meta__: { hash } }`), and writes the texts to
 * `../gql/persisted-documents.json`, the manifest the server runs them from; the code imports
 * the constants directly (`…Document`) and sends the hash. Visitors may run these documents and
 * no others. This file exists for codegen and is not imported at runtime.
 */
import { graphql } from '../gql';

graphql(`
  fragment WidgetMessage on Message {
    id
    seq
    authorKind
    authorName
    body
    internal
    clientId
    createdAt
    suggestedActionIds
    suggestionTrigger
    citations {
      title
      sourceUrl
    }
    submission {
      actionLabel
      values {
        key
        label
        value
      }
    }
  }
`);

graphql(`
  mutation StartWidgetSession($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
      ... on WidgetSession {
        token
        resumed
        visitorId
        workspaceName
        greeting
        responseTimeTargetSeconds
        conversation {
          id
          status
          lastSeq
          assigneeName
          messages(last: 100) {
            edges {
              node {
                ...WidgetMessage
              }
            }
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

graphql(`
  query WidgetActions {
    customActions {
      id
      label
      intent
      description
      fields {
        key
        label
        type
        required
        placeholder
        maxLength
        options
      }
    }
  }
`);

graphql(`
  mutation WidgetSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      __typename
      ... on SendMessagePayload {
        duplicate
        sentMessage {
          ...WidgetMessage
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on ServiceUnavailableError {
        retryAfterSeconds
      }
      ... on Error {
        message
      }
    }
  }
`);

graphql(`
  mutation WidgetSubmitAction($input: SubmitActionInput!) {
    submitAction(input: $input) {
      __typename
      ... on HandoffPayload {
        alreadyRequested
        conversation {
          id
          status
          assigneeName
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
      }
    }
  }
`);

graphql(`
  mutation WidgetSetTyping($conversationId: ID!, $isTyping: Boolean!) {
    setTyping(conversationId: $conversationId, isTyping: $isTyping) {
      __typename
    }
  }
`);

graphql(`
  subscription WidgetConversationEvents($conversationId: ID!, $afterSeq: Int) {
    conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {
      seq
      kind
      at
      message {
        ...WidgetMessage
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

graphql(`
  mutation IdentifyVisitor($input: IdentifyVisitorInput!) {
    identifyVisitor(input: $input) {
      __typename
      ... on IdentifyVisitorPayload {
        visitorToken
      }
      ... on Error {
        message
      }
    }
  }
`);

graphql(`
  query WidgetExpectedWait($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id
        expectedWait {
          availableAgents
          queuePosition
          estimateSeconds
        }
      }
    }
  }
`);
