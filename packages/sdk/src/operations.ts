/**
 * The operations a third party needs most, as typed documents: the conversation list (the queue
 * of handoffs with `status: [QUEUED]`), one conversation with its messages, taking over, replying,
 * resolving, and the two subscriptions. Pass them to `client.request` / `client.subscribe`; write
 * other documents with `graphql()` (see the README's SDK section).
 *
 * Mutations answer a union: the payload, or an error type implementing `Error` (selected here
 * as `code` and `message`) — `unwrap(result, '<payload type>')` turns the error members into a
 * thrown `BatonError`.
 */
import { graphql } from './gql/index.js';

export const ConversationsDocument = graphql(`
  query BatonConversations(
    $status: [ConversationStatus!]
    $assignee: AssigneeFilter
    $first: Int = 50
    $after: String
  ) {
    conversations(status: $status, assignee: $assignee, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          lastSeq
          createdAt
          updatedAt
          handoffRequestedAt
          waitingSeconds
          responseDueAt
          responseTargetBreachedAt
          assigneeName
          visitor {
            id
            name
            email
            emailVerified
            externalId
            externalIdVerified
          }
          handoff {
            trigger
            topic
            topicName
            summary
            actionLabel
            requestedAt
            capturedValues {
              key
              label
              value
            }
          }
          lastMessage {
            id
            seq
            body
            authorKind
            createdAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConversationDocument = graphql(`
  query BatonConversation($id: ID!, $first: Int = 100, $after: String) {
    conversation(id: $id) {
      id
      status
      lastSeq
      version
      createdAt
      handoffRequestedAt
      waitingSeconds
      resolvedAt
      assigneeName
      assignee {
        id
        name
      }
      visitor {
        id
        name
        email
        externalId
        identityVerified
      }
      handoff {
        trigger
        topic
        summary
        actionLabel
        capturedValues {
          key
          label
          value
        }
      }
      viewerCan {
        takeOver
        reply
        resolve
        release
        handBack
      }
      messages(first: $first, after: $after) {
        edges {
          node {
            id
            seq
            body
            authorKind
            authorName
            internal
            clientId
            createdAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const TakeOverDocument = graphql(`
  mutation BatonTakeOver($conversationId: ID!) {
    takeOver(conversationId: $conversationId) {
      __typename
      ... on Conversation {
        id
        status
        version
        assignee {
          id
          name
        }
      }
      ... on ConversationTakenError {
        agentId
        agentName
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const ReplyDocument = graphql(`
  mutation BatonReply($input: ReplyInput!) {
    replyToConversation(input: $input) {
      __typename
      ... on SendMessagePayload {
        duplicate
        sentMessage {
          id
          seq
          body
          authorKind
          authorName
          internal
          clientId
          createdAt
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
        code
        message
      }
    }
  }
`);

export const ResolveDocument = graphql(`
  mutation BatonResolve($conversationId: ID!) {
    resolveConversation(conversationId: $conversationId) {
      __typename
      ... on Conversation {
        id
        status
        resolvedAt
      }
      ... on ConversationTakenError {
        agentId
        agentName
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const InboxEventsDocument = graphql(`
  subscription BatonInboxEvents {
    inboxEvents {
      kind
      at
      agentName
      conversation {
        id
        status
        lastSeq
        assigneeName
        handoffRequestedAt
        waitingSeconds
        responseTargetBreachedAt
        visitor {
          id
          name
          email
        }
        handoff {
          trigger
          topic
          summary
          actionLabel
          capturedValues {
            key
            label
            value
          }
        }
      }
    }
  }
`);

export const ConversationEventsDocument = graphql(`
  subscription BatonConversationEvents($conversationId: ID!, $afterSeq: Int) {
    conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {
      seq
      kind
      at
      conversationId
      message {
        id
        seq
        body
        authorKind
        authorName
        internal
        clientId
        createdAt
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

/** Where `conversationEvents` starts when no `afterSeq` is given: the conversation's last seq now. */
export const ConversationLastSeqDocument = graphql(`
  query BatonConversationLastSeq($id: ID!) {
    conversation(id: $id) {
      lastSeq
    }
  }
`);
