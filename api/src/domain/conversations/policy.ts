/**
 * Who may do what with a conversation. The services enforce it, the schema exposes it as
 * `Conversation.viewerCan`, so no client re-derives a permission.
 */
import type { AgentViewer } from '../../auth/viewer.js';
import type { ConversationStatus } from '../../generated/prisma/enums.js';
import { isAdmin } from '../team/roles.js';
import { transitions, type Transition, type TransitionRule } from './ownership.js';

export interface OwnedConversation {
  status: ConversationStatus;
  assigneeId: string | null;
}

export interface Permissions {
  takeOver: boolean;
  release: boolean;
  reassign: boolean;
  handBack: boolean;
  resolve: boolean;
  /** Pick a resolved conversation up again, as its owner. */
  reopen: boolean;
  /** Write to the visitor (internal notes are open to every agent of the workspace). */
  reply: boolean;
}

/** Whether an assigned conversation's owner stands in the way: only they or an admin may act. */
export function ownerAllows(agent: AgentViewer, conversation: OwnedConversation): boolean {
  return conversation.status !== 'ASSIGNED' || conversation.assigneeId === agent.agentId || isAdmin(agent.role);
}

/** Whether the transition may be attempted by this agent (the UPDATE still decides races). */
export function may(agent: AgentViewer, transition: Transition, conversation: OwnedConversation): boolean {
  const rule = transitions[transition];
  return rule.from.includes(conversation.status) && guardAllows(agent, rule.guard, conversation);
}

export function guardAllows(
  agent: AgentViewer,
  guard: TransitionRule['guard'],
  conversation: OwnedConversation,
): boolean {
  switch (guard) {
    case 'anyAgent':
      return true;
    case 'admin':
      return isAdmin(agent.role);
    case 'ownerOrAdmin':
      return ownerAllows(agent, conversation);
    case 'system':
      return false;
  }
}

export function permissions(agent: AgentViewer, conversation: OwnedConversation): Permissions {
  return {
    takeOver: may(agent, 'takeOver', conversation),
    release: may(agent, 'release', conversation),
    reassign: may(agent, 'reassign', conversation),
    handBack: may(agent, 'handBack', conversation),
    resolve: may(agent, 'resolve', conversation),
    reopen: may(agent, 'reopen', conversation),
    reply: conversation.status === 'ASSIGNED' && conversation.assigneeId === agent.agentId,
  };
}
