/** Tenant checks shared by type-level auth scopes: one workspace never sees another's data. */
import type { AgentViewer } from '../auth/viewer.js';
import { AuthenticationError } from '../errors.js';
import type { Context } from '../context.js';

/** A UUID no row has: lookups scoped to it match nothing (used for signed-out viewers). */
const nobody = '00000000-0000-0000-0000-000000000000';

export function viewerWorkspaceId(ctx: Context): string {
  return ctx.viewer.kind === 'agent' ? ctx.viewer.workspaceId : nobody;
}

export function inViewerWorkspace(workspaceId: string, ctx: Context): boolean {
  return ctx.viewer.kind === 'agent' && ctx.viewer.workspaceId === workspaceId;
}

/**
 * The viewer as an agent, for resolvers whose `authScopes` already required one
 * (this only narrows the type; it never grants anything).
 */
export function agentViewer(ctx: Context): AgentViewer {
  if (ctx.viewer.kind !== 'agent') throw new AuthenticationError();
  return ctx.viewer;
}
