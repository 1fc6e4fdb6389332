/**
 * The plain, JSON-serialisable events Baton publishes. They cross process boundaries (Redis),
 * so they carry ids and values, never ORM objects.
 */
import type { AuthorKind, ConversationStatus, HandoffTrigger } from '../generated/prisma/enums.js';

export interface Citation {
  documentId: string;
  title: string;
  sourceUrl: string | null;
}

/** A message as it appears on a conversation stream (and in the event log). */
/** A custom action as the visitor submitted it (a structured visitor message). */
export interface ActionSubmission {
  actionId: string;
  actionLabel: string;
  values: { key: string; label: string; value: string }[];
}

export interface MessageSnapshot {
  id: string;
  conversationId: string;
  seq: number;
  authorKind: AuthorKind;
  authorName: string | null;
  agentId: string | null;
  body: string;
  clientId: string | null;
  internal: boolean;
  citations: Citation[];
  suggestedActionIds: string[];
  suggestionTrigger: HandoffTrigger | null;
  suggestionTopic: string | null;
  submission: ActionSubmission | null;
  createdAt: string;
}

export type OwnershipChange =
  'HANDOFF_REQUESTED' | 'TAKEN_OVER' | 'RELEASED' | 'REASSIGNED' | 'HANDED_BACK' | 'RESOLVED' | 'REOPENED';

export interface StatusSnapshot {
  change: OwnershipChange;
  status: ConversationStatus;
  assigneeId: string | null;
  assigneeName: string | null;
}

export interface TypingSnapshot {
  authorKind: AuthorKind;
  name: string | null;
  isTyping: boolean;
}

/** Part of an assistant reply while it is being generated (not stored; the final message is). */
export interface DraftSnapshot {
  draftId: string;
  delta: string;
}

/**
 * One event of a conversation's stream. Stored events have their own `seq`; typing and drafts
 * are ephemeral and carry the last stored `seq` when they were made, so a subscriber drops
 * them once the conversation has moved past (e.g. a draft that arrives after a take-over).
 */
export interface StreamEvent {
  conversationId: string;
  seq: number;
  kind: 'MESSAGE_CREATED' | 'STATUS_CHANGED' | 'TYPING' | 'ASSISTANT_DRAFT';
  /** Internal events (notes) never reach visitors. */
  internal: boolean;
  at: string;
  message?: MessageSnapshot;
  status?: StatusSnapshot;
  typing?: TypingSnapshot;
  draft?: DraftSnapshot;
}

export function isEphemeral(event: StreamEvent): boolean {
  return event.kind === 'TYPING' || event.kind === 'ASSISTANT_DRAFT';
}

export type InboxEventKind = OwnershipChange | 'VISITOR_MESSAGE' | 'RESPONSE_TARGET_BREACHED';

/** A teammate's presence changed (domain/presence): published to the workspace's inbox sockets. */
export interface PresenceEvent {
  workspaceId: string;
  agentId: string;
  presence: 'ONLINE' | 'AWAY' | 'OFFLINE';
  at: string;
}

/** A workspace inbox notification for agents. */
export interface InboxEvent {
  kind: InboxEventKind;
  workspaceId: string;
  conversationId: string;
  /** The agent who caused it (take-over, release…), if any. */
  agentId: string | null;
  agentName: string | null;
  at: string;
}

/**
 * A notice for a workspace's admins about its webhooks (not about a conversation, so not an
 * InboxEvent): today only that Baton disabled an endpoint after repeated failures.
 */
export interface WebhookNotice {
  kind: 'ENDPOINT_DISABLED';
  workspaceId: string;
  endpointId: string;
  url: string;
  reason: string;
  at: string;
}
