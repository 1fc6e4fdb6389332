/**
 * Baton's typed SDK: `createBatonClient` (queries, mutations, resumable subscriptions with an API
 * key), the operations third parties need most as typed documents, `graphql()` and every type of
 * the schema (generated from schema.graphql by `pnpm codegen`), and `verifyWebhook`.
 */
export { createBatonClient } from './client.js';
export type {
  BatonClient,
  BatonClientOptions,
  BatonDocument,
  ConversationEventsOptions,
  VariablesArg,
  WebSocketConstructor,
} from './client.js';
export type { ConversationEvent } from './conversation-events.js';
export { BatonError, isErrorResult, unwrap } from './errors.js';
export type { BatonErrorInit, BatonErrorKind, ErrorResult, GraphQLErrorShape } from './errors.js';
export {
  ConversationDocument,
  ConversationEventsDocument,
  ConversationsDocument,
  InboxEventsDocument,
  ReplyDocument,
  ResolveDocument,
  TakeOverDocument,
} from './operations.js';
export { verifyWebhook, WebhookVerificationError, webhookEventTypes, webhookPayloadVersion } from './webhooks.js';
export type {
  AgentRef,
  ConversationChangeData,
  HandoffRequestedData,
  MessageCreatedData,
  ResponseTargetBreachedData,
  VerifyWebhookOptions,
  WebhookEvent,
  WebhookEventData,
  WebhookEventType,
  WebhookHeaders,
  WebhookVerificationCode,
} from './webhooks.js';
export { graphql } from './gql/index.js';
export { TypedDocumentString } from './gql/graphql.js';
export type * from './gql/graphql.js';
export type { ConnectionState } from '@baton/client-core/live-connection';
export type { Backoff } from '@baton/client-core/backoff';
