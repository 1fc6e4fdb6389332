/** Who is making a request. Computed once per HTTP request / WebSocket operation. */
import type { AgentRole } from '../generated/prisma/enums.js';

export interface AnonymousViewer {
  kind: 'anonymous';
}

export interface AgentViewer {
  kind: 'agent';
  agentId: string;
  workspaceId: string;
  role: AgentRole;
  sessionId: string;
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
