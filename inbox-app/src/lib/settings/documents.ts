/**
 * GraphQL operations of the settings screens. Every mutation asks for `__typename`, the
 * payload, `... on Error { message }` and the ValidationError's `fieldErrors`, so a screen can
 * switch on the result union and put each message next to its field.
 */
import { graphql } from '../gql';

// ── Team ────────────────────────────────────────────────────────────────────────────────────

export const TeamQuery = graphql(`
  query SettingsTeam($admin: Boolean!) {
    viewer {
      id
      role
    }
    workspace {
      id
      agents(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            email
            role
            active
            presence
          }
        }
      }
      pendingInvitations(first: 100) @include(if: $admin) {
        edges {
          node {
            id
            email
            role
            expiresAt
            url
            emailStatus
            emailError
            emailedAt
          }
        }
      }
    }
  }
`);

export const InviteAgentMutation = graphql(`
  mutation SettingsInviteAgent($input: InviteAgentInput!) {
    inviteAgent(input: $input) {
      __typename
      ... on InvitationPayload {
        url
        token
        invitation {
          id
          email
          role
          expiresAt
          url
          emailStatus
          emailError
          emailedAt
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

export const RevokeInvitationMutation = graphql(`
  mutation SettingsRevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      __typename
      ... on Invitation {
        id
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

export const ResendInvitationMutation = graphql(`
  mutation SettingsResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) {
      __typename
      ... on Invitation {
        id
        emailStatus
        emailError
        emailedAt
      }
      ... on Error {
        message
      }
    }
  }
`);

export const ChangeAgentRoleMutation = graphql(`
  mutation SettingsChangeAgentRole($agentId: ID!, $role: AgentRole!) {
    changeAgentRole(agentId: $agentId, role: $role) {
      __typename
      ... on Agent {
        id
        role
        active
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

export const DeactivateAgentMutation = graphql(`
  mutation SettingsDeactivateAgent($agentId: ID!) {
    deactivateAgent(agentId: $agentId) {
      __typename
      ... on Agent {
        id
        role
        active
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

export const ReactivateAgentMutation = graphql(`
  mutation SettingsReactivateAgent($agentId: ID!) {
    reactivateAgent(agentId: $agentId) {
      __typename
      ... on Agent {
        id
        role
        active
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

// ── Assistant ───────────────────────────────────────────────────────────────────────────────

export const AssistantSettingsQuery = graphql(`
  query SettingsAssistant {
    assistantSettings {
      instructions
      greeting
      model
      confidenceThreshold
      frustrationDetection
      explicitRequestMode
      answerWhileQueued
      aiDailyLimit
      aiMonthlyLimit
      provider
      updatedAt
      instructionTopics
      sensitiveTopics {
        key
        name
        description
        enabled
      }
    }
  }
`);

export const UpdateAssistantSettingsMutation = graphql(`
  mutation SettingsUpdateAssistant($input: AssistantSettingsInput!) {
    updateAssistantSettings(input: $input) {
      __typename
      ... on AssistantSettings {
        instructions
        greeting
        model
        confidenceThreshold
        frustrationDetection
        explicitRequestMode
        answerWhileQueued
        aiDailyLimit
        aiMonthlyLimit
        provider
        updatedAt
        instructionTopics
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

// ── Handoff policy ──────────────────────────────────────────────────────────────────────────

export const SetSensitiveTopicMutation = graphql(`
  mutation SettingsSetSensitiveTopic($key: String!, $enabled: Boolean!) {
    setSensitiveTopic(key: $key, enabled: $enabled) {
      __typename
      ... on AssistantSettings {
        sensitiveTopics {
          key
          name
          description
          enabled
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

export const HandoffTopicFieldsFragment = graphql(`
  fragment SettingsHandoffTopic on HandoffTopic {
    id
    name
    examples
    enabled
    createdAt
  }
`);

export const HandoffTopicsQuery = graphql(`
  query SettingsHandoffTopics {
    handoffTopics {
      ...SettingsHandoffTopic
    }
  }
`);

export const CreateHandoffTopicMutation = graphql(`
  mutation SettingsCreateHandoffTopic($input: HandoffTopicInput!) {
    createHandoffTopic(input: $input) {
      __typename
      ... on HandoffTopic {
        ...SettingsHandoffTopic
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

export const UpdateHandoffTopicMutation = graphql(`
  mutation SettingsUpdateHandoffTopic($topicId: ID!, $input: HandoffTopicInput!) {
    updateHandoffTopic(topicId: $topicId, input: $input) {
      __typename
      ... on HandoffTopic {
        ...SettingsHandoffTopic
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

export const DeleteHandoffTopicMutation = graphql(`
  mutation SettingsDeleteHandoffTopic($topicId: ID!) {
    deleteHandoffTopic(topicId: $topicId) {
      __typename
      ... on HandoffTopic {
        id
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

// ── Content gaps ────────────────────────────────────────────────────────────────────────────

export const ContentGapsQuery = graphql(`
  query SettingsContentGaps {
    contentGaps(first: 100) {
      id
      question
      count
      examples
      conversationIds
      lastAskedAt
    }
  }
`);

export const ConversationStatusQuery = graphql(`
  query SettingsConversationStatus($id: ID!) {
    conversation(id: $id) {
      id
      status
      assignee {
        id
      }
    }
  }
`);

// ── Knowledge ───────────────────────────────────────────────────────────────────────────────

export const KnowledgeDocumentsQuery = graphql(`
  query SettingsKnowledgeDocuments($after: String) {
    knowledgeDocuments(first: 100, after: $after) {
      edges {
        node {
          id
          title
          sourceUrl
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const KnowledgeDocumentQuery = graphql(`
  query SettingsKnowledgeDocument($id: ID!) {
    node(id: $id) {
      __typename
      ... on KnowledgeDocument {
        id
        title
        content
        sourceUrl
        updatedAt
      }
    }
  }
`);

export const CreateKnowledgeDocumentMutation = graphql(`
  mutation SettingsCreateKnowledgeDocument($input: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $input) {
      __typename
      ... on KnowledgeDocument {
        id
        title
        sourceUrl
        updatedAt
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

export const UpdateKnowledgeDocumentMutation = graphql(`
  mutation SettingsUpdateKnowledgeDocument($documentId: ID!, $input: KnowledgeDocumentInput!) {
    updateKnowledgeDocument(documentId: $documentId, input: $input) {
      __typename
      ... on KnowledgeDocument {
        id
        title
        sourceUrl
        updatedAt
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

export const DeleteKnowledgeDocumentMutation = graphql(`
  mutation SettingsDeleteKnowledgeDocument($documentId: ID!) {
    deleteKnowledgeDocument(documentId: $documentId) {
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
      ... on Error {
        message
      }
    }
  }
`);

// ── Custom actions ──────────────────────────────────────────────────────────────────────────

export const CustomActionFieldsFragment = graphql(`
  fragment SettingsCustomAction on CustomAction {
    id
    label
    intent
    description
    enabled
    position
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
`);

export const CustomActionsQuery = graphql(`
  query SettingsCustomActions {
    workspace {
      id
      name
    }
    customActions {
      ...SettingsCustomAction
    }
  }
`);

export const CreateCustomActionMutation = graphql(`
  mutation SettingsCreateCustomAction($input: CustomActionInput!) {
    createCustomAction(input: $input) {
      __typename
      ... on CustomAction {
        ...SettingsCustomAction
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

export const UpdateCustomActionMutation = graphql(`
  mutation SettingsUpdateCustomAction($actionId: ID!, $input: CustomActionInput!) {
    updateCustomAction(actionId: $actionId, input: $input) {
      __typename
      ... on CustomAction {
        ...SettingsCustomAction
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

export const SetCustomActionEnabledMutation = graphql(`
  mutation SettingsSetCustomActionEnabled($actionId: ID!, $enabled: Boolean!) {
    setCustomActionEnabled(actionId: $actionId, enabled: $enabled) {
      __typename
      ... on CustomAction {
        ...SettingsCustomAction
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

export const ReorderCustomActionsMutation = graphql(`
  mutation SettingsReorderCustomActions($actionIds: [ID!]!) {
    reorderCustomActions(actionIds: $actionIds) {
      __typename
      ... on MutationReorderCustomActionsSuccess {
        data {
          ...SettingsCustomAction
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

export const DeleteCustomActionMutation = graphql(`
  mutation SettingsDeleteCustomAction($actionId: ID!) {
    deleteCustomAction(actionId: $actionId) {
      __typename
      ... on CustomAction {
        id
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

// ── Workspace ───────────────────────────────────────────────────────────────────────────────

export const WorkspaceSettingsQuery = graphql(`
  query SettingsWorkspace {
    workspace {
      id
      name
      responseTimeTargetSeconds
      allowedOrigins
      widgetSnippet
      publicKey
    }
  }
`);

export const UpdateWorkspaceMutation = graphql(`
  mutation SettingsUpdateWorkspace($input: UpdateWorkspaceInput!) {
    updateWorkspace(input: $input) {
      __typename
      ... on Workspace {
        id
        name
        responseTimeTargetSeconds
        allowedOrigins
        widgetSnippet
        publicKey
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

// ── Usage ───────────────────────────────────────────────────────────────────────────────────

export const UsageQuery = graphql(`
  query SettingsUsage {
    daily: aiUsage(granularity: DAY, days: 30) {
      period
      responses
      promptTokens
      completionTokens
    }
    monthly: aiUsage(granularity: MONTH, days: 365) {
      period
      responses
      promptTokens
      completionTokens
    }
    aiSpendCap {
      dailyLimit
      dailyUsed
      dailyReached
      monthlyLimit
      monthlyUsed
      monthlyReached
      reached
    }
  }
`);
