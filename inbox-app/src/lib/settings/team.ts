/** The team screen's vocabulary: roles as shown, and the rows of members and invitations. */
import type { AgentRole } from '../gql/graphql';

export const roleLabel: Record<AgentRole, string> = { OWNER: 'Owner', ADMIN: 'Admin', AGENT: 'Agent' };
export const roleHelp = 'Admins manage the team and settings; agents answer conversations.';

export interface Member {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  active: boolean;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: AgentRole;
  expiresAt: string;
}
