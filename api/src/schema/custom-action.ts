import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { ActionFieldType, ActionIntent } from '../generated/prisma/enums.js';
import { customActionInput, defaultMaxLength } from '../domain/actions/custom-actions.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer, participant, participantWorkspaceId, workspaceMember } from './scopes.js';

export const ActionIntentEnum = builder.enumType(ActionIntent, {
  name: 'ActionIntent',
  description: 'What pressing the action does. ESCALATE_TO_HUMAN queues the conversation for the team.',
});

export const ActionFieldTypeEnum = builder.enumType(ActionFieldType, { name: 'ActionFieldType' });

builder.prismaObject('CustomActionField', {
  description: 'One input the visitor fills in before the action runs, in display order.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    type: t.expose('type', { type: ActionFieldTypeEnum }),
    required: t.exposeBoolean('required'),
    placeholder: t.exposeString('placeholder', { nullable: true }),
    maxLength: t.int({
      description: "The longest accepted value (the field's own limit, or the default for its type).",
      resolve: (field) => field.maxLength ?? defaultMaxLength[field.type],
    }),
    options: t.exposeStringList('options', { description: 'The choices of a SINGLE_CHOICE field.' }),
  }),
});

export const CustomActionRef = builder.prismaNode('CustomAction', {
  description: 'A button visitors can press, e.g. "Talk to a human".',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: participantWorkspaceId(ctx) }),
  authScopes: (action, ctx) =>
    ctx.viewer.kind === 'agent'
      ? workspaceMember(action.workspaceId, ctx, 'actions:manage')
      : ctx.viewer.kind === 'visitor' && ctx.viewer.workspaceId === action.workspaceId && action.enabled,
  fields: (t) => ({
    label: t.exposeString('label'),
    intent: t.expose('intent', { type: ActionIntentEnum }),
    description: t.exposeString('description', { description: 'Tells the assistant when to suggest this action.' }),
    enabled: t.exposeBoolean('enabled'),
    position: t.exposeInt('position'),
    fields: t.relation('fields', { query: { orderBy: { position: 'asc' } } }),
  }),
});

const CustomActionFieldInput = builder.inputType('CustomActionFieldInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: 'Stable key of the value, e.g. `orderNumber`.' }),
    label: t.string({ required: true }),
    type: t.field({ type: ActionFieldTypeEnum, required: true }),
    required: t.boolean({ defaultValue: false }),
    placeholder: t.string(),
    maxLength: t.int(),
    options: t.stringList(),
  }),
});

const CustomActionInput = builder
  .inputType('CustomActionInput', {
    fields: (t) => ({
      label: t.string({ required: true }),
      intent: t.field({ type: ActionIntentEnum, defaultValue: 'ESCALATE_TO_HUMAN' }),
      description: t.string({ defaultValue: '' }),
      enabled: t.boolean({ defaultValue: true }),
      fields: t.field({ type: [CustomActionFieldInput], defaultValue: [], description: 'In display order.' }),
    }),
  })
  .validate(customActionInput);

const adminErrors = [AuthenticationError, ForbiddenError, ValidationError, NotFoundError];

builder.queryField('customActions', (t) =>
  t.prismaField({
    type: ['CustomAction'],
    description: "The workspace's actions in order. Agents see all; visitors see the enabled ones.",
    authScopes: { $any: { member: 'actions:manage', visitor: true } },
    resolve: async (query, _root, _args, ctx) => {
      const viewer = participant(ctx);
      return ctx.prisma.customAction.findMany({
        ...query,
        where: { workspaceId: viewer.workspaceId, ...(viewer.kind === 'visitor' && { enabled: true }) },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);

builder.mutationFields((t) => ({
  createCustomAction: t.prismaField({
    type: 'CustomAction',
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: CustomActionInput, required: true }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.customActions.create(agentViewer(ctx), input),
  }),
  updateCustomAction: t.prismaField({
    type: 'CustomAction',
    description: "Replace an action's settings and its whole list of fields.",
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: { actionId: t.arg.id({ required: true }), input: t.arg({ type: CustomActionInput, required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.update(agentViewer(ctx), idOf('CustomAction', args.actionId, 'actionId'), args.input),
  }),
  setCustomActionEnabled: t.prismaField({
    type: 'CustomAction',
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: { actionId: t.arg.id({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.setEnabled(
        agentViewer(ctx),
        idOf('CustomAction', args.actionId, 'actionId'),
        args.enabled,
      ),
  }),
  deleteCustomAction: t.prismaField({
    type: 'CustomAction',
    description: 'Delete an action; returns it as it was. Past handoff requests keep their captured values.',
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: { actionId: t.arg.id({ required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.delete(agentViewer(ctx), idOf('CustomAction', args.actionId, 'actionId')),
  }),
  reorderCustomActions: t.prismaField({
    type: ['CustomAction'],
    description: "Set the order of the workspace's actions: list every action id once, first to last.",
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: { actionIds: t.arg.idList({ required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.reorder(
        agentViewer(ctx),
        args.actionIds.map((id, i) => idOf('CustomAction', id, `actionIds.${i}`)),
      ),
  }),
}));
