/**
 * Revocation: what stops being valid when a session ends, an API key is revoked, an agent is deactivated or their role
 * changes, a workspace changes who may use it, or a visitor's token is revoked. Services emit it
 * (`access.revoked`, after commit); the access-revocation listener publishes it to every
 * instance through pub/sub, where graphql-ws ends the matching sockets' operations with a typed
 * error and closes them with 4403. HTTP needs nothing more: every request authenticates again.
 */
import { GraphQLError } from 'graphql';
import type { Viewer } from './viewer.js';

export type Revocation =
  /** One agent session (log-out). */
  | { kind: 'agentSession'; sessionId: string }
  /** One API key (revoked); its creator's own sessions carry on. */
  | { kind: 'apiKey'; apiKeyId: string }
  /** Every session of an agent: deactivated, or their role changed (open operations were authorised for the old role). */
  | { kind: 'agent'; agentId: string; reason: 'DEACTIVATED' | 'ROLE_CHANGED' }
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
    case 'apiKey':
      return viewer.kind === 'agent' && viewer.apiKey?.id === revocation.apiKeyId;
    case 'agent':
      // The agent's API keys too: they act for the agent and never outlive their access.
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

/**
 * The error each ended operation gets. A session that ended is UNAUTHENTICATED (sign in again);
 * changed permissions are FORBIDDEN with reason PERMISSIONS_CHANGED (the session still works:
 * reconnect and subscribe again under the new role).
 */
export function revocationError(revocation: Revocation): GraphQLError {
  if (revocation.kind === 'agent' && revocation.reason === 'ROLE_CHANGED') {
    return new GraphQLError('Your role changed. Reconnect to continue with your new permissions.', {
      extensions: { code: 'FORBIDDEN', reason: 'PERMISSIONS_CHANGED' },
    });
  }
  if (revocation.kind === 'apiKey') {
    return new GraphQLError('This API key has been revoked.', {
      extensions: { code: 'UNAUTHENTICATED', reason: 'REVOKED' },
    });
  }
  if (revocation.kind === 'visitorOrigins') {
    return new GraphQLError('This website is not allowed to use this chat session.', {
      extensions: { code: 'UNAUTHENTICATED', reason: 'ORIGIN_NOT_ALLOWED' },
    });
  }
  return new GraphQLError('This session has ended. Sign in again.', {
    extensions: { code: 'UNAUTHENTICATED', reason: 'REVOKED' },
  });
}
