/** API keys (domain/api-keys/): owners and admins manage them from a signed-in session, never with a key. */
import { createApiKeyInput, type CreatedApiKey } from '../domain/api-keys/api-keys.js';
import { isApiScope } from '../domain/api-keys/scopes.js';
import { AuthenticationError, ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import { ApiScopeEnum } from './api-scope.js';
import { builder } from './builder.js';
import { idOf } from './ids.js';
import { inViewerWorkspace, sessionViewer, viewerWorkspaceId } from './scopes.js';

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  description: 'A key for programs to call the API with. Its secret is shown once, when it is created.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, workspaceId: viewerWorkspaceId(ctx) }),
  authScopes: (key, ctx) => inViewerWorkspace(key.workspaceId, ctx) && { adminSession: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for, as its creator named it.' }),
    prefix: t.string({
      description: 'The first characters of the key (`bk_` and 8 more), to tell keys apart.',
      resolve: (key) => `bk_${key.prefix}`,
    }),
    scopes: t.field({
      type: [ApiScopeEnum],
      description: "What the key may do (never more than its creator's current role allows).",
      resolve: (key) => key.scopes.filter(isApiScope),
    }),
    createdBy: t.relation('createdBy', {
      nullable: true,
      description: 'The member the key acts for; null once they are removed (the key is refused then).',
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a request last used the key (updated at most once a minute).',
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'Null: it does not expire.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked (refused from then on); null while usable.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

const CreateApiKeyInput = builder
  .inputType('CreateApiKeyInput', {
    description: 'A new API key: its name, scopes and optional expiry.',
    fields: (t) => ({
      name: t.string({ required: true, description: 'What the key is for, e.g. "CRM sync" (1–80 characters).' }),
      scopes: t.field({ type: [ApiScopeEnum], required: true, description: 'At least one.' }),
      expiresAt: t.field({ type: 'DateTime', description: 'Optional; must be in the future.' }),
    }),
  })
  .validate(createApiKeyInput);

const CreateApiKeyPayload = builder.objectRef<CreatedApiKey>('CreateApiKeyPayload').implement({
  description: 'A new key. `secret` is shown only here: store it now.',
  fields: (t) => ({
    apiKey: t.field({
      type: ApiKeyRef,
      description: 'The key as stored (without its secret).',
      resolve: (r) => r.apiKey,
    }),
    secret: t.exposeString('secret', {
      description:
        'The whole key, `bk_<prefix>_<secret>`: send it as `Authorization: Bearer <key>`. Never shown again.',
    }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaField({
    type: ['ApiKey'],
    description: "The workspace's API keys, newest first, revoked ones included (owner/admin, signed-in session).",
    authScopes: { adminSession: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where: { workspaceId: sessionViewer(ctx).workspaceId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: 'Create an API key acting for you with the given scopes (owner/admin, signed-in session).',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError] },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'Name, scopes and expiry.' }) },
    resolve: (_root, { input }, ctx) => ctx.services.apiKeys.create(sessionViewer(ctx), input),
  }),
  revokeApiKey: t.prismaField({
    type: 'ApiKey',
    description: 'Revoke a key at once: requests with it are refused and its open subscriptions end.',
    authScopes: { adminSession: true },
    errors: { types: [AuthenticationError, ForbiddenError, ValidationError, NotFoundError] },
    args: { apiKeyId: t.arg.id({ required: true, description: 'Global id of the key.' }) },
    resolve: (_q, _root, args, ctx) =>
      ctx.services.apiKeys.revoke(sessionViewer(ctx), idOf('ApiKey', args.apiKeyId, 'apiKeyId')),
  }),
}));
