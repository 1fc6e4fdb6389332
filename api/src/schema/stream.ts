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

const ownershipChanges = {
  HANDOFF_REQUESTED: { description: 'A handoff was requested: the conversation is queued.' },
  TAKEN_OVER: { description: 'An agent took it over.' },
  RELEASED: { description: 'Its agent put it back in the queue.' },
  REASSIGNED: { description: 'An owner or admin gave it to another agent.' },
  HANDED_BACK: { description: 'Returned to the assistant.' },
  RESOLVED: { description: 'Marked resolved.' },
  REOPENED: {
    description:
      'A resolved conversation was reopened: by a visitor message (with the assistant) or by an agent (who owns it).',
  },
} as const;

const OwnershipChangeEnum = builder.enumType('OwnershipChange', {
  description: 'How ownership of a conversation changed.',
  values: ownershipChanges,
});

const StreamEventKindEnum = builder.enumType('ConversationEventKind', {
  description: 'What a conversation event carries (the matching field is set, the others are null).',
  values: {
    MESSAGE_CREATED: { description: 'A stored message: `message`.' },
    STATUS_CHANGED: { description: 'An ownership change: `status`.' },
    TYPING: { description: 'A typing indicator: `typing` (not stored, never replayed).' },
    ASSISTANT_DRAFT: { description: 'A piece of a streaming assistant reply: `draft` (not stored, never replayed).' },
  } as const,
});

const DraftRef = builder.objectRef<DraftSnapshot>('AssistantDraft').implement({
  description: 'A piece of an assistant reply while it streams; the stored message (MESSAGE_CREATED) follows.',
  fields: (t) => ({
    draftId: t.exposeString('draftId', { description: 'Same for every piece of one reply.' }),
    delta: t.exposeString('delta', { description: 'Text to append.' }),
  }),
});

const StatusChangeRef = builder.objectRef<StatusSnapshot>('ConversationStatusChange').implement({
  description: 'An ownership change, as it happened.',
  fields: (t) => ({
    change: t.expose('change', { type: OwnershipChangeEnum, description: 'What happened.' }),
    status: t.expose('status', { type: ConversationStatusEnum, description: 'The status afterwards.' }),
    assigneeName: t.exposeString('assigneeName', {
      nullable: true,
      description: 'The owning agent afterwards; null when no agent owns it.',
    }),
  }),
});

const TypingRef = builder.objectRef<TypingSnapshot>('TypingIndicator').implement({
  description: 'Someone started or stopped typing.',
  fields: (t) => ({
    authorKind: t.expose('authorKind', { type: AuthorKindEnum, description: 'Who is typing: VISITOR or AGENT.' }),
    name: t.exposeString('name', {
      nullable: true,
      description: "The typist's display name; null when none is known.",
    }),
    isTyping: t.exposeBoolean('isTyping', { description: 'False: hide the indicator.' }),
  }),
});

const StreamEventRef = builder.objectRef<StreamEvent>('ConversationEvent').implement({
  description:
    'One event of a conversation stream. Stored events (messages, status changes) have consecutive `seq` numbers; typing indicators repeat the last `seq` and are never replayed.',
  fields: (t) => ({
    seq: t.exposeInt('seq', {
      description: "The event's sequence number in its conversation; resume with `afterSeq` set to the last one seen.",
    }),
    kind: t.expose('kind', { type: StreamEventKindEnum, description: 'Which of the fields below is set.' }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => new Date(e.at) }),
    conversationId: t.id({
      description: 'Global id of the conversation.',
      resolve: (e) => encodeGlobalID('Conversation', e.conversationId),
    }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'With MESSAGE_CREATED: the message.',
      resolve: (e) => (e.message ? messageFromSnapshot(e.message) : null),
    }),
    status: t.field({
      type: StatusChangeRef,
      nullable: true,
      description: 'With STATUS_CHANGED: the change.',
      resolve: (e) => e.status ?? null,
    }),
    typing: t.field({
      type: TypingRef,
      nullable: true,
      description: 'With TYPING: the indicator.',
      resolve: (e) => e.typing ?? null,
    }),
    draft: t.field({
      type: DraftRef,
      nullable: true,
      description: 'With ASSISTANT_DRAFT: the piece.',
      resolve: (e) => e.draft ?? null,
    }),
  }),
});

const InboxEventKindEnum = builder.enumType('InboxEventKind', {
  description: 'What happened in the workspace.',
  values: {
    ...ownershipChanges,
    VISITOR_MESSAGE: { description: 'A visitor wrote in a conversation.' },
    RESPONSE_TARGET_BREACHED: {
      description: "A queued conversation passed the workspace's response-time target without a human reply.",
    },
  } as const,
});

const InboxEventRef = builder.objectRef<InboxEvent>('InboxEvent').implement({
  description: "A notification for the workspace's agents.",
  fields: (t) => ({
    kind: t.expose('kind', { type: InboxEventKindEnum, description: 'What happened.' }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => new Date(e.at) }),
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
      conversationId: t.arg.id({ required: true, description: 'Global id of the conversation.' }),
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
