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
import type { Transition } from '../domain/conversations/ownership.js';
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

/** The moves that take only the conversation: mutation name → service method and description. */
const simpleMoves = {
  takeOver: {
    move: 'takeOver',
    description:
      'Take a queued (or assistant-owned) conversation. If someone else was faster, ConversationTakenError names them.',
  },
  releaseConversation: { move: 'release', description: 'Put a conversation you own back in the queue (admins: any).' },
  handBackConversation: { move: 'handBack', description: 'Return the conversation to the assistant.' },
  resolveConversation: {
    move: 'resolve',
    description: 'Mark the conversation resolved. A new visitor message reopens it with the assistant.',
  },
  reopenConversation: {
    move: 'reopen',
    description:
      'Reopen a resolved conversation and become its owner. If someone else was faster, ConversationTakenError names them.',
  },
} as const satisfies Record<string, { move: Exclude<Transition, 'reassign'>; description: string }>;

builder.mutationFields((t) => ({
  ...Object.fromEntries(
    Object.entries(simpleMoves).map(([name, { move, description }]) => [
      name,
      t.prismaField({
        type: 'Conversation',
        description,
        authScopes: { member: 'conversations:write' },
        errors: { types: ownershipErrors },
        args: { conversationId: t.arg.id({ required: true, description: 'Global id of the conversation.' }) },
        resolve: (query, _root, args, ctx) =>
          reload(
            query,
            ctx,
            ctx.services.ownership[move](agentViewer(ctx), idOf('Conversation', args.conversationId, 'conversationId')),
          ),
      }),
    ]),
  ),
  reassignConversation: t.prismaField({
    type: 'Conversation',
    description: 'Give a conversation to another agent (owner/admin only).',
    authScopes: { manager: 'conversations:write' },
    errors: { types: ownershipErrors },
    args: {
      conversationId: t.arg.id({ required: true, description: 'Global id of the conversation.' }),
      agentId: t.arg.id({ required: true, description: 'Global id of the active member who gets it.' }),
    },
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
}));
