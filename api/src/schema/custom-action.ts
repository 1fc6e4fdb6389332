import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { ActionFieldType, ActionIntent } from '../generated/prisma/enums.js';
import { customActionInput, defaultMaxLength } from '../domain/actions/custom-actions.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer, participant, participantWorkspaceId, workspaceMember } from './scopes.js';

export const ActionIntentEnum = builder.enumType(ActionIntent, {
  name: 'ActionIntent',
  description: 'What pressing the action does. ESCALATE_TO_HUMAN queues the conversation for the team.',
  values: { ESCALATE_TO_HUMAN: { description: 'Request a handoff: queue the conversation for the team.' } },
});

export const ActionFieldTypeEnum = builder.enumType(ActionFieldType, {
  name: 'ActionFieldType',
  description: 'The kind of input a custom action field takes; values are checked on the server.',
  values: {
    SHORT_TEXT: { description: 'One line of text.' },
    LONG_TEXT: { description: 'Several lines of text.' },
    NUMBER: { description: 'A number.' },
    EMAIL: { description: 'An email address.' },
    PHONE: { description: 'A phone number.' },
    SINGLE_CHOICE: { description: 'One of `options`.' },
  },
});

builder.prismaObject('CustomActionField', {
  description: 'One input the visitor fills in before the action runs, in display order.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the value, e.g. `orderNumber`.' }),
    label: t.exposeString('label', { description: 'What the visitor sees above the input.' }),
    type: t.expose('type', { type: ActionFieldTypeEnum, description: 'The kind of input.' }),
    required: t.exposeBoolean('required', { description: 'The action cannot be submitted without it.' }),
    placeholder: t.exposeString('placeholder', {
      nullable: true,
      description: 'Hint text in the empty input; null for none.',
    }),
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
    label: t.exposeString('label', { description: 'The button text.' }),
    intent: t.expose('intent', { type: ActionIntentEnum, description: 'What pressing it does.' }),
    description: t.exposeString('description', { description: 'Tells the assistant when to suggest this action.' }),
    enabled: t.exposeBoolean('enabled', {
      description: 'Shown to visitors (disabled actions are visible to agents only).',
    }),
    position: t.exposeInt('position', { description: 'Display order, lowest first.' }),
    fields: t.relation('fields', {
      description: 'What the visitor fills in, in display order.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});

const CustomActionFieldInput = builder.inputType('CustomActionFieldInput', {
  description: 'One field of a custom action.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Stable key of the value, e.g. `orderNumber`.' }),
    label: t.string({ required: true, description: '1–120 characters.' }),
    type: t.field({ type: ActionFieldTypeEnum, required: true, description: 'The kind of input.' }),
    required: t.boolean({ defaultValue: false, description: 'Must the visitor fill it in?' }),
    placeholder: t.string({ description: 'Hint text (at most 200 characters).' }),
    maxLength: t.int({ description: "Longest accepted value; null: the type's default." }),
    options: t.stringList({ description: 'The choices of a SINGLE_CHOICE field (at most 50, each 1–200 characters).' }),
  }),
});

const CustomActionInput = builder
  .inputType('CustomActionInput', {
    description: 'A custom action and its whole list of fields.',
    fields: (t) => ({
      label: t.string({ required: true, description: 'The button text.' }),
      intent: t.field({
        type: ActionIntentEnum,
        defaultValue: 'ESCALATE_TO_HUMAN',
        description: 'What pressing it does.',
      }),
      description: t.string({
        defaultValue: '',
        description: 'Tells the assistant when to suggest it (at most 1000 characters).',
      }),
      enabled: t.boolean({ defaultValue: true, description: 'Show it to visitors.' }),
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
    description: 'Add a custom action at the end of the list (owner/admin only).',
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: { input: t.arg({ type: CustomActionInput, required: true, description: 'The action.' }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.customActions.create(agentViewer(ctx), input),
  }),
  updateCustomAction: t.prismaField({
    type: 'CustomAction',
    description: "Replace an action's settings and its whole list of fields.",
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: {
      actionId: t.arg.id({ required: true, description: 'Global id of the action.' }),
      input: t.arg({ type: CustomActionInput, required: true, description: 'Its new settings and fields.' }),
    },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.update(agentViewer(ctx), idOf('CustomAction', args.actionId, 'actionId'), args.input),
  }),
  setCustomActionEnabled: t.prismaField({
    type: 'CustomAction',
    description: 'Show or hide an action for visitors (owner/admin only).',
    authScopes: { manager: 'actions:manage' },
    errors: { types: adminErrors },
    args: {
      actionId: t.arg.id({ required: true, description: 'Global id of the action.' }),
      enabled: t.arg.boolean({ required: true, description: 'True: visitors see it.' }),
    },
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
    args: { actionId: t.arg.id({ required: true, description: 'Global id of the action.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.delete(agentViewer(ctx), idOf('CustomAction', args.actionId, 'actionId')),
  }),
  reorderCustomActions: t.prismaField({
    type: ['CustomAction'],
    description: "Set the order of the workspace's actions: list every action id once, first to last.",
    authScopes: { manager: 'actions:manage' },
    errors: {
      types: adminErrors,
      result: { description: 'The reordered actions.' },
      dataField: { description: "The workspace's actions in their new order." },
    },
    args: { actionIds: t.arg.idList({ required: true, description: 'Global ids of every action, in the new order.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.customActions.reorder(
        agentViewer(ctx),
        args.actionIds.map((id, i) => idOf('CustomAction', id, `actionIds.${i}`)),
      ),
  }),
}));
