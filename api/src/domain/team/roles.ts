/** Roles: the one place that says what OWNER, ADMIN and AGENT may manage. */
import type { AgentRole } from '../../generated/prisma/enums.js';

/** Owners and admins manage the team, settings, knowledge, and any conversation. */
export function isAdmin(role: AgentRole): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}
