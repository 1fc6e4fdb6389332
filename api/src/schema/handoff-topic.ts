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
    name: t.exposeString('name', { description: 'The topic as people read it.' }),
    description: t.exposeString('description', { description: 'What the topic covers.' }),
    enabled: t.exposeBoolean('enabled', { description: 'On: the assistant hands these off.' }),
  }),
});

builder.prismaNode('HandoffTopic', {
  description: 'An admin\'s own "always hand off when…" topic, recognised by its name and example phrasings.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (topic, ctx) => workspaceMember(topic.workspaceId, ctx, 'knowledge:manage'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the topic is, e.g. "Cancelling a subscription".' }),
    examples: t.exposeStringList('examples', { description: 'Ways a visitor might say it, matched by meaning.' }),
    enabled: t.exposeBoolean('enabled', { description: 'On: matching questions are handed off (trigger SENSITIVE).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const HandoffTopicInput = builder
  .inputType('HandoffTopicInput', {
    description: "A workspace's own handoff topic.",
    fields: (t) => ({
      name: t.string({ required: true, description: '1–80 characters.' }),
      examples: t.stringList({
        description: 'A few ways a visitor might say it (0–20). Without examples the name alone is matched.',
      }),
      enabled: t.boolean({ description: 'Default true.' }),
    }),
  })
  .validate(handoffTopicInput);

builder.queryFields((t) => ({
  handoffTopics: t.prismaField({
    type: ['HandoffTopic'],
    description: "The workspace's own handoff topics, oldest first.",
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
    description: 'Add a handoff topic (owner/admin only).',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: HandoffTopicInput, required: true, description: 'The topic.' }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.handoffTopics.create(agentViewer(ctx), input),
  }),
  updateHandoffTopic: t.prismaField({
    type: 'HandoffTopic',
    description: 'Replace a handoff topic (owner/admin only).',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: {
      topicId: t.arg.id({ required: true, description: 'Global id of the topic.' }),
      input: t.arg({ type: HandoffTopicInput, required: true, description: 'Its new settings.' }),
    },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.handoffTopics.update(agentViewer(ctx), idOf('HandoffTopic', args.topicId, 'topicId'), args.input),
  }),
  deleteHandoffTopic: t.prismaField({
    type: 'HandoffTopic',
    description: 'Delete a handoff topic (owner/admin only); returns it as it was.',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { topicId: t.arg.id({ required: true, description: 'Global id of the topic.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.handoffTopics.delete(agentViewer(ctx), idOf('HandoffTopic', args.topicId, 'topicId')),
  }),
  setSensitiveTopic: t.prismaField({
    type: 'AssistantSettings',
    description: 'Switches a built-in sensitive topic on or off.',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: {
      key: t.arg.string({ required: true, description: 'A built-in topic key, e.g. `fraud`.' }),
      enabled: t.arg.boolean({ required: true, description: 'True: hand the topic off.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = agentViewer(ctx);
      await ctx.services.handoffTopics.setBuiltIn(viewer, args.key, args.enabled);
      return ctx.prisma.assistantSettings.findUniqueOrThrow({ ...query, where: { workspaceId: viewer.workspaceId } });
    },
  }),
}));
