/**
 * Revocation: what stops being valid when a session ends, an agent is deactivated or their role
 * changes, a workspace changes who may use it, or a visitor's token is revoked. Services emit it
 * (`access.revoked`, after commit); the access-revocation listener publishes it to every
 * instance through pub/sub, where graphql-ws ends the matching sockets' operations with a typed
 * error and closes them with 4403. HTTP needs nothing more: every request authenticates again.
 */
import type { Viewer } from './viewer.js';

export type Revocation =
  /** One agent session (log-out). */
  | { kind: 'agentSession'; sessionId: string }
  /** Every session of an agent (deactivation, role change: their open operations were authorised for the old role). */
  | { kind: 'agent'; agentId: string }
  /** Everything signed in to a workspace (agents and visitors), e.g. when it changes who may embed it. */
  | { kind: 'workspace'; workspaceId: string }
  /** Every widget session of one visitor. */
  | { kind: 'visitor'; visitorId: string }
  /** One widget session. */
  | { kind: 'visitorSession'; sessionId: string }
  /** Visitor sessions of a workspace opened from an origin it no longer allows. */
  | { kind: 'visitorOrigins'; workspaceId: string; allowedOrigins: string[] };

/** Whether a revocation ends what this viewer (on a socket opened from `origin`) is doing. */
export function revokes(revocation: Revocation, viewer: Viewer, origin: string | null): boolean {
  switch (revocation.kind) {
    case 'agentSession':
      return viewer.kind === 'agent' && viewer.sessionId === revocation.sessionId;
    case 'agent':
      return viewer.kind === 'agent' && viewer.agentId === revocation.agentId;
    case 'workspace':
      return viewer.kind !== 'anonymous' && viewer.workspaceId === revocation.workspaceId;
    case 'visitor':
      return viewer.kind === 'visitor' && viewer.visitorId === revocation.visitorId;
    case 'visitorSession':
      return viewer.kind === 'visitor' && viewer.sessionId === revocation.sessionId;
    case 'visitorOrigins':
      return (
        viewer.kind === 'visitor' &&
        viewer.workspaceId === revocation.workspaceId &&
        revocation.allowedOrigins.length > 0 &&
        (origin === null || !revocation.allowedOrigins.includes(origin))
      );
  }
}
