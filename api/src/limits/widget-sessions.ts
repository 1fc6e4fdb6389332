/**
 * Widget sessions per IP: a new session (a new visitor and conversation) counts against
 * `widgetSession`; resuming an open session with its visitor token against the far larger
 * `widgetResume`, so an office behind one IP can keep browsing. A token that does not name an
 * open session (forged, expired, revoked) cannot resume anything, so it counts as new.
 */
import type { TokenService } from '../auth/tokens.js';
import type { WidgetSession } from '../domain/widget/widget.js';
import type { VisitorSessions } from '../domain/widget/visitor-sessions.js';
import type { RateLimits } from './limiter.js';

export class WidgetSessionLimit {
  constructor(
    private readonly limits: RateLimits,
    private readonly tokens: TokenService,
    private readonly sessions: VisitorSessions,
  ) {}

  private async resumable(token: string | null | undefined): Promise<boolean> {
    if (!token || !this.limits.enabled) return false;
    try {
      const claims = await this.tokens.verify(token);
      return claims.typ === 'visitor' && (await this.sessions.open(claims)) !== null;
    } catch {
      return false;
    }
  }

  /** Runs `start` unless the IP has used up its budget (RateLimitedError, nothing written). */
  async start(ip: string, visitorToken: string | null | undefined, start: () => Promise<WidgetSession>) {
    const resuming = await this.resumable(visitorToken);
    await this.limits.consume(resuming ? ['widgetResume', ip] : ['widgetSession', ip]);
    const session = await start();
    // The session ended in between: it made a new visitor after all.
    if (resuming && !session.resumed) await this.limits.charge(['widgetSession', ip]);
    return session;
  }
}
