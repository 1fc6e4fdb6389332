/**
 * Custom actions: the buttons a visitor can press ("Talk to a human"), each mapped to an intent
 * and optionally collecting input fields. Admins manage them; visitors list the enabled ones
 * and submit them (see handoff.ts), with every value checked here on the server.
 */
import { z } from 'zod';
import type { AgentViewer } from '../../auth/viewer.js';
import { NotFoundError, ValidationError, type FieldIssue } from '../errors.js';
import type { CustomAction, CustomActionField, Prisma } from '../../generated/prisma/client.js';
import { ActionFieldType, ActionIntent } from '../../generated/prisma/enums.js';
import type { ServiceDeps } from '../deps.js';
// The field rules the widget and the inbox apply too.
import { actionLimits, defaultMaxLength, fieldProblem } from '@baton/client-core/action-fields';

export type ActionWithFields = CustomAction & { fields: CustomActionField[] };

/** Longest value a field takes when it sets no max length of its own (the rule lives in client-core). */
export { defaultMaxLength };

const fieldInput = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'Use 1–40 letters, digits or _, starting with a letter'),
    label: z.string().trim().min(1, 'Give the field a label').max(120),
    type: z.enum(ActionFieldType),
    required: z.boolean().default(false),
    placeholder: z.string().trim().max(200).nullish(),
    maxLength: z.number().int().min(1).max(actionLimits.fieldMaxLength).nullish(),
    options: z.array(z.string().trim().min(1, 'Options cannot be empty').max(200)).max(50).nullish(),
  })
  .superRefine((field, ctx) => {
    const options = field.options ?? [];
    if (field.type === 'SINGLE_CHOICE' && options.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'A single choice needs at least one option' });
    }
    if (field.type !== 'SINGLE_CHOICE' && options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only single-choice fields have options' });
    }
    if (new Set(options).size !== options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Options must be different' });
    }
  });

export const customActionInput = z
  .object({
    label: z
      .string()
      .trim()
      .min(1, 'Give the button a label')
      .max(actionLimits.labelLength, `Use at most ${actionLimits.labelLength} characters`),
    intent: z.enum(ActionIntent).default('ESCALATE_TO_HUMAN'),
    description: z.string().trim().max(1000).default(''),
    enabled: z.boolean().default(true),
    fields: z.array(fieldInput).max(actionLimits.fields, `At most ${actionLimits.fields} fields`).default([]),
  })
  .superRefine((action, ctx) => {
    const seen = new Set<string>();
    action.fields.forEach((field, index) => {
      const key = field.key.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['fields', index, 'key'], message: 'Keys must be unique' });
      seen.add(key);
    });
  });

export type CustomActionInput = z.output<typeof customActionInput>;

export interface SubmittedValue {
  key: string;
  value: string;
}

export interface CapturedValue {
  key: string;
  label: string;
  value: string;
}

/**
 * Checks submitted values against the action's fields: required, type, length, option
 * membership (client-core's `fieldProblem`, which the widget applies before sending), unknown
 * and repeated keys. Returns the values in field order, or throws ValidationError with one
 * issue per offending field (paths `values.<key>`).
 */
