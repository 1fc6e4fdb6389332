/**
 * API keys: an owner or admin creates a key with a name and scopes for programs (a CRM, an
 * analytics job) to call the API as `Authorization: Bearer bk_<prefix>_<secret>`. The key acts
 * for the agent who created it and never does more than that agent's current role allows
 * (schema/builder.ts checks scopes and role on every field).
 *
 * Stored: the 8-character prefix in clear (to find the row and tell keys apart) and SHA-256 of
 * the whole key — the secret is 32 random bytes, so a fast hash is enough (a slow password hash
 * protects guessable secrets, and there is nothing to guess here). The secret is shown once.
 * `lastUsedAt` is written at most once a minute per key. Revoking emits `access.revoked`, which
 * ends the key's open WebSockets on every instance.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { randomSecret, sha256, TokenError } from '../../auth/tokens.js';
import type { AgentKeyViewer, AgentSessionViewer } from '../../auth/viewer.js';
import type { ApiKey } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { apiScopeSchema, isApiScope } from './scopes.js';

/** What a request with an expired key gets (HTTP, a socket's operation, and an open socket at expiry). */
export const keyExpired = () => new TokenError('EXPIRED', 'This API key has expired.');

/** How often a key's `lastUsedAt` is written at most. */
export const lastUsedResolutionMs = 60_000;

const keyPattern = /^bk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** Whether a bearer token looks like an API key (agent and visitor tokens are JWTs: `eyJ…`). */
export function isApiKeyToken(token: string): boolean {
  return token.startsWith('bk_');
}

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, 'Name the key').max(80, 'Use at most 80 characters'),
  scopes: z
    .array(apiScopeSchema)
    .min(1, 'Choose at least one scope')
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z
    .date()
    .nullish()
    .refine((at) => !at || at.getTime() > Date.now(), 'Choose a moment in the future, or no expiry')
    .transform((at) => at ?? null),
});

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The whole key, `bk_<prefix>_<secret>`: returned once, never stored. */
  secret: string;
}

export class ApiKeyService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(actor: AgentSessionViewer, input: z.output<typeof createApiKeyInput>): Promise<CreatedApiKey> {
    for (let attempt = 0; ; attempt++) {
      const prefix = randomBytes(4).toString('hex');
      const secret = `bk_${prefix}_${randomSecret(32)}`;
      try {
        const apiKey = await this.deps.prisma.apiKey.create({
          data: {
            workspaceId: actor.workspaceId,
            name: input.name,
            prefix,
            secretHash: sha256(secret),
            scopes: input.scopes,
            createdById: actor.agentId,
            expiresAt: input.expiresAt,
          },
        });
        return { apiKey, secret };
      } catch (error) {
        // Two keys with the same random prefix (1 in 4 billion): draw again.
        if (attempt < 3 && (error as { code?: unknown }).code === 'P2002') continue;
        throw error;
      }
    }
  }

  /** The workspace's keys, newest first (revoked ones included: they show when they ended). */
  list(workspaceId: string): Promise<ApiKey[]> {
    return this.deps.prisma.apiKey.findMany({
      where: { workspaceId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /** Ends a key at once: requests with it are refused, its open WebSockets close (every instance). */
  async revoke(actor: AgentSessionViewer, id: string): Promise<ApiKey> {
    const key = await this.deps.prisma.apiKey.findFirst({ where: { id, workspaceId: actor.workspaceId } });
    if (!key) throw new NotFoundError('ApiKey');
    if (key.revokedAt) return key;
    const revoked = await this.deps.prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    this.deps.events.emit('access.revoked', { kind: 'apiKey', apiKeyId: id });
    return revoked;
  }

  /**
   * The viewer a presented key acts as: its creator, with the key's scopes. Throws TokenError
   * for a malformed, unknown, revoked or expired key, or one whose creator left or was deactivated.
   */
  async resolve(token: string): Promise<AgentKeyViewer> {
    const match = keyPattern.exec(token);
    if (!match) throw new TokenError('INVALID', 'The API key is not valid.');
    const key = await this.deps.prisma.apiKey.findUnique({
      where: { prefix: match[1]! },
      include: { createdBy: { select: { id: true, workspaceId: true, role: true, deactivatedAt: true } } },
    });
    if (!key || !sameHash(key.secretHash, sha256(token))) throw new TokenError('INVALID', 'The API key is not valid.');
    if (key.revokedAt) throw new TokenError('REVOKED', 'This API key has been revoked.');
    const now = Date.now();
    if (key.expiresAt && key.expiresAt.getTime() <= now) throw keyExpired();
    const agent = key.createdBy;
    if (!agent || agent.deactivatedAt || agent.workspaceId !== key.workspaceId) {
      throw new TokenError('REVOKED', 'The team member who created this API key no longer has access.');
    }
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() >= lastUsedResolutionMs) await this.touch(key.id, now);
    return {
      kind: 'agent',
      agentId: agent.id,
      workspaceId: key.workspaceId,
      role: agent.role,
      sessionId: null,
      apiKey: { id: key.id, scopes: key.scopes.filter(isApiScope), expiresAt: key.expiresAt },
    };
  }

  /** Records use; the condition keeps concurrent requests (or instances) to one write a minute. */
  private async touch(id: string, now: number): Promise<void> {
    await this.deps.prisma.apiKey.updateMany({
      where: {
        id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - lastUsedResolutionMs + 1) } }],
      },
      data: { lastUsedAt: new Date(now) },
    });
  }
}

function sameHash(stored: string, presented: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(presented, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
