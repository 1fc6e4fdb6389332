/** `Workspace.onboarding`: the new workspace's checklist (owner/admin only), computed in domain/onboarding. */
import { onboardingSteps, onboardingStepIds, type OnboardingStep } from '../domain/onboarding/onboarding.js';
import { builder } from './builder.js';

const stepDescriptions: Record<OnboardingStep['id'], string> = {
  knowledge: 'Add knowledge: at least one knowledge document.',
  action: 'Create an action: a custom action beyond the "Talk to a human" one sign-up adds.',
  invite: 'Invite a teammate: an invitation was sent, or the team has a second member.',
  widget: 'Install the widget: a widget session was started on any site.',
  testChat: 'Send a test chat: a conversation has a visitor message.',
};

const OnboardingStepIdEnum = builder.enumType('OnboardingStepId', {
  description: 'One step of the onboarding checklist.',
  values: Object.fromEntries(
    onboardingStepIds.map((id) => [
      id.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(),
      { value: id, description: stepDescriptions[id] },
    ]),
  ) as Record<string, { value: OnboardingStep['id']; description: string }>,
});

const OnboardingStepRef = builder.objectRef<OnboardingStep>('OnboardingStep').implement({
  description: 'A checklist step and whether its real state exists now.',
  fields: (t) => ({
    id: t.field({ type: OnboardingStepIdEnum, description: 'Which step.', resolve: (s) => s.id }),
    done: t.exposeBoolean('done', { description: 'True while what the step asks for exists in the workspace.' }),
  }),
});

interface Onboarding {
  steps: OnboardingStep[];
}

const OnboardingRef = builder.objectRef<Onboarding>('Onboarding').implement({
  description: 'The checklist shown to owners and admins after sign-up; every step is read from the database.',
  fields: (t) => ({
    steps: t.field({
      type: [OnboardingStepRef],
      description: 'The steps, in checklist order.',
      resolve: (o) => o.steps,
    }),
    doneCount: t.int({ description: 'How many steps are done.', resolve: (o) => o.steps.filter((s) => s.done).length }),
    complete: t.boolean({ description: 'Every step is done.', resolve: (o) => o.steps.every((s) => s.done) }),
  }),
});

builder.prismaObjectFields('Workspace', (t) => ({
  onboarding: t.field({
    type: OnboardingRef,
    nullable: true,
    authScopes: { adminSession: true },
    description: "The onboarding checklist (owner/admin only), computed from the workspace's real state.",
    resolve: async (workspace, _args, ctx) => ({ steps: await onboardingSteps(ctx.prisma, workspace.id) }),
  }),
}));
