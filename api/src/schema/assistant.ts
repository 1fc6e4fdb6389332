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
  values: {
    START_HANDOFF: { description: 'Queue the conversation for the team at once.' },
    OFFER_ACTION: { description: 'Offer the escalation action as a button first.' },
  },
});

builder.prismaObject('AssistantSettings', {
  description: "How the workspace's assistant behaves.",
  authScopes: (settings, ctx) => workspaceMember(settings.workspaceId, ctx, 'knowledge:manage'),
  fields: (t) => ({
    instructions: t.exposeString('instructions', { description: 'Behaviour instructions, added to every prompt.' }),
    greeting: t.exposeString('greeting', { description: 'The first message visitors see in the widget.' }),
    model: t.exposeString('model', {
      nullable: true,
      description: 'Model name for the OpenAI-compatible provider (server default when null).',
    }),
    confidenceThreshold: t.exposeFloat('confidenceThreshold', {
      description: 'Below this (0..1) the assistant offers a handoff.',
    }),
    frustrationDetection: t.exposeBoolean('frustrationDetection', {
      description: 'Offer a handoff when the visitor seems frustrated (trigger FRUSTRATION).',
    }),
    explicitRequestMode: t.expose('explicitRequestMode', {
      type: ExplicitRequestModeEnum,
      description: 'What an explicit request for a person does.',
    }),
    answerWhileQueued: t.exposeBoolean('answerWhileQueued', {
      description:
        'While a conversation waits in the queue, the assistant keeps answering from the documents (marked as the assistant; no offers, nothing when unsure), never once a human owns it. Off by default.',
    }),
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
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the settings last changed.' }),
  }),
});

export const KnowledgeDocumentRef = builder.prismaNode('KnowledgeDocument', {
  description: 'A help-centre article the assistant answers from.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (doc, ctx) => workspaceMember(doc.workspaceId, ctx, 'knowledge:manage'),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The article title (cited to visitors).' }),
    content: t.exposeString('content', { description: 'The article text, markdown or plain.' }),
    sourceUrl: t.exposeString('sourceUrl', {
      nullable: true,
      description: 'Where the article is published (linked in citations); null if not given.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed (re-indexed then).' }),
  }),
});

const UsageRowRef = builder.objectRef<UsageRow>('AiUsagePeriod').implement({
  description: 'AI usage in one UTC day or calendar month.',
  fields: (t) => ({
    period: t.exposeString('period', { description: '`YYYY-MM-DD` or `YYYY-MM` (UTC).' }),
    responses: t.exposeInt('responses', { description: 'AI responses: what Baton bills for.' }),
    promptTokens: t.exposeInt('promptTokens', { description: 'Input tokens the provider reported (0 offline).' }),
    completionTokens: t.exposeInt('completionTokens', {
      description: 'Output tokens the provider reported (0 offline).',
    }),
  }),
});

const SpendCapRef = builder.objectRef<SpendCap>('AiSpendCap').implement({
  description: "How much of the workspace's AI spend cap is used (UTC day and calendar month).",
  fields: (t) => ({
    dailyLimit: t.exposeInt('dailyLimit', { nullable: true, description: 'Null: no daily cap.' }),
    monthlyLimit: t.exposeInt('monthlyLimit', { nullable: true, description: 'Null: no monthly cap.' }),
    dailyUsed: t.exposeInt('dailyUsed', { description: 'AI responses metered today (UTC).' }),
    monthlyUsed: t.exposeInt('monthlyUsed', { description: 'AI responses metered this month (UTC).' }),
    dailyReached: t.exposeBoolean('dailyReached', { description: "Today's cap is used up." }),
    monthlyReached: t.exposeBoolean('monthlyReached', { description: "This month's cap is used up." }),
    reached: t.exposeBoolean('reached', {
      description: 'A cap is reached: the assistant offers the handoff instead of answering with AI.',
    }),
  }),
});

const UsageGranularity = builder.enumType('UsageGranularity', {
  description: 'The length of a usage period.',
  values: {
    DAY: { description: 'UTC days (`YYYY-MM-DD`).' },
    MONTH: { description: 'Calendar months, UTC (`YYYY-MM`).' },
  } as const,
});

