/**
 * The scopes an API key can hold — the one home of their names. Each field of the GraphQL API
 * names the scope a key needs for it (schema/builder.ts `member` / `manager` auth scopes); a
 * password session holds every scope its role allows.
 */
import { z } from 'zod';

export const apiScopes = [
  'conversations:read',
  'conversations:write',
  'messages:write',
  'actions:manage',
  'knowledge:manage',
  'usage:read',
  'webhooks:manage',
] as const;

export type ApiScope = (typeof apiScopes)[number];

export const apiScopeSchema = z.enum(apiScopes);

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === 'string' && (apiScopes as readonly string[]).includes(value);
}

/** GraphQL enum value name of a scope: `conversations:read` ↔ `CONVERSATIONS_READ`. */
export function scopeEnumName(scope: ApiScope): string {
  return scope.replace(':', '_').toUpperCase();
}
