import {
  AuthenticationError,
  EmailTakenError,
  ForbiddenError,
  InvalidOperationError,
  InvitationInvalidError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import { acceptInvitationInput, inviteInput, type InvitationResult } from '../domain/team/team.js';
import { AgentRoleEnum } from './agent.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { actAs, AuthPayloadRef } from './session.js';
import { agentViewer, inViewerWorkspace, viewerWorkspaceId } from './scopes.js';

const InvitationEmailStatusEnum = builder.enumType('InvitationEmailStatus', {
  description: 'Whether an invitation was e-mailed.',
  values: {
    NOT_CONFIGURED: { description: 'No mail server is set up (`SMTP_URL`): the link is sent by hand.' },
    SENT: { description: 'The mail server accepted the e-mail.' },
    FAILED: { description: 'The mail server refused it or did not answer in time (see `emailError`).' },
  } as const,
});

export const InvitationRef = builder.prismaNode('Invitation', {
  description: 'An invitation for someone to join the workspace as a team member.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (invitation, ctx) => inViewerWorkspace(invitation.workspaceId, ctx) && { adminSession: true },
  fields: (t) => ({
    email: t.exposeString('email', { description: 'Who was invited (lower-cased).' }),
    role: t.expose('role', { type: AgentRoleEnum, description: 'The role the invitee gets on joining.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'After this the link no longer works (`BATON_INVITATION_TTL_HOURS` after sending).',
    }),
    acceptedAt: t.expose('acceptedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the invitee joined; null until then.',
    }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When an owner or admin revoked it; null if not revoked.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    invitedBy: t.relation('invitedBy', {
      nullable: true,
      description: 'Who sent it; null when that member no longer exists.',
    }),
    url: t.string({
      nullable: true,
      description:
        'The link to send to the invitee, available at any time (owner/admin); null for an invitation made before links could be shown again.',
      resolve: (invitation, _args, ctx) => ctx.services.team.invitationLink(invitation),
    }),
    emailStatus: t.expose('emailStatus', {
      type: InvitationEmailStatusEnum,
      description: 'Whether Baton e-mailed the link (needs `SMTP_URL`).',
    }),
    emailError: t.exposeString('emailError', {
      nullable: true,
      description: 'Why the last e-mail failed (the mail server refused it or did not answer in time).',
    }),
    emailedAt: t.expose('emailedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the link was last e-mailed.',
    }),
  }),
});

const InvitationPayload = builder.objectRef<InvitationResult>('InvitationPayload').implement({
  description:
    'A new invitation with its link (also `Invitation.url` later) and whether it was e-mailed (`invitation.emailStatus`).',
  fields: (t) => ({
    invitation: t.field({
      type: InvitationRef,
      description: 'The invitation as stored.',
      resolve: (r) => r.invitation,
    }),
    token: t.exposeString('token', { description: 'The secret of the link.' }),
    url: t.exposeString('url', { description: 'The link to send to the invitee.' }),
  }),
});

interface InvitationPreviewShape {
  email: string;
  role: 'OWNER' | 'ADMIN' | 'AGENT';
  workspaceName: string;
  expiresAt: Date;
}

const InvitationPreview = builder.objectRef<InvitationPreviewShape>('InvitationPreview').implement({
  description: 'What the accept-invitation screen shows before the invitee sets a password.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The invited email; the new account gets it.' }),
    role: t.expose('role', { type: AgentRoleEnum, description: 'The role the invitee will have.' }),
    workspaceName: t.exposeString('workspaceName', { description: 'The workspace the invitation is for.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'The link works until then.' }),
  }),
});

const InviteAgentInput = builder
  .inputType('InviteAgentInput', {
    description: 'Who to invite, and as what.',
    fields: (t) => ({
      email: t.string({ required: true, description: 'Their email; must not have a Baton account yet.' }),
      role: t.field({ type: AgentRoleEnum, defaultValue: 'AGENT', description: 'ADMIN or AGENT.' }),
    }),
  })
  .validate(inviteInput);

const AcceptInvitationInput = builder
  .inputType('AcceptInvitationInput', {
    description: "The invitation secret and the new member's name and password.",
    fields: (t) => ({
      token: t.string({ required: true, description: 'The secret from the invitation link.' }),
      name: t.string({ required: true, description: 'Display name (1–120 characters).' }),
      password: t.string({
        required: true,
        description: 'At least 10 characters (at most 256), not a common or repetitive password.',
      }),
    }),
  })
  .validate(acceptInvitationInput);

builder.queryField('invitation', (t) =>
  t.field({
    type: InvitationPreview,
    description: 'Preview an invitation by its secret token (no sign-in needed).',
    errors: { types: [InvitationInvalidError] },
    args: { token: t.arg.string({ required: true, description: 'The secret from the invitation link.' }) },
    resolve: async (_root, { token }, ctx) => {
      const invitation = await ctx.services.team.findInvitation(token);
      const workspace = await ctx.prisma.workspace.findUniqueOrThrow({ where: { id: invitation.workspaceId } });
      return { ...invitation, workspaceName: workspace.name };
    },
  }),
);

builder.mutationFields((t) => ({
  inviteAgent: t.field({
    type: InvitationPayload,
    description:
      'Invite someone by email (owner/admin only): returns the link, e-mailed to them when SMTP is set up. A refused or timed-out e-mail does not undo the invitation: see `invitation.emailStatus`.',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, EmailTakenError] },
    args: { input: t.arg({ type: InviteAgentInput, required: true, description: 'Who to invite.' }) },
    resolve: (_root, { input }, ctx) => ctx.services.team.invite(agentViewer(ctx), input),
  }),
  revokeInvitation: t.prismaField({
    type: 'Invitation',
    description:
      'Make a pending invitation unusable (owner/admin only); returns it with `revokedAt` set. Revoking twice is harmless; an accepted one answers InvitationInvalidError.',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, NotFoundError, InvitationInvalidError, ValidationError] },
    args: { invitationId: t.arg.id({ required: true, description: 'Global id of the invitation.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.team.revokeInvitation(agentViewer(ctx), idOf('Invitation', args.invitationId, 'invitationId')),
  }),
  resendInvitation: t.prismaField({
    type: 'Invitation',
    description:
      'E-mail a pending invitation’s link again (owner/admin; needs `SMTP_URL`). A refused send is recorded on the invitation (`emailStatus: FAILED`), not an error.',
    authScopes: { adminSession: true },
    errors: {
      types: [
        AuthenticationError,
        ForbiddenError,
        NotFoundError,
        InvitationInvalidError,
        InvalidOperationError,
        ValidationError,
      ],
    },
    args: { invitationId: t.arg.id({ required: true, description: 'Global id of the invitation.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.team.resendInvitation(agentViewer(ctx), idOf('Invitation', args.invitationId, 'invitationId')),
  }),
  acceptInvitation: t.field({
    type: AuthPayloadRef,
    description: 'Join a workspace: set your name and password; returns a session.',
    errors: { types: [ValidationError, InvitationInvalidError, EmailTakenError, InvalidOperationError] },
    args: {
      input: t.arg({ type: AcceptInvitationInput, required: true, description: 'Token, name and password.' }),
    },
    resolve: (_root, { input }, ctx) => actAs(ctx, () => ctx.services.team.acceptInvitation(input)),
  }),
}));
