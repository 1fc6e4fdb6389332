/**
 * Workspaces' people: sign-up (a workspace and its owner), sessions, invitations, roles and
 * deactivation. Every write that touches more than one row runs in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { randomSecret, sha256, TokenError, type AgentSessionClaims } from '../../auth/tokens.js';
import { invitationToken, invitationUrl, linkOf, mailInvitation } from './invitation-mail.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { AgentSessionViewer, AgentViewer } from '../../auth/viewer.js';
import {
  EmailTakenError,
  ForbiddenError,
  InvalidCredentialsError,
  InvalidOperationError,
  InvitationInvalidError,
  NotFoundError,
} from '../errors.js';
import type { Agent, Invitation, Workspace } from '../../generated/prisma/client.js';
import { AgentRole } from '../../generated/prisma/enums.js';
import type { ServiceDeps } from '../deps.js';
import { emailSchema, passwordSchema, personNameSchema } from '../validation.js';

export const signUpInput = z.object({
  workspaceName: z.string().trim().min(1, 'Name your workspace').max(120, 'Use at most 120 characters'),
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const logInInput = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(256),
});

export const inviteInput = z.object({
  email: emailSchema,
  role: z.enum([AgentRole.ADMIN, AgentRole.AGENT]),
});

export const acceptInvitationInput = z.object({
  token: z.string().min(1, 'The invitation token is missing').max(200),
  name: personNameSchema,
  password: passwordSchema,
});

export interface SessionResult {
  sessionId: string;
  token: string;
  expiresAt: Date;
  agent: Agent;
}

export interface InvitationResult {
  invitation: Invitation;
  token: string;
  url: string;
}

export interface ResolvedSession {
  agentId: string;
  workspaceId: string;
  role: AgentRole;
  sessionId: string;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export class TeamService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  async signUp(input: z.output<typeof signUpInput>): Promise<SessionResult & { workspace: Workspace }> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.prisma.$transaction(async (tx) => {
        if (await tx.agent.findUnique({ where: { email: input.email }, select: { id: true } })) {
          throw new EmailTakenError(input.email);
        }
        const workspace = await tx.workspace.create({
          data: {
            name: input.workspaceName,
            publicKey: `pk_${randomSecret(12)}`,
            assistantSettings: { create: {} },
            // Works out of the box: visitors can always ask for a person.
            customActions: {
              create: {
                label: 'Talk to a human',
                intent: 'ESCALATE_TO_HUMAN',
                description:
                  'Offer this when the visitor asks for a person or the documents do not answer the question.',
                position: 0,
              },
            },
          },
        });
        const agent = await tx.agent.create({
          data: {
            workspaceId: workspace.id,
            name: input.name,
            email: input.email,
            passwordHash,
            role: AgentRole.OWNER,
          },
        });
        const session = await this.createSession(tx, agent);
        return { ...session, workspace };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(input.email);
      throw error;
    }
  }

  async logIn(input: z.output<typeof logInInput>): Promise<SessionResult> {
    const agent = await this.prisma.agent.findUnique({ where: { email: input.email } });
    if (!agent) {
      await burnPasswordCheck(input.password);
      throw new InvalidCredentialsError();
    }
    const ok = await verifyPassword(agent.passwordHash, input.password);
    if (!ok || agent.deactivatedAt) throw new InvalidCredentialsError();
    return this.createSession(this.prisma, agent);
  }

  async logOut(viewer: AgentSessionViewer): Promise<void> {
    await this.prisma.agentSession.updateMany({
      where: { id: viewer.sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    this.deps.events.emit('access.revoked', { kind: 'agentSession', sessionId: viewer.sessionId });
  }

  /**
   * Checks a verified agent token's session: revocation, expiry, deactivation. One statement:
   * the session joined to its agent (Prisma's relationJoins).
   */
  async resolveSession(claims: AgentSessionClaims): Promise<ResolvedSession> {
    const session = await this.prisma.agentSession.findUnique({
      where: { id: claims.sid },
      include: { agent: { select: { id: true, workspaceId: true, role: true, deactivatedAt: true } } },
    });
    if (!session || session.agentId !== claims.sub) throw new TokenError('INVALID');
    if (session.revokedAt || session.agent.deactivatedAt) throw new TokenError('REVOKED');
    if (session.expiresAt.getTime() <= Date.now()) throw new TokenError('EXPIRED');
    return {
      agentId: session.agent.id,
      workspaceId: session.agent.workspaceId,
      role: session.agent.role,
      sessionId: session.id,
    };
  }

  async invite(actor: AgentViewer, input: z.output<typeof inviteInput>): Promise<InvitationResult> {
    if (await this.prisma.agent.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new EmailTakenError(input.email);
    }
    const id = randomUUID();
    const token = invitationToken(this.deps, id);
    const created = await this.prisma.invitation.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        email: input.email,
        role: input.role,
        tokenHash: sha256(token),
        invitedById: actor.agentId,
        expiresAt: new Date(Date.now() + this.deps.config.invitationTtlSeconds * 1000),
      },
      include: { workspace: { select: { name: true } }, invitedBy: { select: { name: true } } },
    });
    const { workspace, invitedBy, ...invitation } = created;
    const url = invitationUrl(this.deps, token);
    const mailed = await mailInvitation(this.deps, invitation, {
      ...invitation,
      workspaceName: workspace.name,
      inviterName: invitedBy?.name ?? null,
      url,
    });
    return { invitation: mailed, token, url };
  }

  /** E-mails a pending invitation's link again (SMTP must be set up). */
  async resendInvitation(actor: AgentViewer, invitationId: string): Promise<Invitation> {
    const found = await this.prisma.invitation.findFirst({
      where: { id: invitationId, workspaceId: actor.workspaceId },
      include: { workspace: { select: { name: true } }, invitedBy: { select: { name: true } } },
    });
    if (!found) throw new NotFoundError('Invitation');
    const { workspace, invitedBy, ...invitation } = found;
    if (invitation.acceptedAt) throw new InvitationInvalidError('ALREADY_ACCEPTED');
    if (invitation.revokedAt) throw new InvitationInvalidError('REVOKED');
    if (invitation.expiresAt.getTime() <= Date.now()) throw new InvitationInvalidError('EXPIRED');
    if (!this.deps.mailer.configured) {
      throw new InvalidOperationError('No mail server is set up (SMTP_URL): copy the link and send it yourself.');
    }
    const url = linkOf(this.deps, invitation);
    if (!url)
      throw new InvalidOperationError('This invitation was made before links could be sent again: invite them anew.');
    return mailInvitation(this.deps, invitation, {
      ...invitation,
      workspaceName: workspace.name,
      inviterName: invitedBy?.name ?? null,
      url,
    });
  }

  /** The invitation's link, for admins to copy at any time (null for old invitations). */
  invitationLink(invitation: Invitation): string | null {
    return linkOf(this.deps, invitation);
  }

  async revokeInvitation(actor: AgentViewer, invitationId: string): Promise<Invitation> {
    const invitation = await this.prisma.invitation.findFirst({
      where: { id: invitationId, workspaceId: actor.workspaceId },
    });
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.acceptedAt) throw new InvitationInvalidError('ALREADY_ACCEPTED');
    if (invitation.revokedAt) return invitation;
    return this.prisma.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
  }

  /** Looks an invitation up by its secret (for the accept screen) without consuming it. */
  async findInvitation(token: string): Promise<Invitation> {
    const invitation = await this.prisma.invitation.findUnique({ where: { tokenHash: sha256(token) } });
    if (!invitation) throw new InvitationInvalidError('NOT_FOUND');
    if (invitation.acceptedAt) throw new InvitationInvalidError('ALREADY_ACCEPTED');
    if (invitation.revokedAt) throw new InvitationInvalidError('REVOKED');
    if (invitation.expiresAt.getTime() <= Date.now()) throw new InvitationInvalidError('EXPIRED');
    return invitation;
  }

  async acceptInvitation(input: z.output<typeof acceptInvitationInput>): Promise<SessionResult> {
    const invitation = await this.findInvitation(input.token);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.prisma.$transaction(async (tx) => {
        // Consume the invitation with a conditional update so two concurrent accepts cannot both win.
        const consumed = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
          data: { acceptedAt: new Date() },
        });
        if (consumed.count !== 1) throw new InvitationInvalidError('ALREADY_ACCEPTED');
        if (await tx.agent.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
          throw new EmailTakenError(invitation.email);
        }
        const agent = await tx.agent.create({
          data: {
            workspaceId: invitation.workspaceId,
            name: input.name,
            email: invitation.email,
            passwordHash,
            role: invitation.role,
          },
        });
        return this.createSession(tx, agent);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(invitation.email);
      throw error;
    }
  }

  async changeRole(actor: AgentViewer, agentId: string, role: AgentRole): Promise<Agent> {
    const target = await this.memberOf(actor, agentId);
    if (role === AgentRole.OWNER) {
      throw new InvalidOperationError('A workspace has exactly one owner; the owner role cannot be given.');
    }
    if (target.role === AgentRole.OWNER) throw new ForbiddenError("The owner's role cannot be changed.");
    if (target.id === actor.agentId) throw new InvalidOperationError('You cannot change your own role.');
    if (target.role === role) return target;
    const updated = await this.prisma.agent.update({ where: { id: target.id }, data: { role } });
    // Their open subscriptions were authorised for the old role.
    this.deps.events.emit('access.revoked', { kind: 'agent', agentId: target.id, reason: 'ROLE_CHANGED' });
    return updated;
  }

  async deactivate(actor: AgentViewer, agentId: string): Promise<Agent> {
    const target = await this.memberOf(actor, agentId);
    if (target.role === AgentRole.OWNER) throw new ForbiddenError('The owner cannot be deactivated.');
    if (target.id === actor.agentId) throw new InvalidOperationError('You cannot deactivate yourself.');
    if (target.deactivatedAt) return target;
    const now = new Date();
    const deactivated = await this.prisma.$transaction(async (tx) => {
      await tx.agentSession.updateMany({ where: { agentId: target.id, revokedAt: null }, data: { revokedAt: now } });
      return tx.agent.update({ where: { id: target.id }, data: { deactivatedAt: now } });
    });
    this.deps.events.emit('access.revoked', { kind: 'agent', agentId: target.id, reason: 'DEACTIVATED' });
    return deactivated;
  }

  async reactivate(actor: AgentViewer, agentId: string): Promise<Agent> {
    const target = await this.memberOf(actor, agentId);
    if (!target.deactivatedAt) return target;
    return this.prisma.agent.update({ where: { id: target.id }, data: { deactivatedAt: null } });
  }

  private async memberOf(actor: AgentViewer, agentId: string): Promise<Agent> {
    const agent = await this.prisma.agent.findFirst({ where: { id: agentId, workspaceId: actor.workspaceId } });
    if (!agent) throw new NotFoundError('Agent');
    return agent;
  }

  private async createSession(db: Pick<ServiceDeps['prisma'], 'agentSession'>, agent: Agent): Promise<SessionResult> {
    const expiresAt = new Date(Date.now() + this.deps.config.sessionTtlSeconds * 1000);
    const session = await db.agentSession.create({ data: { agentId: agent.id, expiresAt } });
    const token = await this.deps.tokens.signAgentSession({ sub: agent.id, sid: session.id }, expiresAt);
    return { sessionId: session.id, token, expiresAt, agent };
  }
}
