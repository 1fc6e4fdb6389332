import {
  AuthenticationError,
  ForbiddenError,
  NotFoundError,
  OwnershipError,
  RateLimitedError,
  ValidationError,
} from '../domain/errors.js';
import type { ActionSubmission, Citation, MessageSnapshot } from '../events/types.js';
import type { Message } from '../generated/prisma/client.js';
import { AuthorKind } from '../generated/prisma/enums.js';
import { clientIdSchema, messageBody, type PostResult } from '../domain/conversations/messages.js';
import { builder } from './builder.js';
import { CitationRef } from './citation.js';
import { CapturedValueRef, HandoffTriggerEnum } from './handoff-request.js';
import { idOf } from './ids.js';
import { agentViewer, participant, visitorViewer } from './scopes.js';
import { z } from 'zod';
import { encodeGlobalID } from '@pothos/plugin-relay';

export const AuthorKindEnum = builder.enumType(AuthorKind, {
  name: 'AuthorKind',
  description: 'Who wrote a message (or is typing).',
  values: {
    VISITOR: { description: 'The website visitor.' },
    ASSISTANT: { description: 'The AI assistant.' },
    AGENT: { description: 'A team member.' },
    SYSTEM: { description: 'Baton itself, e.g. "Anna joined the chat."' },
  },
});

const ActionSubmissionRef = builder.objectRef<ActionSubmission>('ActionSubmission').implement({
  description: 'A custom action as the visitor submitted it.',
  fields: (t) => ({
    actionLabel: t.exposeString('actionLabel', { description: 'The action pressed, as it was labelled then.' }),
    values: t.field({
      type: [CapturedValueRef],
      description: "The action's fields as the visitor filled them in, in field order.",
      resolve: (s) => s.values,
    }),
  }),
});

export const MessageRef = builder.prismaNode('Message', {
  description: 'A message in a conversation.',
  id: { field: 'id' },
  findUnique: (id, ctx) =>
    ctx.viewer.kind === 'visitor'
      ? { id, internal: false, conversation: { visitorId: ctx.viewer.visitorId } }
      : {
          id,
          conversation: {
            workspaceId: ctx.viewer.kind === 'agent' ? ctx.viewer.workspaceId : '00000000-0000-0000-0000-000000000000',
          },
        },
  authScopes: (message, ctx) =>
    ctx.viewer.kind === 'agent' ? { member: 'conversations:read' } : ctx.viewer.kind === 'visitor' && !message.internal,
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'The conversation sequence number of this message.' }),
    authorKind: t.expose('authorKind', { type: AuthorKindEnum, description: 'Who wrote it.' }),
    authorName: t.exposeString('authorName', {
      nullable: true,
      description:
        "The author's display name when it was sent (an agent's name, the assistant's); null when none was known.",
    }),
    body: t.exposeString('body', { description: 'The text (up to 4000 characters); markdown from agents.' }),
    internal: t.exposeBoolean('internal', { description: 'An internal note: never shown to the visitor.' }),
    clientId: t.exposeString('clientId', {
      nullable: true,
      description: "The sender's idempotency key, if it gave one (matches its optimistic copy).",
    }),
    citations: t.field({
      type: [CitationRef],
      description: 'Knowledge documents an assistant message relied on (empty for other authors).',
      resolve: (m) => m.citations as unknown as Citation[],
    }),
    suggestedActionIds: t.idList({
      description: 'Custom actions the assistant offered as buttons with this message.',
      resolve: (m) => m.suggestedActionIds.map((id) => encodeGlobalID('CustomAction', id)),
    }),
    suggestionTrigger: t.expose('suggestionTrigger', {
      type: HandoffTriggerEnum,
      nullable: true,
      description: 'Why the assistant offered a handoff with this message.',
    }),
    suggestionTopic: t.exposeString('suggestionTopic', {
      nullable: true,
      description:
        "With a SENSITIVE suggestion: the topic (a built-in key such as `fraud`, or the name of the workspace's own topic).",
    }),
    submission: t.field({
      type: ActionSubmissionRef,
      nullable: true,
      description:
        'A custom action the visitor submitted, with the values they filled in (the body says the same in words); null for other messages.',
      resolve: (m) => (m.submission ?? null) as unknown as ActionSubmission | null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was stored.' }),
  }),
});

/** A message as the stream carries it, in the shape of a stored row. */
export function messageFromSnapshot(snapshot: MessageSnapshot): Message {
  return {
    ...snapshot,
    citations: snapshot.citations as unknown as Message['citations'],
    submission: snapshot.submission as unknown as Message['submission'],
    createdAt: new Date(snapshot.createdAt),
  };
}

