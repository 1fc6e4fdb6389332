import { responseDueAt, waitedSeconds } from '@baton/client-core/response-time';
import { conversationListQuery, lastVisitorMessageSelection } from '../domain/conversations/queries.js';
import { AgentRef } from './agent.js';
import { loadAssignee } from './agent-loader.js';
import { builder } from './builder.js';
import { ConversationPermissionsRef, viewerPermissions } from './conversation-permissions.js';
import { ConversationStatusEnum } from './conversation-status.js';
import { HandoffRef } from './handoff-request.js';
import { MessageRef } from './message.js';
import { idOf } from './ids.js';
import { agentViewer, canSeeConversation, participant, participantWorkspaceId, workspaceMember } from './scopes.js';
import { SessionMetadataRef } from './visitor.js';
import type { SessionMetadata } from '../domain/widget/widget.js';

const latestHandoff = {
  handoffRequests: {
    orderBy: { createdAt: 'desc' as const },
    take: 1,
    include: { action: { select: { label: true } } },
  },
};

/** Every handoff of a conversation, newest first: each keeps its own packet (issue 15). */
const allHandoffs = {
  handoffRequests: {
    orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
    take: 20,
    include: { action: { select: { label: true } } },
  },
};

export const ConversationRef = builder.prismaNode('Conversation', {
  description: 'A chat between a visitor and the assistant and/or the team.',
  id: { field: 'id' },
  findUnique: (id, ctx) =>
    ctx.viewer.kind === 'visitor'
      ? { id, visitorId: ctx.viewer.visitorId }
      : { id, workspaceId: participantWorkspaceId(ctx) },
  authScopes: (conversation, ctx) =>
    ctx.viewer.kind === 'visitor'
      ? canSeeConversation(conversation, ctx)
      : workspaceMember(conversation.workspaceId, ctx, 'conversations:read'),
  fields: (t) => ({
    status: t.expose('status', { type: ConversationStatusEnum, description: 'Who owns it now.' }),
    version: t.exposeInt('version', { description: 'Incremented on every ownership change.' }),
    viewerCan: t.field({
      type: ConversationPermissionsRef,
      description: 'What the viewer may do with it now; clients show actions from this instead of re-deriving rules.',
      resolve: (c, _args, ctx) => viewerPermissions(ctx.viewer, c),
    }),
    lastSeq: t.exposeInt('lastSeq', {
      description: 'The last sequence number used by an event; subscribe with `afterSeq` to resume from it.',
    }),
    assignee: t.field({
      type: AgentRef,
      nullable: true,
      description: 'The agent who owns it (agents only).',
      select: { assigneeId: true },
      resolve: (c, _args, ctx) => loadAssignee(ctx, c),
    }),
    assigneeName: t.string({
      nullable: true,
      description: "The owning agent's name (visible to the visitor too).",
      select: { assigneeId: true },
      resolve: async (c, _args, ctx) => (await loadAssignee(ctx, c))?.name ?? null,
    }),
    visitor: t.relation('visitor', { description: 'Agents only.' }),
    sessionMetadata: t.field({
      type: SessionMetadataRef,
      description: 'What the widget reported about the browser when the conversation started (fields may be null).',
      resolve: (c) => (c.sessionMetadata ?? {}) as Partial<SessionMetadata>,
    }),
    lastMessage: t.relation('lastMessage', {
      nullable: true,
      description: 'The newest message the visitor can see (internal notes are skipped); null before the first.',
    }),
    handoff: t.field({
      type: HandoffRef,
      nullable: true,
      description: 'The latest handoff request (agents only).',
      authScopes: { member: 'conversations:read' },
      select: latestHandoff,
      resolve: (c) => c.handoffRequests[0] ?? null,
    }),
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
      description: "When the workspace's response-time target runs out for the current handoff.",
      select: { workspace: { select: { responseTimeTargetSeconds: true } } },
      resolve: (c) => {
        const due = responseDueAt(c, c.workspace.responseTimeTargetSeconds);
        return due === null ? null : new Date(due);
      },
    }),
    messages: t.relatedConnection(
      'messages',
      {
        cursor: 'id',
        description: 'The transcript, oldest first. Visitors never see internal notes.',
        query: (_args, ctx) => ({
          where: ctx.viewer.kind === 'visitor' ? { internal: false } : {},
          orderBy: { seq: 'asc' },
        }),
      },
      { description: 'A page of messages, oldest first.' },
      { description: 'A message in a page of them.' },
    ),
  }),
});

