/**
 * The new workspace's onboarding checklist, computed from the database each time it is asked for
 * (nothing is stored: a step is done while its real state exists).
 *
 * - knowledge: at least one knowledge document.
 * - action: a custom action the team made. Sign-up seeds "Talk to a human" in the workspace's own
 *   create (same timestamp as the workspace), so only an action created later counts.
 * - invite: an invitation was sent (in any state) or the team has a second member.
 * - widget: a widget session was started for the workspace, from any origin.
 * - testChat: a conversation has a visitor message.
 */
import type { Database } from '../../db/database.js';

export const onboardingStepIds = ['knowledge', 'action', 'invite', 'widget', 'testChat'] as const;
export type OnboardingStepId = (typeof onboardingStepIds)[number];

export interface OnboardingStep {
  id: OnboardingStepId;
  done: boolean;
}

export async function onboardingSteps(prisma: Database['prisma'], workspaceId: string): Promise<OnboardingStep[]> {
  const { createdAt } = await prisma.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { createdAt: true },
  });
  const [knowledge, action, invitation, members, widget, testChat] = await Promise.all([
    prisma.knowledgeDocument.findFirst({ where: { workspaceId }, select: { id: true } }),
    prisma.customAction.findFirst({ where: { workspaceId, createdAt: { gt: createdAt } }, select: { id: true } }),
    prisma.invitation.findFirst({ where: { workspaceId }, select: { id: true } }),
    prisma.agent.count({ where: { workspaceId } }),
    prisma.visitorSession.findFirst({ where: { visitor: { workspaceId } }, select: { id: true } }),
    prisma.message.findFirst({
      where: { authorKind: 'VISITOR', conversation: { workspaceId } },
      select: { id: true },
    }),
  ]);
  const done: Record<OnboardingStepId, boolean> = {
    knowledge: knowledge != null,
    action: action != null,
    invite: invitation != null || members > 1,
    widget: widget != null,
    testChat: testChat != null,
  };
  return onboardingStepIds.map((id) => ({ id, done: done[id] }));
}
