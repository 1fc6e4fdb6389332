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

export type Viewer = AnonymousViewer | AgentViewer;

export const anonymous: AnonymousViewer = { kind: 'anonymous' };

export function isAdmin(viewer: Viewer): viewer is AgentViewer {
  return viewer.kind === 'agent' && (viewer.role === 'OWNER' || viewer.role === 'ADMIN');
}