const SendMessagePayload = builder.objectRef<PostResult>('SendMessagePayload').implement({
  description: 'The stored message.',
  fields: (t) => ({
    sentMessage: t.field({ type: MessageRef, description: 'The message as stored.', resolve: (r) => r.message }),
    duplicate: t.boolean({
      description: 'True when this clientId was sent before: the message was stored once, this is it.',
      resolve: (r) => !r.created,
    }),
  }),
});

const SendMessageInput = builder
  .inputType('SendMessageInput', {
    description: "A visitor's message.",
    fields: (t) => ({
      conversationId: t.id({ required: true, description: "Global id of the visitor's conversation." }),
      body: t.string({ required: true, description: 'Up to 4000 characters.' }),
      clientId: t.string({ description: 'Client-generated id: a retry with the same id stores the message once.' }),
    }),
  })
  .validate(z.object({ conversationId: z.string(), body: messageBody, clientId: clientIdSchema }));

const ReplyInput = builder
  .inputType('ReplyInput', {
    description: "An agent's reply or internal note.",
    fields: (t) => ({
      conversationId: t.id({ required: true, description: 'Global id of the conversation.' }),
      body: t.string({ required: true, description: 'Markdown, 1–4000 characters.' }),
      clientId: t.string({
        description:
          'Idempotency key (up to 100 of `A-Z a-z 0-9 _ . : -`): a retry with the same id stores the message once.',
      }),
      internal: t.boolean({
        defaultValue: false,
        description: 'An internal note for the team, never shown to the visitor.',
      }),
    }),
  })
  .validate(
    z.object({
      conversationId: z.string(),
      body: messageBody,
      clientId: clientIdSchema,
      internal: z.boolean().default(false),
    }),
  );

const messageErrors = [
  AuthenticationError,
  ForbiddenError,
  ValidationError,
  NotFoundError,
  OwnershipError,
  RateLimitedError,
];

builder.mutationFields((t) => ({
  sendMessage: t.field({
    type: SendMessagePayload,
    description: "A visitor's message. Writing in a resolved conversation reopens it.",
    authScopes: { visitor: true },
    errors: { types: messageErrors },
    args: { input: t.arg({ type: SendMessageInput, required: true, description: 'The message.' }) },
    resolve: async (_root, { input }, ctx) => {
      const visitor = visitorViewer(ctx);
      const conversationId = idOf('Conversation', input.conversationId, 'input.conversationId');
      await ctx.services.limits.consume(
        ['visitorMessage', visitor.visitorId],
        ['visitorMessageIp', ctx.clientIp],
        ['conversationMessage', conversationId],
      );
      return ctx.services.messages.postVisitorMessage(visitor, {
        conversationId,
        body: input.body,
        clientId: input.clientId,
      });
    },
  }),
  replyToConversation: t.field({
    type: SendMessagePayload,
    description: 'An agent reply (you must own the conversation) or an internal note (any agent).',
    authScopes: { member: 'messages:write' },
    errors: { types: messageErrors },
    args: { input: t.arg({ type: ReplyInput, required: true, description: 'The reply or note.' }) },
    resolve: async (_root, { input }, ctx) => {
      const agent = agentViewer(ctx);
      const conversationId = idOf('Conversation', input.conversationId, 'input.conversationId');
      await ctx.services.limits.consume(['agentWrite', agent.agentId], ['conversationMessage', conversationId]);
      return ctx.services.messages.postAgentMessage(agent, {
        conversationId,
        body: input.body,
        clientId: input.clientId,
        internal: input.internal,
      });
    },
  }),
  setTyping: t.boolean({
    description: 'Show or hide a typing indicator on the conversation stream (not stored).',
    authScopes: { $any: { member: 'messages:write', visitor: true } },
    errors: {
      types: [AuthenticationError, ForbiddenError, ValidationError, NotFoundError, RateLimitedError],
      directResult: false,
      result: { description: 'The indicator was sent.' },
      dataField: { description: 'Always true.' },
    },
    args: {
      conversationId: t.arg.id({ required: true, description: 'Global id of the conversation.' }),
      isTyping: t.arg.boolean({ required: true, description: 'True while typing; false to hide the indicator.' }),
    },
    resolve: async (_root, args, ctx) => {
      const who = participant(ctx);
      await ctx.services.limits.consume(['typing', who.kind === 'agent' ? who.agentId : who.visitorId]);
      await ctx.services.messages.typing(
        who,
        idOf('Conversation', args.conversationId, 'conversationId'),
        args.isTyping,
      );
      return true;
    },
  }),
}));
