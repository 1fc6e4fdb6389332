/**
 * Signed tokens (jose, HS256). Agent session tokens name a session row so they can be revoked;
 * later token kinds (visitor tokens) share the same key and are told apart by `typ`.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export type TokenProblem = 'EXPIRED' | 'INVALID' | 'REVOKED' | 'ORIGIN_NOT_ALLOWED';

export class TokenError extends Error {
  constructor(
    readonly reason: TokenProblem,
    message?: string,
  ) {
    super(
      message ??
        {
          EXPIRED: 'Your session has expired. Sign in again.',
          INVALID: 'The access token is not valid.',
          REVOKED: 'This session has ended. Sign in again.',
          ORIGIN_NOT_ALLOWED: 'This website is not allowed to use this chat session.',
        }[reason],
    );
  }
}

export interface AgentSessionClaims {
  typ: 'agent';
  /** Agent id. */
  sub: string;
  /** Session id (AgentSession row). */
  sid: string;
}

export interface VisitorClaims {
  typ: 'visitor';
  /** Visitor id. */
  sub: string;
  /** Workspace id. */
  wid: string;
  /** Widget session id (VisitorSession row). */
  sid: string;
}

export type TokenClaims = AgentSessionClaims | VisitorClaims;

const issuer = 'baton';

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  /**
   * A secret derived from the signing key for one purpose and one row (HMAC-SHA256): the server
   * can give it again later without storing it, e.g. an invitation's link.
   */
  derive(purpose: string, id: string): string {
    return createHmac('sha256', this.key).update(`${purpose}:${id}`).digest('base64url');
  }

  signAgentSession(claims: Omit<AgentSessionClaims, 'typ'>, expiresAt: Date): Promise<string> {
    return this.sign(claims.sub, { typ: 'agent', sid: claims.sid }, expiresAt);
  }

  /** A visitor token: scoped to one visitor's conversations in one workspace. */
  signVisitor(claims: Omit<VisitorClaims, 'typ'>, expiresAt: Date): Promise<string> {
    return this.sign(claims.sub, { typ: 'visitor', wid: claims.wid, sid: claims.sid }, expiresAt);
  }

  private sign(subject: string, claims: Record<string, string>, expiresAt: Date): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** Verifies signature, issuer and expiry; throws TokenError. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'] });
      if (payload.typ === 'agent' && typeof payload.sub === 'string' && typeof payload.sid === 'string') {
        return { typ: 'agent', sub: payload.sub, sid: payload.sid };
      }
      if (
        payload.typ === 'visitor' &&
        typeof payload.sub === 'string' &&
        typeof payload.wid === 'string' &&
        typeof payload.sid === 'string'
      ) {
        return { typ: 'visitor', sub: payload.sub, wid: payload.wid, sid: payload.sid };
      }
      throw new TokenError('INVALID');
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new TokenError('EXPIRED');
      throw new TokenError('INVALID');
    }
  }
}

/** A random URL-safe secret (invitation links, API keys, generated signing keys). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
