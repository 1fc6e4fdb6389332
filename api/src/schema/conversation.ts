import {
  AuthenticationError,
  ConversationTakenError,
  ForbiddenError,
  InvalidOperationError,
  NotFoundError,
  ValidationError,
} from '../errors.js';
import type { Citation } from '../events/types.js';
import type { HandoffRequest } from '../generated/prisma/client.js';
import { ConversationStatus, HandoffStatus, HandoffTrigger } from '../generated/prisma/enums.js';
import type { CapturedValue } from '../services/custom-actions.js';
import type { SessionMetadata } from '../services/widget.js';
import type { Context } from '../context.js';
import { topicName } from '../assistant/topics.js';
import { responseDueAt, waitedSeconds } from '@baton/client-core/response-time';
import { conversationListQuery } from '../domain/conversations/queries.js';
import { builder } from './builder.js';
import { ConversationPermissionsRef, viewerPermissions } from './conversation-permissions.js';
import { idOf } from './ids.js';
import { agentViewer, canSeeConversation, inViewerWorkspace, participant, participantWorkspaceId, viewerWorkspaceId } from './scopes.js';

export const ConversationStatusEnum = builder.enumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'Who owns the conversation: the assistant, the queue (waiting for a human), one agent, or nobody (resolved).',
});
export const HandoffTriggerEnum = builder.enumType(HandoffTrigger, {
  name: 'HandoffTrigger',
  description: 'Why a handoff was requested: a button, an explicit request for a person, low confidence, frustration, or a sensitive topic the assistant must not handle.',
});
const HandoffStatusEnum = builder.enumType(HandoffStatus, { name: 'HandoffStatus' });

export const SessionMetadataRef = builder.objectRef<Partial<SessionMetadata>>('SessionMetadata').implement({
  description: 'What the widget knew about the visitor\'s browser session.',
  fields: (t) => ({
    pageUrl: t.string({ nullable: true, resolve: (m) => m.pageUrl ?? null }),
    pageTitle: t.string({ nullable: true, resolve: (m) => m.pageTitle ?? null }),
    referrer: t.string({ nullable: true, resolve: (m) => m.referrer ?? null }),
    locale: t.string({ nullable: true, resolve: (m) => m.locale ?? null }),
    timezone: t.string({ nullable: true, resolve: (m) => m.timezone ?? null }),
    userAgent: t.string({ nullable: true, resolve: (m) => m.userAgent ?? null }),
  }),
});

const CapturedValueRef = builder.objectRef<CapturedValue>('CapturedValue').implement({
  description: 'A value the visitor entered in a custom action field.',
  fields: (t) => ({ key: t.exposeString('key'), label: t.exposeString('label'), value: t.exposeString('value') }),
});

export const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'A knowledge document the assistant relied on.',
  fields: (t) => ({
    documentId: t.exposeString('documentId'),
    title: t.exposeString('title'),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
  }),
});

type HandoffShape = HandoffRequest & { action: { label: string } | null };

