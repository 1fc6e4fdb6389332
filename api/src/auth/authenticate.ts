/**
 * Turns the credentials of a request (HTTP `Authorization` header or WebSocket
 * `connectionParams`: an agent session token, an API key `bk_…`, or a visitor token) into a Viewer. No credentials: anonymous. Bad credentials: an
 * UNAUTHENTICATED error for the whole request, never a silent downgrade to anonymous.
 */
import { GraphQLError } from 'graphql';
import { isApiKeyToken, keyExpired } from '../domain/api-keys/api-keys.js';
import type { Services } from '../domain/index.js';
import { TokenError, type TokenService } from './tokens.js';
import { anonymous, type Viewer } from './viewer.js';

/** Extracts the token from `Bearer <token>` (or a bare token, as some WebSocket clients send). */
export function bearerToken(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(trimmed);
  return match ? match[1]!.trim() : trimmed;
}

/** `connectionParams.authorization` ("Bearer …"), or `token` / `visitorToken` as a bare token. */
export function tokenFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  return bearerToken(params.authorization ?? params.Authorization ?? params.token ?? params.visitorToken);
}

/** What a request presents: its token, and the Origin of the page that sent it (visitor tokens are checked against the workspace's allowed origins). */
export interface Credentials {
  token: string | undefined;
  origin: string | null;
}

export async function authenticate(
  services: Services,
  tokens: TokenService,
  credentials: Credentials,
): Promise<Viewer> {
  const { token, origin } = credentials;
  if (token === undefined) return anonymous;
  if (isApiKeyToken(token)) return services.apiKeys.resolve(token);
  const claims = await tokens.verify(token);
  if (claims.typ === 'visitor') {
    await services.visitorSessions.check(claims, origin);
    return { kind: 'visitor', visitorId: claims.sub, workspaceId: claims.wid, sessionId: claims.sid };
  }
  return { kind: 'agent', ...(await services.team.resolveSession(claims)), apiKey: null };
}

/**
 * A WebSocket operation on a socket whose viewer was checked (and no revocation can have been
 * missed since): the token is checked again without the database — a JWT's signature and
 * expiry, an API key's expiry.
 */
export async function verifyAgain(tokens: TokenService, checked: Viewer, token: string): Promise<void> {
  if (checked.kind === 'agent' && checked.apiKey !== null) {
    const { expiresAt } = checked.apiKey;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw keyExpired();
    return;
  }
  await tokens.verify(token);
}

/**
 * The error a request with a bad token gets: HTTP answers 401 with it; a WebSocket is closed
 * with 4403 at `connection_init`, and an operation on a socket whose session ended since gets it.
 */
export function unauthenticated(error: unknown): GraphQLError {
  if (!(error instanceof TokenError)) throw error;
  return new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', reason: error.reason } });
}
