/**
 * Widget sessions on the server: a visitor token names a VisitorSession row, so it can be
 * revoked (and its open sockets closed, see auth/revocation.ts). A session lives
 * `BATON_VISITOR_SESSION_TTL_DAYS` and is renewed — a fresh token, a later expiry — each time
 * the widget resumes it. Every request and socket checks the session, the visitor and the
 * page's Origin against the workspace's allowed origins (not only at session start).
 */
import { TokenError, type VisitorClaims } from '../../auth/tokens.js';
import type { Workspace } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import type { AgentViewer } from '../../auth/viewer.js';
import { ForbiddenError, NotFoundError } from '../errors.js';

/** The request's Origin must be among the workspace's allowed origins (when it lists any). */
export function originAllowed(allowedOrigins: readonly string[], origin: string | null): boolean {
  return allowedOrigins.length === 0 || (origin !== null && allowedOrigins.includes(origin));
}

export function checkOrigin(workspace: Pick<Workspace, 'allowedOrigins'>, origin: string | null): void {
  if (!originAllowed(workspace.allowedOrigins, origin)) {
    throw new ForbiddenError(`This website (${origin ?? 'unknown origin'}) is not allowed to embed this chat widget.`);
  }
}

export class VisitorSessions {
  constructor(private readonly deps: ServiceDeps) {}

  private get ttlMs(): number {
    return this.deps.config.visitorSessionTtlSeconds * 1000;
  }

  /** A new session for the visitor, or `sessionId`'s renewed; returns its token. */
  async issue(
    visitorId: string,
    workspaceId: string,
    sessionId: string | null,
  ): Promise<{ token: string; sessionId: string }> {
    const expiresAt = new Date(Date.now() + this.ttlMs);
    const session = sessionId
      ? await this.deps.prisma.visitorSession.update({
          where: { id: sessionId },
          data: { expiresAt, lastUsedAt: new Date() },
        })
      : await this.deps.prisma.visitorSession.create({ data: { visitorId, expiresAt } });
    const token = await this.deps.tokens.signVisitor({ sub: visitorId, wid: workspaceId, sid: session.id }, expiresAt);
    return { token, sessionId: session.id };
  }

  /**
   * The session a verified token names, if it is still open, for this workspace and visitor;
   * else null. One statement (relationJoins): the session joined to its visitor and the workspace's origins.
   */
  async open(claims: VisitorClaims): Promise<{ visitorId: string; allowedOrigins: string[] } | null> {
    const session = await this.deps.prisma.visitorSession.findUnique({
      where: { id: claims.sid },
      select: {
        visitorId: true,
        expiresAt: true,
        revokedAt: true,
        visitor: { select: { workspaceId: true, workspace: { select: { allowedOrigins: true } } } },
      },
    });
    if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
    if (session.visitorId !== claims.sub || session.visitor.workspaceId !== claims.wid) return null;
    return { visitorId: session.visitorId, allowedOrigins: session.visitor.workspace.allowedOrigins };
  }

  /** Authenticating a visitor token on a request or socket: open session, allowed origin. */
  async check(claims: VisitorClaims, origin: string | null): Promise<void> {
    const session = await this.open(claims);
    if (!session) throw new TokenError('REVOKED');
    if (!originAllowed(session.allowedOrigins, origin)) throw new TokenError('ORIGIN_NOT_ALLOWED');
  }

  /**
   * An agent of the visitor's workspace ends every widget session of the visitor ("End the
   * visitor's chat session" in the inbox): their tokens stop working on HTTP, their sockets are
   * closed (4403), and the widget starts a fresh, anonymous session. Returns how many ended.
   */
  async endForVisitor(actor: AgentViewer, visitorId: string): Promise<number> {
    const visitor = await this.deps.prisma.visitor.findFirst({
      where: { id: visitorId, workspaceId: actor.workspaceId },
      select: { id: true },
    });
    if (!visitor) throw new NotFoundError('Visitor');
    const { count } = await this.deps.prisma.visitorSession.updateMany({
      where: { visitorId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    this.deps.events.emit('access.revoked', { kind: 'visitor', visitorId });
    return count;
  }
}