/** What the inbox card previews: the visitor's question. */
builder.prismaObjectFields('Conversation', (t) => ({
  lastVisitorMessage: t.field({
    type: MessageRef,
    nullable: true,
    description: "The visitor's newest message (what they asked; system lines and replies are skipped). Agents only.",
    authScopes: { member: 'conversations:read' },
    select: lastVisitorMessageSelection,
    resolve: (c) => c.messages[0] ?? null,
  }),
}));

/** Every handoff of the conversation (issue 15): the latest is `handoff`. */
builder.prismaObjectFields('Conversation', (t) => ({
  handoffs: t.field({
    type: [HandoffRef],
    description: 'Every handoff request, newest first (up to 20; agents only), each with its own packet.',
    authScopes: { member: 'conversations:read' },
    select: allHandoffs,
    resolve: (c) => c.handoffRequests,
  }),
}));

/** The conversation's timestamps (DateTime: ISO 8601, UTC). */
builder.prismaObjectFields('Conversation', (t) => ({
  lastMessageAt: t.expose('lastMessageAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When `lastMessage` was sent.',
  }),
  handoffRequestedAt: t.expose('handoffRequestedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When the latest handoff was requested (the response-time clock starts); null if never.',
  }),
  firstHumanReplyAt: t.expose('firstHumanReplyAt', {
    type: 'DateTime',
    nullable: true,
    description: 'The first agent reply (not a note) after the latest handoff request; null while waiting.',
  }),
  responseTargetBreachedAt: t.expose('responseTargetBreachedAt', {
    type: 'DateTime',
    nullable: true,
    description:
      "When the workspace's response-time target ran out with no human reply, for the latest handoff; null otherwise.",
  }),
  resolvedAt: t.expose('resolvedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When it was last resolved; null while open (a reopened conversation clears it).',
  }),
  createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the visitor started it.' }),
  updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the conversation row last changed.' }),
}));

const AssigneeFilter = builder.enumType('AssigneeFilter', {
  description: 'Whose conversations to list.',
  values: {
    ANY: { description: 'Anyone or nobody.' },
    ME: { description: 'Assigned to the viewer ("mine").' },
    UNASSIGNED: { description: 'Nobody.' },
  } as const,
});

builder.queryFields((t) => ({
  conversations: t.prismaConnection(
    {
      type: 'Conversation',
      cursor: 'id',
      description:
        "Conversations of the viewer's workspace. Filtering on status [QUEUED] alone orders by waiting time (longest first); otherwise most recent activity first.",
      authScopes: { member: 'conversations:read' },
      args: {
        status: t.arg({ type: [ConversationStatusEnum], description: 'Any of these statuses (default: all).' }),
        assignee: t.arg({
          type: AssigneeFilter,
          defaultValue: 'ANY',
          description: 'Filter by owner (ignored when `assigneeId` is given).',
        }),
        assigneeId: t.arg.id({ description: "Only this agent's conversations." }),
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
        return ctx.prisma.conversation.findMany({
          ...query,
          ...conversationListQuery(agent, { statuses: args.status, assigneeId }),
        });
      },
    },
    { description: 'A page of conversations, in the order `conversations` describes.' },
    { description: 'A conversation in a page of them.' },
  ),
  conversation: t.prismaField({
    type: 'Conversation',
    nullable: true,
    description: 'One conversation: agents of its workspace, or its own visitor. Null otherwise.',
    authScopes: { $any: { member: 'conversations:read', visitor: true } },
    args: { id: t.arg.id({ required: true, description: 'Global id of the conversation.' }) },
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
