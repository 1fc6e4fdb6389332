/** Content gaps: what visitors asked that the knowledge base could not answer (owner/admin). */
import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { ContentGap } from '../domain/knowledge/content-gaps.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer } from './scopes.js';
import { encodeGlobalID } from '@pothos/plugin-relay';

const ContentGapRef = builder.objectRef<ContentGap>('ContentGap').implement({
  description: 'Visitor questions, similar in meaning, that ended in a low-confidence handoff.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable id of the gap (not a global id).' }),
    question: t.exposeString('question', { description: 'The most recent phrasing.' }),
    count: t.exposeInt('count', { description: 'How many times it was asked.' }),
    examples: t.exposeStringList('examples', { description: 'Up to five phrasings, newest first.' }),
    conversationIds: t.idList({
      description: "Up to five conversations where it was asked (open one to turn the agent's reply into a document).",
      resolve: (g) => g.conversationIds.map((id) => encodeGlobalID('Conversation', id)),
    }),
    lastAskedAt: t.expose('lastAskedAt', { type: 'DateTime', description: 'When it was last asked.' }),
  }),
});

builder.queryFields((t) => ({
  contentGaps: t.field({
    type: [ContentGapRef],
    description: 'Open content gaps, the most asked first.',
    authScopes: { manager: 'knowledge:manage' },
    args: { first: t.arg.int({ defaultValue: 50, description: '1–100.' }) },
    resolve: (_root, args, ctx) =>
      ctx.services.contentGaps.list(agentViewer(ctx).workspaceId, Math.min(100, Math.max(1, args.first ?? 50))),
  }),
}));

builder.mutationFields((t) => ({
  createKnowledgeFromReply: t.prismaField({
    type: 'KnowledgeDocument',
    description:
      "Turns an agent's reply into a knowledge document (title: the visitor's question, unless given); closes the conversation's content gaps.",
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, NotFoundError] },
    args: {
      messageId: t.arg.id({ required: true, description: "Global id of the agent's reply." }),
      title: t.arg.string({ description: 'At most 200 characters.' }),
    },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.contentGaps.documentFromReply(
        agentViewer(ctx),
        idOf('Message', args.messageId, 'messageId'),
        args.title ?? null,
      ),
  }),
}));
