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

export const InvitationRef = builder.prismaNode('Invitation', {
  description: 'An invitation for someone to join the workspace as a team member.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (invitation, ctx) => inViewerWorkspace(invitation.workspaceId, ctx) && { adminSession: true },
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.expose('role', { type: AgentRoleEnum }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    invitedBy: t.relation('invitedBy', { nullable: true }),
  }),
});

const InvitationPayload = builder.objectRef<InvitationResult>('InvitationPayload').implement({
  fields: (t) => ({
    invitation: t.field({ type: InvitationRef, resolve: (r) => r.invitation }),
    token: t.exposeString('token', { description: 'The secret; shown only now.' }),
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
    email: t.exposeString('email'),
    role: t.expose('role', { type: AgentRoleEnum }),
    workspaceName: t.exposeString('workspaceName'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

const InviteAgentInput = builder
  .inputType('InviteAgentInput', {
    fields: (t) => ({
      email: t.string({ required: true }),
      role: t.field({ type: AgentRoleEnum, defaultValue: 'AGENT', description: 'ADMIN or AGENT.' }),
    }),
  })
  .validate(inviteInput);

const AcceptInvitationInput = builder
  .inputType('AcceptInvitationInput', {
    fields: (t) => ({
      token: t.string({ required: true }),
      name: t.string({ required: true }),
      password: t.string({ required: true }),
    }),
  })
  .validate(acceptInvitationInput);

builder.queryField('invitation', (t) =>
  t.field({
    type: InvitationPreview,
    description: 'Preview an invitation by its secret token (no sign-in needed).',
    errors: { types: [InvitationInvalidError] },
    args: { token: t.arg.string({ required: true }) },
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
    description: 'Invite someone by email; returns the link to send them (owner/admin only).',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, EmailTakenError] },
    args: { input: t.arg({ type: InviteAgentInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.team.invite(agentViewer(ctx), input),
  }),
  revokeInvitation: t.prismaField({
    type: 'Invitation',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, NotFoundError, InvitationInvalidError, ValidationError] },
    args: { invitationId: t.arg.id({ required: true }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.team.revokeInvitation(agentViewer(ctx), idOf('Invitation', args.invitationId, 'invitationId')),
  }),
  acceptInvitation: t.field({
    type: AuthPayloadRef,
    description: 'Join a workspace: set your name and password; returns a session.',
    errors: { types: [ValidationError, InvitationInvalidError, EmailTakenError, InvalidOperationError] },
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    resolve: (_root, { input }, ctx) => actAs(ctx, () => ctx.services.team.acceptInvitation(input)),
  }),
}));
