/** The ownership moves (domain/conversations/ownership.ts) as mutations. */
import {
  AuthenticationError,
  ConversationTakenError,
  ForbiddenError,
  InvalidOperationError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer } from './scopes.js';

/** Re-reads the conversation with the selection Pothos computed for this request. */
function reload(query: object, ctx: Context, conversation: Promise<{ id: string }>) {
  return conversation.then(({ id }) => ctx.prisma.conversation.findUniqueOrThrow({ ...query, where: { id } }));
}

const ownershipErrors = [
  AuthenticationError,
  ForbiddenError,
  ValidationError,
  NotFoundError,
  ConversationTakenError,
  InvalidOperationError,
];

builder.mutationFields((t) => ({
  takeOver: t.prismaField({
    type: 'Conversation',
    description:
      'Take a queued (or assistant-owned) conversation. If someone else was faster, ConversationTakenError names them.',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(
        query,
        ctx,
        ctx.services.ownership.takeOver(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId')),
      ),
  }),
  releaseConversation: t.prismaField({
    type: 'Conversation',
    description: 'Put a conversation you own back in the queue (admins: any).',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(
        query,
        ctx,
        ctx.services.ownership.release(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId')),
      ),
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
        ctx.services.ownership.reassign(
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
      reload(
        query,
        ctx,
        ctx.services.ownership.handBack(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId')),
      ),
  }),
  resolveConversation: t.prismaField({
    type: 'Conversation',
    description: 'Mark the conversation resolved. A new visitor message reopens it with the assistant.',
    authScopes: { agent: true },
    errors: { types: ownershipErrors },
    args: { conversationId: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      reload(
        query,
        ctx,
        ctx.services.ownership.resolve(agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId')),
      ),
  }),
}));
