/** Subscriptions: a conversation's gap-free stream, and the workspace inbox. */
import type { DraftSnapshot, InboxEvent, StatusSnapshot, StreamEvent, TypingSnapshot } from '../events/types.js';
import { sharedBy } from './audience.js';
import { builder } from './builder.js';
import { conversationOfEvent } from './event-loader.js';
import { ConversationStatusEnum } from './conversation-status.js';
import { idOf } from './ids.js';
import { AuthorKindEnum, MessageRef, messageFromSnapshot } from './message.js';
import { agentViewer, participant } from './scopes.js';
import { encodeGlobalID } from '@pothos/plugin-relay';

const OwnershipChangeEnum = builder.enumType('OwnershipChange', {
  values: ['HANDOFF_REQUESTED', 'TAKEN_OVER', 'RELEASED', 'REASSIGNED', 'HANDED_BACK', 'RESOLVED', 'REOPENED'] as const,
});

const StreamEventKindEnum = builder.enumType('ConversationEventKind', {
  values: ['MESSAGE_CREATED', 'STATUS_CHANGED', 'TYPING', 'ASSISTANT_DRAFT'] as const,
});

const DraftRef = builder.objectRef<DraftSnapshot>('AssistantDraft').implement({
  description: 'A piece of an assistant reply while it streams; the stored message (MESSAGE_CREATED) follows.',
  fields: (t) => ({
    draftId: t.exposeString('draftId', { description: 'Same for every piece of one reply.' }),
    delta: t.exposeString('delta', { description: 'Text to append.' }),
  }),
});

const StatusChangeRef = builder.objectRef<StatusSnapshot>('ConversationStatusChange').implement({
  fields: (t) => ({
    change: t.expose('change', { type: OwnershipChangeEnum }),
    status: t.expose('status', { type: ConversationStatusEnum }),
    assigneeName: t.exposeString('assigneeName', { nullable: true }),
  }),
});

const TypingRef = builder.objectRef<TypingSnapshot>('TypingIndicator').implement({
  fields: (t) => ({
    authorKind: t.expose('authorKind', { type: AuthorKindEnum }),
    name: t.exposeString('name', { nullable: true }),
    isTyping: t.exposeBoolean('isTyping'),
  }),
});

const StreamEventRef = builder.objectRef<StreamEvent>('ConversationEvent').implement({
  description:
    'One event of a conversation stream. Stored events (messages, status changes) have consecutive `seq` numbers; typing indicators repeat the last `seq` and are never replayed.',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    kind: t.expose('kind', { type: StreamEventKindEnum }),
    at: t.field({ type: 'DateTime', resolve: (e) => new Date(e.at) }),
    conversationId: t.id({ resolve: (e) => encodeGlobalID('Conversation', e.conversationId) }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      resolve: (e) => (e.message ? messageFromSnapshot(e.message) : null),
    }),
    status: t.field({ type: StatusChangeRef, nullable: true, resolve: (e) => e.status ?? null }),
    typing: t.field({ type: TypingRef, nullable: true, resolve: (e) => e.typing ?? null }),
    draft: t.field({ type: DraftRef, nullable: true, resolve: (e) => e.draft ?? null }),
  }),
});

const InboxEventKindEnum = builder.enumType('InboxEventKind', {
  values: [
    'HANDOFF_REQUESTED',
    'TAKEN_OVER',
    'RELEASED',
    'REASSIGNED',
    'HANDED_BACK',
    'RESOLVED',
    'REOPENED',
    'VISITOR_MESSAGE',
    'RESPONSE_TARGET_BREACHED',
  ] as const,
});

const InboxEventRef = builder.objectRef<InboxEvent>('InboxEvent').implement({
  description: "A notification for the workspace's agents.",
  fields: (t) => ({
    kind: t.expose('kind', { type: InboxEventKindEnum }),
    at: t.field({ type: 'DateTime', resolve: (e) => new Date(e.at) }),
    agentName: t.exposeString('agentName', { nullable: true, description: 'Who took over, released, resolved…' }),
    conversation: t.prismaField({
      type: 'Conversation',
      description: 'The conversation as it is now.',
      // Read once per event for every agent subscribed (event-loader.ts).
      resolve: (query, e, _args, ctx) => conversationOfEvent(ctx.prisma, e, query),
    }),
  }),
});

builder.subscriptionFields((t) => ({
  conversationEvents: t.field({
    type: StreamEventRef,
    description:
      "A conversation's events for its visitor or the workspace's agents. With `afterSeq`, first replays every later event, then continues live — no gaps, no duplicates. Visitors never receive internal notes.",
    authScopes: { $any: { member: 'conversations:read', visitor: true } },
    // Nothing below depends on who the agent or visitor is (the event types hold snapshots, no
    // relations): one execution per event for the agents and one for the visitor. A field below
    // that reads the viewer (as Conversation.viewerCan does) needs a finer audience here.
    extensions: sharedBy((ctx) => ctx.viewer.kind),
    args: {
      conversationId: t.arg.id({ required: true }),
      afterSeq: t.arg.int({ description: 'The last sequence number the client saw; omit to start from now.' }),
    },
    subscribe: (_root, args, ctx) =>
      ctx.services.streams.conversation(
        participant(ctx),
        idOf('Conversation', args.conversationId, 'conversationId'),
        args.afterSeq ?? null,
      ),
    resolve: (event) => event,
  }),
  inboxEvents: t.field({
    type: InboxEventRef,
    description:
      "Live notifications for the viewer's workspace: handoffs, take-overs, releases, resolutions, visitor messages, response-time breaches.",
    authScopes: { member: 'conversations:read' },
    subscribe: (_root, _args, ctx) => ctx.services.streams.inbox(agentViewer(ctx)),
    resolve: (event) => event,
  }),
}));
