/** Who is making a request. Computed once per HTTP request / WebSocket operation. */
import type { ApiScope } from '../domain/api-keys/scopes.js';
import type { AgentRole } from '../generated/prisma/enums.js';

export interface AnonymousViewer {
  kind: 'anonymous';
}

/** What an API key adds to its creator's viewer: it may use only the fields its scopes name. */
export interface ApiKeyGrant {
  id: string;
  scopes: readonly ApiScope[];
  /** After this the key is refused (checked again by each WebSocket operation); null: never. */
  expiresAt: Date | null;
}

/**
 * A team member: signed in with a password session, or acting through an API key they created
 * (the key can never do more than their current role allows).
 */
export type AgentViewer = AgentSessionViewer | AgentKeyViewer;

interface AgentViewerBase {
  kind: 'agent';
  agentId: string;
  workspaceId: string;
  role: AgentRole;
}

/** A password session (AgentSession row). */
export interface AgentSessionViewer extends AgentViewerBase {
  sessionId: string;
  apiKey: null;
}

/** An API key (ApiKey row), acting for the agent who created it. */
export interface AgentKeyViewer extends AgentViewerBase {
  sessionId: null;
  apiKey: ApiKeyGrant;
}

/** A website visitor, identified by the visitor token the widget keeps. */
export interface VisitorViewer {
  kind: 'visitor';
  visitorId: string;
  workspaceId: string;
  /** The widget session (VisitorSession row) the token names. */
  sessionId: string;
}

export type Viewer = AnonymousViewer | AgentViewer | VisitorViewer;

export const anonymous: AnonymousViewer = { kind: 'anonymous' };