const AssistantSettingsInput = builder
  .inputType('AssistantSettingsInput', {
    description: 'Only the fields given change.',
    fields: (t) => ({
      instructions: t.string({ description: 'Behaviour instructions (at most 8000 characters).' }),
      greeting: t.string({ description: 'The widget greeting (1–500 characters).' }),
      model: t.string({ description: 'Empty string: use the server default.' }),
      confidenceThreshold: t.float({ description: 'Between 0 and 1.' }),
      frustrationDetection: t.boolean({ description: 'Offer a handoff to frustrated visitors.' }),
      explicitRequestMode: t.field({ type: ExplicitRequestModeEnum, description: 'What a request for a person does.' }),
      answerWhileQueued: t.boolean({ description: 'Keep answering from the documents while queued.' }),
      aiDailyLimit: t.int({ description: 'AI responses per UTC day; null removes the cap.' }),
      aiMonthlyLimit: t.int({ description: 'AI responses per calendar month (UTC); null removes the cap.' }),
    }),
  })
  .validate(assistantSettingsInput);

const KnowledgeDocumentInput = builder
  .inputType('KnowledgeDocumentInput', {
    description: 'A knowledge document (replaces title, content and source URL).',
    fields: (t) => ({
      title: t.string({ required: true, description: '1–200 characters.' }),
      content: t.string({ required: true, description: 'Markdown or plain text.' }),
      sourceUrl: t.string({ description: 'An http(s) URL where it is published; empty or null for none.' }),
    }),
  })
  .validate(knowledgeDocumentInput);

builder.queryFields((t) => ({
  assistantSettings: t.prismaField({
    type: 'AssistantSettings',
    description: "The workspace's assistant settings.",
    authScopes: { member: 'knowledge:manage' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.assistantSettings.findUniqueOrThrow({
        ...query,
        where: { workspaceId: agentViewer(ctx).workspaceId },
      }),
  }),
  knowledgeDocuments: t.prismaConnection(
    {
      type: 'KnowledgeDocument',
      description: "The workspace's knowledge base, by title.",
      cursor: 'id',
      authScopes: { member: 'knowledge:manage' },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.knowledgeDocument.findMany({
          ...query,
          where: { workspaceId: agentViewer(ctx).workspaceId },
          orderBy: [{ title: 'asc' }, { id: 'asc' }],
        }),
    },
    { description: 'A page of knowledge documents.' },
    { description: 'A knowledge document in a page of them.' },
  ),
  aiUsage: t.field({
    type: [UsageRowRef],
    description:
      'AI responses (and tokens, when the provider reports them) per day or month, oldest first (owner/admin).',
    authScopes: { manager: 'usage:read' },
    args: {
      granularity: t.arg({ type: UsageGranularity, defaultValue: 'DAY', description: 'Per day or per month.' }),
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
    description: 'Change the assistant settings (owner/admin only); only the fields given change.',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: AssistantSettingsInput, required: true, description: 'The settings to change.' }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.services.assistantSettings
        .update(agentViewer(ctx), input)
        .then(({ workspaceId }) =>
          ctx.prisma.assistantSettings.findUniqueOrThrow({ ...query, where: { workspaceId } }),
        ),
  }),
  createKnowledgeDocument: t.prismaField({
    type: 'KnowledgeDocument',
    description: 'Add a document to the knowledge base (owner/admin only); the assistant can cite it at once.',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: KnowledgeDocumentInput, required: true, description: 'The document.' }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.knowledge.create(agentViewer(ctx), input),
  }),
  updateKnowledgeDocument: t.prismaField({
    type: 'KnowledgeDocument',
    description: 'Replace a document (owner/admin only).',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: {
      documentId: t.arg.id({ required: true, description: 'Global id of the document.' }),
      input: t.arg({ type: KnowledgeDocumentInput, required: true, description: 'The new contents.' }),
    },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.knowledge.update(
        agentViewer(ctx),
        idOf('KnowledgeDocument', args.documentId, 'documentId'),
        args.input,
      ),
  }),
  deleteKnowledgeDocument: t.prismaField({
    type: 'KnowledgeDocument',
    description: 'Delete a document (owner/admin only); returns it as it was.',
    authScopes: { manager: 'knowledge:manage' },
    errors: { types: adminErrors },
    args: { documentId: t.arg.id({ required: true, description: 'Global id of the document.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.knowledge.delete(agentViewer(ctx), idOf('KnowledgeDocument', args.documentId, 'documentId')),
  }),
}));
