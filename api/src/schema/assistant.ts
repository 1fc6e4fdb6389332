/** The assistant's settings, its knowledge documents, and AI usage (pay per AI response). */
import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { ExplicitRequestMode } from '../generated/prisma/enums.js';
import { assistantSettingsInput } from '../domain/assistant/settings.js';
import { knowledgeDocumentInput } from '../domain/knowledge/knowledge.js';
import type { SpendCap, UsageRow } from '../domain/assistant/usage.js';
import { topicsFromInstructions } from '../assistant/instructions.js';
import { builtInTopics } from '../assistant/topics.js';
import { builder } from './builder.js';
import { SensitiveTopicRef } from './handoff-topic.js';
import { idOf } from './ids.js';
import { agentViewer, viewerWorkspaceId, workspaceMember } from './scopes.js';

const ExplicitRequestModeEnum = builder.enumType(ExplicitRequestMode, {
  name: 'ExplicitRequestMode',
  description: 'What an explicit "I want a person" does: start the handoff at once, or offer the action first.',
});

builder.prismaObject('AssistantSettings', {
  description: "How the workspace's assistant behaves.",
  authScopes: (settings, ctx) => workspaceMember(settings.workspaceId, ctx, 'knowledge:manage'),
  fields: (t) => ({
    instructions: t.exposeString('instructions', { description: 'Behaviour instructions, added to every prompt.' }),
    greeting: t.exposeString('greeting'),
    model: t.exposeString('model', {
      nullable: true,
      description: 'Model name for the OpenAI-compatible provider (server default when null).',
    }),
    confidenceThreshold: t.exposeFloat('confidenceThreshold', {
      description: 'Below this (0..1) the assistant offers a handoff.',
    }),
    frustrationDetection: t.exposeBoolean('frustrationDetection'),
    explicitRequestMode: t.expose('explicitRequestMode', { type: ExplicitRequestModeEnum }),
    sensitiveTopics: t.field({
      type: [SensitiveTopicRef],
      description: 'The built-in sensitive topics and whether each is on.',
      resolve: (s) => builtInTopics.map((topic) => ({ ...topic, enabled: !s.disabledTopics.includes(topic.key) })),
    }),
    instructionTopics: t.stringList({
      description:
        'Topics the behaviour instructions tell the assistant to avoid ("Never discuss …"), as the offline assistant reads them; handed off as SENSITIVE.',
      resolve: (s) => topicsFromInstructions(s.instructions),
    }),
    provider: t.string({
      description: '`openai` when OPENAI_API_KEY is configured, otherwise `offline`.',
      resolve: (_s, _a, ctx) => ctx.services.assistantSettings.providerName,
    }),
    aiDailyLimit: t.exposeInt('aiDailyLimit', {
      nullable: true,
      description:
        'Spend cap: metered AI responses allowed per UTC day (null: no cap). Past it the assistant offers the handoff instead of calling the provider.',
    }),
    aiMonthlyLimit: t.exposeInt('aiMonthlyLimit', {
      nullable: true,
      description: 'Spend cap: metered AI responses allowed per calendar month, UTC (null: no cap).',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const KnowledgeDocumentRef = builder.prismaNode('KnowledgeDocument', {
  description: 'A help-centre article the assistant answers from.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (doc, ctx) => workspaceMember(doc.workspaceId, ctx, 'knowledge:manage'),
  fields: (t) => ({
    title: t.exposeString('title'),
    content: t.exposeString('content'),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const UsageRowRef = builder.objectRef<UsageRow>('AiUsagePeriod').implement({
  fields: (t) => ({
    period: t.exposeString('period', { description: '`YYYY-MM-DD` or `YYYY-MM` (UTC).' }),
    responses: t.exposeInt('responses', { description: 'AI responses: what Baton bills for.' }),
    promptTokens: t.exposeInt('promptTokens'),
    completionTokens: t.exposeInt('completionTokens'),
  }),
});

const SpendCapRef = builder.objectRef<SpendCap>('AiSpendCap').implement({
  description: "How much of the workspace's AI spend cap is used (UTC day and calendar month).",
  fields: (t) => ({
    dailyLimit: t.exposeInt('dailyLimit', { nullable: true, description: 'Null: no daily cap.' }),
    monthlyLimit: t.exposeInt('monthlyLimit', { nullable: true, description: 'Null: no monthly cap.' }),
    dailyUsed: t.exposeInt('dailyUsed', { description: 'AI responses metered today (UTC).' }),
    monthlyUsed: t.exposeInt('monthlyUsed', { description: 'AI responses metered this month (UTC).' }),
    dailyReached: t.exposeBoolean('dailyReached'),
    monthlyReached: t.exposeBoolean('monthlyReached'),
    reached: t.exposeBoolean('reached', {
      description: 'A cap is reached: the assistant offers the handoff instead of answering with AI.',
    }),
  }),
});

const UsageGranularity = builder.enumType('UsageGranularity', { values: ['DAY', 'MONTH'] as const });

const AssistantSettingsInput = builder
  .inputType('AssistantSettingsInput', {
    description: 'Only the fields given change.',
    fields: (t) => ({
      instructions: t.string(),
      greeting: t.string(),
      model: t.string({ description: 'Empty string: use the server default.' }),
      confidenceThreshold: t.float(),
      frustrationDetection: t.boolean(),
      explicitRequestMode: t.field({ type: ExplicitRequestModeEnum }),
      aiDailyLimit: t.int({ description: 'AI responses per UTC day; null removes the cap.' }),
      aiMonthlyLimit: t.int({ description: 'AI responses per calendar month (UTC); null removes the cap.' }),
    }),
  })
  .validate(assistantSettingsInput);

const KnowledgeDocumentInput = builder
  .inputType('KnowledgeDocumentInput', {
    fields: (t) => ({
      title: t.string({ required: true }),
      content: t.string({ required: true, description: 'Markdown or plain text.' }),
      sourceUrl: t.string(),
    }),
  })
  .validate(knowledgeDocumentInput);

builder.queryFields((t) => ({
  assistantSettings: t.prismaField({
    type: 'AssistantSettings',
    authScopes: { member: 'knowledge:manage' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.assistantSettings.findUniqueOrThrow({
        ...query,
        where: { workspaceId: agentViewer(ctx).workspaceId },
      }),
  }),
  knowledgeDocuments: t.prismaConnection({
    type: 'KnowledgeDocument',
    cursor: 'id',
    authScopes: { member: 'knowledge:manage' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.knowledgeDocument.findMany({
        ...query,
        where: { workspaceId: agentViewer(ctx).workspaceId },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      }),
  }),
  aiUsage: t.field({
    type: [UsageRowRef],
    description:
      'AI responses (and tokens, when the provider reports them) per day or month, oldest first (owner/admin).',
    authScopes: { manager: 'usage:read' },
    args: {
      granularity: t.arg({ type: UsageGranularity, defaultValue: 'DAY' }),
      days: t.arg.int({ defaultValue: 31, description: 'How far back (1–800 days).' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.usage.report(
        agentViewer(ctx).workspaceId,
        args.granularity ?? 'DAY',
        Math.min(800, Math.max(1, args.days ?? 31)),
      ),
  }),
  aiSpendCap: t.field({
    type: SpendCapRef,
    description: "The workspace's AI spend cap and how much of it is used (owner/admin).",
    authScopes: { manager: 'usage:read' },
    resolve: async (_root, _args, ctx) => {
      const { workspaceId } = agentViewer(ctx);
      return ctx.services.usage.spendCap(workspaceId, await ctx.services.assistantSettings.get(workspaceId));
    },
  }),
}));

const adminErrors = [AuthenticationError, ForbiddenError, ValidationError, NotFoundError];

builder.mutationFields((t) => ({
  updateAssistantSettings: t.prismaField({
    type: 'AssistantSettings',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: AssistantSettingsInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.assistantSettings
        .update(agentViewer(ctx), input)
        .then(({ workspaceId }) =>
          ctx.prisma.assistantSettings.findUniqueOrThrow({ ...query, where: { workspaceId } }),
        ),
  }),
  createKnowledgeDocument: t.prismaField({
    type: 'KnowledgeDocument',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: KnowledgeDocumentInput, required: true }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.knowledge.create(agentViewer(ctx), input),
  }),
  updateKnowledgeDocument: t.prismaField({
    type: 'KnowledgeDocument',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { documentId: t.arg.id({ required: true }), input: t.arg({ type: KnowledgeDocumentInput, required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.knowledge.update(
        agentViewer(ctx),
        idOf('KnowledgeDocument', args.documentId, 'documentId'),
        args.input,
      ),
  }),
  deleteKnowledgeDocument: t.prismaField({
    type: 'KnowledgeDocument',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { documentId: t.arg.id({ required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.knowledge.delete(agentViewer(ctx), idOf('KnowledgeDocument', args.documentId, 'documentId')),
  }),
}));
