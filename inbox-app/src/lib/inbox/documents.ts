import { graphql } from '../gql';

export const ConversationCardFields = graphql(`
  fragment ConversationCard on Conversation {
    id
    status
    assigneeName
    assignee {
      id
    }
    lastMessageAt
    updatedAt
    handoffRequestedAt
    firstHumanReplyAt
    responseDueAt
    responseTargetBreachedAt
    waitingSeconds
    lastMessage {
      id
      body
      authorKind
      authorName
    }
    lastVisitorMessage {
      id
      body
    }
    visitor {
      id
      name
      email
      identityVerified
    }
    sessionMetadata {
      pageUrl
      pageTitle
    }
    handoff {
      trigger
      actionLabel
      topic
      topicName
    }
  }
`);

/** What the viewer may do with a conversation, as the API decides it (never derived here). */
export const ConversationAccessFields = graphql(`
  fragment ConversationAccess on Conversation {
    viewerCan {
      takeOver
      release
      reassign
      handBack
      resolve
      reopen
      reply
    }
  }
`);

export const InboxQuery = graphql(`
  query Inbox($status: [ConversationStatus!], $assignee: AssigneeFilter, $first: Int!) {
    conversations(status: $status, assignee: $assignee, first: $first) {
      edges {
        node {
          ...ConversationCard
        }
      }
    }
  }
`);

export const InboxCountsQuery = graphql(`
  query InboxCounts {
    queue: conversations(status: [QUEUED], first: 100) {
      edges {
        node {
          id
        }
      }
    }
    mine: conversations(status: [ASSIGNED], assignee: ME, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const InboxEventsSubscription = graphql(`
  subscription InboxEvents {
    inboxEvents {
      kind
      at
      agentName
      conversation {
        ...ConversationCard
      }
    }
  }
`);

/** A conversation as the detail view shows it, but its messages (they come with the stream). */
export const ConversationDetailFields = graphql(`
  fragment ConversationDetailFields on Conversation {
    ...ConversationCard
    ...ConversationAccess
    lastSeq
    createdAt
    visitor {
      id
      name
      email
      externalId
      identityVerified
      externalIdVerified
      emailVerified
      attributes {
        key
        value
      }
    }
    sessionMetadata {
      pageUrl
      pageTitle
      referrer
      locale
      timezone
      userAgent
      device {
        summary
      }
    }
    handoff {
      trigger
      topic
      topicName
      status
      actionLabel
      summary
      requestedAt
      capturedValues {
        key
        label
        value
      }
      citedDocuments {
        documentId
        title
        sourceUrl
      }
    }
    handoffs {
      id
      trigger
      topicName
      status
      actionLabel
      summary
      requestedAt
      capturedValues {
        key
        label
        value
      }
    }
  }
`);

export const ConversationQuery = graphql(`
  query ConversationDetail($id: ID!) {
    conversation(id: $id) {
      ...ConversationDetailFields
      messages(first: 100) {
        edges {
          node {
            id
            seq
            authorKind
            authorName
            body
            internal
            createdAt
            suggestionTrigger
            suggestionTopic
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
        }
      }
    }
  }
`);

/** The conversation's card and permissions without its messages: refetched on ownership changes. */
export const ConversationStateQuery = graphql(`
  query ConversationState($id: ID!) {
    conversation(id: $id) {
      ...ConversationDetailFields
    }
  }
`);

export const ConversationEventsSubscription = graphql(`
  subscription ConversationEvents($id: ID!, $afterSeq: Int) {
    conversationEvents(conversationId: $id, afterSeq: $afterSeq) {
      seq
      kind
      at
      message {
        id
        seq
        authorKind
        authorName
        body
        internal
        createdAt
        suggestionTrigger
        suggestionTopic
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

export const TakeOverMutation = graphql(`
  mutation TakeOver($id: ID!) {
    takeOver(conversationId: $id) {
      __typename
      ... on Conversation {
        ...ConversationCard
        ...ConversationAccess
      }
      ... on ConversationTakenError {
        agentName
        message
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ReleaseMutation = graphql(`
  mutation Release($id: ID!) {
    releaseConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        ...ConversationCard
        ...ConversationAccess
      }
      ... on Error {
        message
      }
    }
  }
`);

export const HandBackMutation = graphql(`
  mutation HandBack($id: ID!) {
    handBackConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        ...ConversationCard
        ...ConversationAccess
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ResolveMutation = graphql(`
  mutation Resolve($id: ID!) {
    resolveConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        ...ConversationCard
        ...ConversationAccess
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ReopenMutation = graphql(`
  mutation Reopen($id: ID!) {
    reopenConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        ...ConversationCard
        ...ConversationAccess
      }
      ... on ConversationTakenError {
        agentName
        message
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ReplyMutation = graphql(`
  mutation Reply($input: ReplyInput!) {
    replyToConversation(input: $input) {
      __typename
      ... on SendMessagePayload {
        duplicate
        sentMessage {
          id
          seq
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

export const CreateKnowledgeFromReplyMutation = graphql(`
  mutation CreateKnowledgeFromReply($messageId: ID!, $title: String) {
    createKnowledgeFromReply(messageId: $messageId, title: $title) {
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
      ... on Error {
        message
      }
    }
  }
`);

export const TypingMutation = graphql(`
  mutation AgentTyping($id: ID!, $isTyping: Boolean!) {
    setTyping(conversationId: $id, isTyping: $isTyping) {
      __typename
    }
  }
`);

export const ShellQuery = graphql(`
  query Shell {
    viewer {
      id
      name
      email
      role
      isAdmin
      workspace {
        id
        name
        responseTimeTargetSeconds
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation SignOut {
    logOut {
      __typename
    }
  }
`);
