/** The team screen's vocabulary: roles as shown, and the rows of members and invitations. */
import type { AgentRole, InvitationEmailStatus, Presence } from '../gql/graphql';

export const roleLabel: Record<AgentRole, string> = { OWNER: 'Owner', ADMIN: 'Admin', AGENT: 'Agent' };
export const roleHelp = 'Admins manage the team and settings; agents answer conversations.';

export interface Member {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  active: boolean;
  presence: Presence;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: AgentRole;
  expiresAt: string;
  /** The link to copy (null for invitations made before links could be shown again). */
  url?: string | null;
  emailStatus: InvitationEmailStatus;
  emailError?: string | null;
  emailedAt?: string | null;
}

/** The invitation just made on the Team screen, with whether it was e-mailed. */
export interface LastInvite {
  email: string;
  url: string;
  expiresAt: string;
  emailStatus: InvitationEmailStatus;
  emailError: string | null;
}
