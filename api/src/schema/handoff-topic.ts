/** The handoff policy admins control: built-in sensitive topics (on/off) and their own topics. */
import type { BuiltInTopic } from '../assistant/topics.js';
import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { handoffTopicInput } from '../domain/handoff/topics.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer, viewerWorkspaceId, workspaceMember } from './scopes.js';

export const SensitiveTopicRef = builder.objectRef<BuiltInTopic & { enabled: boolean }>('SensitiveTopic').implement({
  description: 'A built-in topic the assistant never handles itself; it offers a person instead (trigger SENSITIVE).',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: '`fraud`, `account_change`, `health_safety`, `legal` or `complex_return`.',
    }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    enabled: t.exposeBoolean('enabled'),
  }),
});

builder.prismaNode('HandoffTopic', {
  description: 'An admin\'s own "always hand off when…" topic, recognised by its name and example phrasings.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (topic, ctx) => workspaceMember(topic.workspaceId, ctx, 'knowledge:manage'),
  fields: (t) => ({
    name: t.exposeString('name'),
    examples: t.exposeStringList('examples'),
    enabled: t.exposeBoolean('enabled'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const HandoffTopicInput = builder
  .inputType('HandoffTopicInput', {
    fields: (t) => ({
      name: t.string({ required: true }),
      examples: t.stringList({
        description: 'A few ways a visitor might say it (0–20). Without examples the name alone is matched.',
      }),
      enabled: t.boolean(),
    }),
  })
  .validate(handoffTopicInput);

builder.queryFields((t) => ({
  handoffTopics: t.prismaField({
    type: ['HandoffTopic'],
    authScopes: { member: 'knowledge:manage' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.handoffTopic.findMany({
        ...query,
        where: { workspaceId: agentViewer(ctx).workspaceId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

const adminErrors = [AuthenticationError, ForbiddenError, ValidationError, NotFoundError];

builder.mutationFields((t) => ({
  createHandoffTopic: t.prismaField({
    type: 'HandoffTopic',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: HandoffTopicInput, required: true }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.handoffTopics.create(agentViewer(ctx), input),
  }),
  updateHandoffTopic: t.prismaField({
    type: 'HandoffTopic',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { topicId: t.arg.id({ required: true }), input: t.arg({ type: HandoffTopicInput, required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.handoffTopics.update(agentViewer(ctx), idOf('HandoffTopic', args.topicId, 'topicId'), args.input),
  }),
  deleteHandoffTopic: t.prismaField({
    type: 'HandoffTopic',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { topicId: t.arg.id({ required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.handoffTopics.delete(agentViewer(ctx), idOf('HandoffTopic', args.topicId, 'topicId')),
  }),
  setSensitiveTopic: t.prismaField({
    type: 'AssistantSettings',
    description: 'Switches a built-in sensitive topic on or off.',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { key: t.arg.string({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const viewer = agentViewer(ctx);
      await ctx.services.handoffTopics.setBuiltIn(viewer, args.key, args.enabled);
      return ctx.prisma.assistantSettings.findUniqueOrThrow({ ...query, where: { workspaceId: viewer.workspaceId } });
    },
  }),
}));
