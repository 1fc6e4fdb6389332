import { AuthenticationError, ForbiddenError, ValidationError } from '../domain/errors.js';
import { updateWorkspaceInput } from '../domain/team/workspace.js';
import { builder } from './builder.js';
import { agentViewer, viewerWorkspaceId, workspaceMember } from './scopes.js';

export const WorkspaceRef = builder.prismaNode('Workspace', {
  description: 'A company using Baton: its team, settings, widget and conversations.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [{ id: viewerWorkspaceId(ctx) }] }),
  authScopes: (workspace, ctx) => workspaceMember(workspace.id, ctx, 'any'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The company name, shown to visitors in the widget.' }),
    publicKey: t.exposeString('publicKey', {
      description: 'The key the widget embeds (`data-workspace`). Public by design.',
    }),
    allowedOrigins: t.exposeStringList('allowedOrigins', {
      description: 'Origins allowed to embed the widget; empty means any origin.',
    }),
    responseTimeTargetSeconds: t.exposeInt('responseTimeTargetSeconds', {
      description:
        'Target, in seconds, from a handoff request to the first human reply; past it the conversation is marked breached (`responseTargetBreachedAt`).',
    }),
    identitySecret: t.exposeString('identitySecret', {
      nullable: true,
      authScopes: { adminSession: true },
      description:
        "The key the company's server signs visitor identities with (HMAC-SHA256; owner/admin only). Null until generated with `rotateIdentitySecret`. Keep it on your server.",
    }),
    identityVerificationRequired: t.exposeBoolean('identityVerificationRequired', {
      description: 'identifyVisitor refuses an externalId or email without a valid signature.',
    }),
    widgetSnippet: t.string({
      description: 'The `<script>` tag to paste into the company website.',
      resolve: (workspace, _args, ctx) => ctx.services.workspace.embedSnippet(workspace),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the workspace was created (sign-up).' }),
    agents: t.relatedConnection(
      'agents',
      {
        description: 'Team members, oldest first.',
        cursor: 'id',
        totalCount: true,
        args: {
          includeDeactivated: t.arg.boolean({
            defaultValue: true,
            description: 'False: only active members.',
          }),
        },
        query: (args) => ({
          where: args.includeDeactivated ? {} : { deactivatedAt: null },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      },
      { description: 'A page of team members.' },
      { description: 'A team member in a page of them.' },
    ),
    pendingInvitations: t.relatedConnection(
      'invitations',
      {
        description: 'Invitations not yet accepted, revoked or expired (owner/admin only).',
        cursor: 'id',
        totalCount: true,
        authScopes: { adminSession: true },
        query: () => ({
          where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
      },
      { description: 'A page of pending invitations, newest first.' },
      { description: 'A pending invitation in a page of them.' },
    ),
  }),
});

const UpdateWorkspaceInput = builder
  .inputType('UpdateWorkspaceInput', {
    description: 'Only the fields given change; null or omitted leaves a setting as it is.',
    fields: (t) => ({
      name: t.string({ description: 'The company name (1–120 characters).' }),
      responseTimeTargetSeconds: t.int({
        description: 'Seconds from a handoff request to the first human reply (30 s to 7 days).',
      }),
      allowedOrigins: t.stringList({
        description: 'e.g. `https://shop.example.com`. Empty list: any origin may embed the widget.',
      }),
      identityVerificationRequired: t.boolean({
        description:
          'Refuse visitor identities (externalId, email) without a valid signature. Needs an identity secret.',
      }),
    }),
  })
  .validate(updateWorkspaceInput);

builder.queryField('workspace', (t) =>
  t.prismaField({
    type: 'Workspace',
    description: "The signed-in agent's workspace.",
    authScopes: { member: 'any' },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.workspace.findUniqueOrThrow({ ...query, where: { id: agentViewer(ctx).workspaceId } }),
  }),
);

builder.mutationField('updateWorkspace', (t) =>
  t.prismaField({
    type: 'Workspace',
    description: 'Change workspace settings (owner/admin only).',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError] },
    args: { input: t.arg({ type: UpdateWorkspaceInput, required: true, description: 'The settings to change.' }) },
    resolve: (_q, _root, { input }, ctx) => ctx.services.workspace.update(agentViewer(ctx), input),
  }),
);

builder.mutationField('rotateIdentitySecret', (t) =>
  t.prismaField({
    type: 'Workspace',
    description:
      'Generate a new identity secret (owner/admin only). Signatures made with the previous one are refused from now on.',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError] },
    resolve: (_q, _root, _args, ctx) => ctx.services.workspace.rotateIdentitySecret(agentViewer(ctx)),
  }),
);
