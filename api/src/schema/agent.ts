import {
  AuthenticationError,
  ForbiddenError,
  InvalidOperationError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import { AgentRole } from '../generated/prisma/enums.js';
import { isAdmin } from '../domain/team/roles.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { agentViewer, viewerWorkspaceId, workspaceMember } from './scopes.js';

export const AgentRoleEnum = builder.enumType(AgentRole, {
  name: 'AgentRole',
  description: 'OWNER: one per workspace. ADMIN: manages team and settings. AGENT: answers conversations.',
  values: {
    OWNER: { description: 'Created the workspace; one per workspace. Everything an ADMIN may do.' },
    ADMIN: { description: 'Manages the team, settings and any conversation.' },
    AGENT: { description: 'Answers conversations: takes over, replies, releases, hands back and resolves their own.' },
  },
});

export const AgentRef = builder.prismaNode('Agent', {
  description: 'A team member of a workspace.',
  id: { field: 'id' },
  // Select mode: a relation such as `assignee { id }` loads only the columns its fields need —
  // never the password hash (each field below names what it reads).
  select: { id: true, workspaceId: true },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (agent, ctx) => workspaceMember(agent.workspaceId, ctx, 'conversations:read'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name, shown to visitors when this member joins a chat.' }),
    email: t.exposeString('email', { description: 'Sign-in email, lower-cased; unique across Baton.' }),
    role: t.expose('role', { type: AgentRoleEnum, description: 'What the member may do in the workspace.' }),
    isAdmin: t.boolean({
      description: 'Whether the member manages the team, settings and any conversation (OWNER or ADMIN).',
      select: { role: true },
      resolve: (agent) => isAdmin(agent.role),
    }),
    active: t.boolean({
      description: 'False once deactivated: the member can no longer sign in and their sessions have ended.',
      select: { deactivatedAt: true },
      resolve: (agent) => agent.deactivatedAt === null,
    }),
    deactivatedAt: t.expose('deactivatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the member was deactivated; null while active.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the member joined the workspace.' }),
    workspace: t.relation('workspace', { description: 'The workspace the member belongs to.' }),
  }),
});

const memberErrors = [AuthenticationError, ForbiddenError, ValidationError, NotFoundError, InvalidOperationError];

builder.mutationFields((t) => ({
  changeAgentRole: t.prismaField({
    type: 'Agent',
    description: 'Make a member ADMIN or AGENT (owner/admin only).',
    authScopes: { adminSession: true },
    errors: { types: memberErrors },
    args: {
      agentId: t.arg.id({ required: true, description: 'Global id of the member (not the owner).' }),
      role: t.arg({ type: AgentRoleEnum, required: true, description: 'ADMIN or AGENT (OWNER cannot be given).' }),
    },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.team.changeRole(agentViewer(ctx), idOf('Agent', args.agentId, 'agentId'), args.role),
  }),
  deactivateAgent: t.prismaField({
    type: 'Agent',
    description: 'Sign a member out everywhere and block their access (owner/admin only).',
    authScopes: { adminSession: true },
    errors: { types: memberErrors },
    args: { agentId: t.arg.id({ required: true, description: 'Global id of the member (not the owner).' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.team.deactivate(agentViewer(ctx), idOf('Agent', args.agentId, 'agentId')),
  }),
  reactivateAgent: t.prismaField({
    type: 'Agent',
    description: 'Restore a deactivated member (owner/admin only).',
    authScopes: { adminSession: true },
    errors: { types: memberErrors },
    args: { agentId: t.arg.id({ required: true, description: 'Global id of the deactivated member.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.team.reactivate(agentViewer(ctx), idOf('Agent', args.agentId, 'agentId')),
  }),
}));
