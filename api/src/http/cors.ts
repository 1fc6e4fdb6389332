/**
 * CORS for /graphql (the only path a page on another site calls; everything else is same-origin
 * only: no CORS headers at all).
 *
 * Decision: by default any Origin may call /graphql, and never with credentials
 * (`Access-Control-Allow-Credentials` is never sent). Baton's tokens are bearer tokens a page
 * must hold itself (the inbox keeps its own, the widget gets a visitor token from
 * `startWidgetSession`), so a cross-origin page can do nothing a script outside a browser could
 * not. The widget must keep working on every site its workspace allows, and only the workspace
 * knows which those are: the Origin is checked per workspace when a visitor session starts and
 * on every request with a visitor token (domain/widget/visitor-sessions.ts), not here.
 * `BATON_CORS_ORIGINS` narrows the browsers' access to a list of origins (then it must include
 * every site the widget is embedded on).
 */
import type { IncomingMessage } from 'node:http';
import type { CORSOptions } from 'graphql-yoga';
import type { Config } from '../config.js';

type CorsConfig = Pick<Config, 'corsOrigins'>;

function allowed(config: CorsConfig, origin: string | null | undefined): origin is string {
  return typeof origin === 'string' && (config.corsOrigins === '*' || config.corsOrigins.includes(origin));
}

/** For Yoga's answers (preflight included). */
export function corsPolicy(config: CorsConfig): (request: Request) => CORSOptions {
  return (request) => {
    if (!allowed(config, request.headers.get('origin'))) return false;
    return {
      // '*' makes Yoga echo the request's Origin (with Vary: Origin).
      origin: '*',
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'accept'],
      maxAge: 600,
    };
  };
}

/** For the answers /graphql gives before Yoga (401, 413): readable by the same pages. */
export function corsHeaders(config: CorsConfig, req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return allowed(config, origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}
