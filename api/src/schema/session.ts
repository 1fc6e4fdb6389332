import { signInFor } from '../auth/sign-in.js';
import {
  AuthenticationError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidOperationError,
  RateLimitedError,
  ValidationError,
} from '../domain/errors.js';
import { guardLogIn } from '../limits/log-in.js';
import { logInInput, signUpInput, type SessionResult } from '../domain/team/team.js';
import { AgentRef } from './agent.js';
import { builder } from './builder.js';
import type { Context } from '../context.js';
import { sessionViewer } from './scopes.js';

/** Runs a sign-in; the rest of the request acts as the new agent session (auth/sign-in.ts). */
export function actAs(ctx: Context, work: () => Promise<SessionResult>): Promise<SessionResult> {
  return signInFor(ctx, work, (result) => ({
    kind: 'agent',
    agentId: result.agent.id,
    workspaceId: result.agent.workspaceId,
    role: result.agent.role,
    sessionId: result.sessionId,
    apiKey: null,
  }));
}

export const AuthPayloadRef = builder.objectRef<SessionResult>('AuthPayload').implement({
  description:
    'A new session. Send the token as `Authorization: Bearer <token>` (HTTP) or as `connectionParams.authorization` (WebSocket).',
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'The session token (a JWT). Keep it secret; it works until `expiresAt` or log-out.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When the session ends (`BATON_SESSION_TTL_HOURS` after sign-in); sign in again then.',
    }),
    agent: t.field({ type: AgentRef, description: 'The signed-in member.', resolve: (r) => r.agent }),
  }),
});

const SignUpInput = builder
  .inputType('SignUpInput', {
    description: 'A new workspace and its owner.',
    fields: (t) => ({
      workspaceName: t.string({ required: true, description: 'The company name (1–120 characters).' }),
      name: t.string({ required: true, description: "The owner's display name (1–120 characters)." }),
      email: t.string({ required: true, description: "The owner's sign-in email; must not have an account yet." }),
      password: t.string({
        required: true,
        description: 'At least 10 characters (at most 256), not a common or repetitive password.',
      }),
    }),
  })
  .validate(signUpInput);

const LogInInput = builder
  .inputType('LogInInput', {
    description: "A team member's credentials.",
    fields: (t) => ({
      email: t.string({ required: true, description: 'Sign-in email (case does not matter).' }),
      password: t.string({ required: true, description: 'The password (at most 256 characters).' }),
    }),
  })
  .validate(logInInput);

const LogOutPayload = builder.objectRef<{ ok: boolean }>('LogOutPayload').implement({
  description: 'The session has ended.',
  fields: (t) => ({ ok: t.exposeBoolean('ok', { description: 'Always true: the token no longer works.' }) }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: 'Agent',
    nullable: true,
    description: 'The signed-in agent, or null when signed out.',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer.kind === 'agent' ? ctx.prisma.agent.findUnique({ ...query, where: { id: ctx.viewer.agentId } }) : null,
  }),
);

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayloadRef,
    description: 'Create a workspace and its owner; returns a session.',
    errors: { types: [ValidationError, EmailTakenError, InvalidOperationError, RateLimitedError] },
    args: { input: t.arg({ type: SignUpInput, required: true, description: 'The workspace and its owner.' }) },
    resolve: (_root, { input }, ctx) =>
      actAs(ctx, async () => {
        await ctx.services.limits.consume(['signUp', ctx.clientIp]);
        return ctx.services.team.signUp(input);
      }),
  }),
  logIn: t.field({
    type: AuthPayloadRef,
    description:
      'Too many failed attempts for one email from one IP (or from one IP in all) answer RateLimitedError, even with the right password, until the block ends.',
    errors: { types: [ValidationError, InvalidCredentialsError, InvalidOperationError, RateLimitedError] },
    args: { input: t.arg({ type: LogInInput, required: true, description: 'Email and password.' }) },
    resolve: (_root, { input }, ctx) =>
      actAs(ctx, () =>
        guardLogIn(ctx.services.limits, input.email, ctx.clientIp, () => ctx.services.team.logIn(input)),
      ),
  }),
  logOut: t.field({
    type: LogOutPayload,
    description: 'End the current session; its token stops working everywhere.',
    authScopes: { session: true },
    errors: { types: [AuthenticationError] },
    resolve: async (_root, _args, ctx) => {
      await ctx.services.team.logOut(sessionViewer(ctx));
      return { ok: true };
    },
  }),
}));
