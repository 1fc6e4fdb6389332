/** Tenant checks shared by type-level auth scopes: one workspace never sees another's data. */
import type { AgentSessionViewer, AgentViewer, VisitorViewer } from '../auth/viewer.js';
import type { ApiScope } from '../domain/api-keys/scopes.js';
import { AuthenticationError } from '../domain/errors.js';
import type { Context } from '../context.js';

/** A UUID no row has: lookups scoped to it match nothing (used for signed-out viewers). */
const nobody = '00000000-0000-0000-0000-000000000000';

export function viewerWorkspaceId(ctx: Context): string {
  return ctx.viewer.kind === 'agent' ? ctx.viewer.workspaceId : nobody;
}

/** The workspace of an agent or visitor viewer; matches nothing for signed-out viewers. */
export function participantWorkspaceId(ctx: Context): string {
  return ctx.viewer.kind === 'anonymous' ? nobody : ctx.viewer.workspaceId;
}

export function inViewerWorkspace(workspaceId: string, ctx: Context): boolean {
  return ctx.viewer.kind === 'agent' && ctx.viewer.workspaceId === workspaceId;
}

/**
 * Type-level auth of workspace data: an agent of its workspace, and for an API key the scope
 * (`node(id:)` reaches types without any root field's check, so the type checks it too).
 */
export function workspaceMember(
  workspaceId: string,
  ctx: Context,
  scope: ApiScope | 'any',
): false | { member: ApiScope | 'any' } {
  return inViewerWorkspace(workspaceId, ctx) && { member: scope };
}

/**
 * The viewer as an agent, for resolvers whose `authScopes` already required one
 * (this only narrows the type; it never grants anything).
 */
export function agentViewer(ctx: Context): AgentViewer {
  if (ctx.viewer.kind !== 'agent') throw new AuthenticationError();
  return ctx.viewer;
}

/** The viewer as an agent with a password session, for resolvers whose `authScopes` required one. */
export function sessionViewer(ctx: Context): AgentSessionViewer {
  if (ctx.viewer.kind !== 'agent' || ctx.viewer.apiKey !== null) throw new AuthenticationError();
  return ctx.viewer;
}

/** The viewer as a visitor, for resolvers whose `authScopes` required one. */
export function visitorViewer(ctx: Context): VisitorViewer {
  if (ctx.viewer.kind !== 'visitor') throw new AuthenticationError();
  return ctx.viewer;
}

/** The viewer as an agent or a visitor (conversation participants). */
export function participant(ctx: Context): AgentViewer | VisitorViewer {
  if (ctx.viewer.kind === 'anonymous') throw new AuthenticationError();
  return ctx.viewer;
}

/** Whether the viewer may see a conversation: its workspace's agents, or its own visitor. */
export function canSeeConversation(conversation: { workspaceId: string; visitorId: string }, ctx: Context): boolean {
  return (
    inViewerWorkspace(conversation.workspaceId, ctx) ||
    (ctx.viewer.kind === 'visitor' && ctx.viewer.visitorId === conversation.visitorId)
  );
}