const HandoffRef = builder.objectRef<HandoffShape>('HandoffRequest').implement({
  description: 'The handoff packet: why, what the visitor entered, a summary, and what the assistant cited.',
  fields: (t) => ({
    id: t.exposeString('id'),
    trigger: t.expose('trigger', { type: HandoffTriggerEnum }),
    topic: t.exposeString('topic', {
      nullable: true,
      description: 'With a SENSITIVE trigger: the topic key (`fraud`, `account_change`, `health_safety`, `legal`, `complex_return`) or the name of the workspace\'s own topic.',
    }),
    topicName: t.string({
      nullable: true,
      description: 'The topic as people read it ("Fraud or unauthorised payments").',
      resolve: (h) => (h.topic ? topicName(h.topic) : null),
    }),
    status: t.expose('status', { type: HandoffStatusEnum }),
    actionLabel: t.string({ nullable: true, resolve: (h) => h.action?.label ?? null }),
    capturedValues: t.field({ type: [CapturedValueRef], resolve: (h) => h.capturedValues as unknown as CapturedValue[] }),
    summary: t.exposeString('summary'),
    citedDocuments: t.field({ type: [CitationRef], resolve: (h) => h.citedDocuments as unknown as Citation[] }),
    requestedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const VisitorAttributeRef = builder.objectRef<{ key: string; value: string }>('VisitorAttribute').implement({
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

export const VisitorRef = builder.prismaNode('Visitor', {
  description: 'A website visitor (agents only).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (visitor, ctx) => inViewerWorkspace(visitor.workspaceId, ctx),
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true }),
    attributes: t.field({
      type: [VisitorAttributeRef],
      description: 'Custom attributes set by the host page, by key.',
      resolve: (v) =>
        Object.entries(v.attributes as Record<string, string>)
          .map(([key, value]) => ({ key, value }))
          .sort((a, b) => a.key.localeCompare(b.key)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
  }),
});

const latestHandoff = { handoffRequests: { orderBy: { createdAt: 'desc' as const }, take: 1, include: { action: { select: { label: true } } } } };

export const ConversationRef = builder.prismaNode('Conversation', {
  description: 'A chat between a visitor and the assistant and/or the team.',
  id: { field: 'id' },
  findUnique: (id, ctx) =>
    ctx.viewer.kind === 'visitor'
      ? { id, visitorId: ctx.viewer.visitorId }
      : { id, workspaceId: participantWorkspaceId(ctx) },
  authScopes: (conversation, ctx) => canSeeConversation(conversation, ctx),
  fields: (t) => ({
    status: t.expose('status', { type: ConversationStatusEnum }),
    version: t.exposeInt('version', { description: 'Incremented on every ownership change.' }),
    viewerCan: t.field({
      type: ConversationPermissionsRef,
      description: 'What the viewer may do with it now; clients show actions from this instead of re-deriving rules.',
      resolve: (c, _args, ctx) => viewerPermissions(ctx.viewer, c),
    }),
    lastSeq: t.exposeInt('lastSeq', {
      description: 'The last sequence number used by an event; subscribe with `afterSeq` to resume from it.',
    }),
    assignee: t.relation('assignee', { nullable: true, description: 'The agent who owns it (agents only).' }),
    assigneeName: t.string({
      nullable: true,
      description: 'The owning agent\'s name (visible to the visitor too).',
      select: { assignee: { select: { name: true } } },
      resolve: (c) => c.assignee?.name ?? null,
    }),
    visitor: t.relation('visitor', { description: 'Agents only.' }),
    sessionMetadata: t.field({
      type: SessionMetadataRef,
      resolve: (c) => (c.sessionMetadata ?? {}) as Partial<SessionMetadata>,
    }),
    lastMessage: t.relation('lastMessage', { nullable: true }),
    lastMessageAt: t.expose('lastMessageAt', { type: 'DateTime', nullable: true }),
    handoff: t.field({
      type: HandoffRef,
      nullable: true,
      description: 'The latest handoff request (agents only).',
      authScopes: { agent: true },
      select: latestHandoff,
      resolve: (c) => c.handoffRequests[0] ?? null,
    }),
    handoffRequestedAt: t.expose('handoffRequestedAt', { type: 'DateTime', nullable: true }),
    firstHumanReplyAt: t.expose('firstHumanReplyAt', { type: 'DateTime', nullable: true }),
    waitingSeconds: t.int({
      nullable: true,
      description: 'Seconds from the handoff request to the first human reply (or until now while waiting).',
      resolve: (c) => {
        const waited = waitedSeconds(c, Date.now());
        return waited === null ? null : Math.floor(waited);
      },
    }),
    responseDueAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the workspace\'s response-time target runs out for the current handoff.',
      select: { workspace: { select: { responseTimeTargetSeconds: true } } },
      resolve: (c) => {
        const due = responseDueAt(c, c.workspace.responseTimeTargetSeconds);
        return due === null ? null : new Date(due);
      },
    }),
    responseTargetBreachedAt: t.expose('responseTargetBreachedAt', { type: 'DateTime', nullable: true }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      description: 'The transcript, oldest first. Visitors never see internal notes.',
      query: (_args, ctx) => ({
        where: ctx.viewer.kind === 'visitor' ? { internal: false } : {},
        orderBy: { seq: 'asc' },
      }),
    }),
  }),
});

const AssigneeFilter = builder.enumType('AssigneeFilter', {
  values: {
    ANY: { description: 'Anyone or nobody.' },
    ME: { description: 'Assigned to the viewer ("mine").' },
    UNASSIGNED: { description: 'Nobody.' },
  } as const,
});

builder.queryFields((t) => ({
  conversations: t.prismaConnection({
    type: 'Conversation',
    cursor: 'id',
    description:
      'Conversations of the viewer\'s workspace. Filtering on status [QUEUED] alone orders by waiting time (longest first); otherwise most recent activity first.',
    authScopes: { agent: true },
    args: {
      status: t.arg({ type: [ConversationStatusEnum], description: 'Any of these statuses (default: all).' }),
      assignee: t.arg({ type: AssigneeFilter, defaultValue: 'ANY' }),
      assigneeId: t.arg.id({ description: 'Only this agent\'s conversations.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const agent = agentViewer(ctx);
      const assigneeId = args.assigneeId
        ? idOf('Agent', args.assigneeId, 'assigneeId')
        : args.assignee === 'ME'
          ? agent.agentId
          : args.assignee === 'UNASSIGNED'
            ? null
            : undefined;
      return ctx.prisma.conversation.findMany({ ...query, ...conversationListQuery(agent, { statuses: args.status, assigneeId }) });
    },
  }),
  conversation: t.prismaField({
    type: 'Conversation',
    nullable: true,
    description: 'One conversation: agents of its workspace, or its own visitor. Null otherwise.',
    authScopes: { $any: { agent: true, visitor: true } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const viewer = participant(ctx);
      return ctx.prisma.conversation.findFirst({
        ...query,
        where: {
          id: idOf('Conversation', args.id, 'id'),
          ...(viewer.kind === 'visitor' ? { visitorId: viewer.visitorId } : { workspaceId: viewer.workspaceId }),
        },
      });
    },
  }),
}));

/** Re-reads the conversation with the selection Pothos computed for this request. */
function reload(query: object, ctx: Context, conversation: Promise<{ id: string }>) {
  return conversation.then(({ id }) => ctx.prisma.conversation.findUniqueOrThrow({ ...query, where: { id } }));
}

const ownershipErrors = [AuthenticationError, ForbiddenError, ValidationError, NotFoundError, ConversationTakenError, InvalidOperationError];

builder.mutationFields((t) => ({
  takeOver: t.prismaField({
    type: 'Conversation',
    description: 'Take a queued (or assistant-owned) conversation. If someone else was faster, ConversationTakenError names them.',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(query, ctx, ctx.services.conversations.takeOver(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId'))),
  }),
  releaseConversation: t.prismaField({
    type: 'Conversation',
    description: 'Put a conversation you own back in the queue (admins: any).',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(query, ctx, ctx.services.conversations.release(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId'))),
  }),
  reassignConversation: t.prismaField({
    type: 'Conversation',
    description: 'Give a conversation to another agent (owner/admin only).',
    authScopes: { admin: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }), agentId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(
        query,
        ctx,
        ctx.services.conversations.reassign(
          agentViewer(ctx),
          idOf('Conversation', args.conversationId, 'conversationId'),
          idOf('Agent', args.agentId, 'agentId'),
        ),
      ),
  }),
  handBackConversation: t.prismaField({
    type: 'Conversation',
    description: 'Return the conversation to the assistant.',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(query, ctx, ctx.services.conversations.handBack(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId'))),
  }),
  resolveConversation: t.prismaField({
    type: 'Conversation',
    description: 'Mark the conversation resolved. A new visitor message reopens it with the assistant.',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(query, ctx, ctx.services.conversations.resolve(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId'))),
  }),
}));