export function checkActionValues(action: ActionWithFields, submitted: SubmittedValue[]): CapturedValue[] {
  const issues: FieldIssue[] = [];
  const byKey = new Map<string, string>();
  for (const { key, value } of submitted) {
    if (byKey.has(key)) issues.push({ path: `values.${key}`, message: 'This field was sent twice' });
    byKey.set(key, value);
  }
  const known = new Set(action.fields.map((f) => f.key));
  for (const key of byKey.keys()) {
    if (!known.has(key)) issues.push({ path: `values.${key}`, message: 'This action has no such field' });
  }
  const captured: CapturedValue[] = [];
  for (const field of [...action.fields].sort((a, b) => a.position - b.position)) {
    const value = (byKey.get(field.key) ?? '').trim();
    const problem = fieldProblem(field, value);
    if (problem) issues.push({ path: `values.${field.key}`, message: problem });
    else if (value !== '') captured.push({ key: field.key, label: field.label, value });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return captured;
}

function fieldRows(input: CustomActionInput): Prisma.CustomActionFieldCreateWithoutActionInput[] {
  return input.fields.map((field, position) => ({
    key: field.key,
    label: field.label,
    type: field.type,
    required: field.required,
    placeholder: field.placeholder ?? null,
    maxLength: field.maxLength ?? null,
    options: field.options ?? [],
    position,
  }));
}

const withFields = { fields: { orderBy: { position: 'asc' } } } as const;

export class CustomActionService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  async create(actor: AgentViewer, input: CustomActionInput): Promise<ActionWithFields> {
    return this.prisma.$transaction(async (tx) => {
      const last = await tx.customAction.aggregate({
        where: { workspaceId: actor.workspaceId },
        _max: { position: true },
      });
      return tx.customAction.create({
        data: {
          workspaceId: actor.workspaceId,
          label: input.label,
          intent: input.intent,
          description: input.description,
          enabled: input.enabled,
          position: (last._max.position ?? -1) + 1,
          fields: { create: fieldRows(input) },
        },
        include: withFields,
      });
    });
  }

  /** Replaces the action's settings and its whole field list. */
  async update(actor: AgentViewer, actionId: string, input: CustomActionInput): Promise<ActionWithFields> {
    await this.find(actor.workspaceId, actionId);
    return this.prisma.$transaction(async (tx) => {
      await tx.customActionField.deleteMany({ where: { actionId } });
      return tx.customAction.update({
        where: { id: actionId },
        data: {
          label: input.label,
          intent: input.intent,
          description: input.description,
          enabled: input.enabled,
          fields: { create: fieldRows(input) },
        },
        include: withFields,
      });
    });
  }

  async setEnabled(actor: AgentViewer, actionId: string, enabled: boolean): Promise<ActionWithFields> {
    await this.find(actor.workspaceId, actionId);
    return this.prisma.customAction.update({ where: { id: actionId }, data: { enabled }, include: withFields });
  }

  async delete(actor: AgentViewer, actionId: string): Promise<ActionWithFields> {
    const action = await this.find(actor.workspaceId, actionId);
    await this.prisma.customAction.delete({ where: { id: actionId } });
    return action;
  }

  /** Sets the order of all the workspace's actions; `actionIds` must list each exactly once. */
  async reorder(actor: AgentViewer, actionIds: string[]): Promise<ActionWithFields[]> {
    const existing = await this.prisma.customAction.findMany({
      where: { workspaceId: actor.workspaceId },
      select: { id: true },
    });
    const known = new Set(existing.map((a) => a.id));
    if (
      actionIds.length !== known.size ||
      new Set(actionIds).size !== actionIds.length ||
      !actionIds.every((id) => known.has(id))
    ) {
      throw ValidationError.single('actionIds', "List each of the workspace's actions exactly once");
    }
    await this.prisma.$transaction(
      actionIds.map((id, position) => this.prisma.customAction.update({ where: { id }, data: { position } })),
    );
    return this.list(actor.workspaceId, false);
  }

  list(workspaceId: string, enabledOnly: boolean): Promise<ActionWithFields[]> {
    return this.prisma.customAction.findMany({
      where: { workspaceId, ...(enabledOnly && { enabled: true }) },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      include: withFields,
    });
  }

  /**
   * The enabled actions that hand the visitor to a person, in order, without their fields (what
   * the assistant offers: one query, where list() reads the fields too).
   */
  escalations(workspaceId: string): Promise<Pick<CustomAction, 'id' | 'label' | 'description'>[]> {
    return this.prisma.customAction.findMany({
      where: { workspaceId, enabled: true, intent: 'ESCALATE_TO_HUMAN' },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, label: true, description: true },
    });
  }

  /** An action of the workspace; other workspaces' actions are indistinguishable from missing ones. */
  async find(workspaceId: string, actionId: string): Promise<ActionWithFields> {
    const action = await this.prisma.customAction.findFirst({
      where: { id: actionId, workspaceId },
      include: withFields,
    });
    if (!action) throw new NotFoundError('Custom action');
    return action;
  }
}
