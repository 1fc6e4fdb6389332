/**
 * Security headers (helmet) on everything Baton serves: the inbox (a strict CSP that matches
 * the built app, no framing), the widget files (loaded by pages on any site) and /graphql.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

type Headers = (req: IncomingMessage, res: ServerResponse) => void;

const common: HelmetOptions = {
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  // HSTS belongs to whoever terminates TLS (and knows whether subdomains are ready for it).
  strictTransportSecurity: false,
};

/**
 * The built inbox (inbox-app/dist/index.html) loads one module script and one stylesheet from
 * its own origin and has no inline script or style; Svelte sets dynamic styles through the
 * CSSOM, which CSP does not restrict. Images only from itself, data: and blob: (never from
 * other sites: markdown in messages cannot make an agent's browser fetch a tracking pixel).
 * WebSocket: 'self' covers ws:/wss: to the same host.
 */
const inbox: HelmetOptions = {
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginResourcePolicy: { policy: 'same-origin' },
};

/**
 * widget.js and its chunks are loaded with <script> by pages on any site: they must be
 * readable cross-origin (helmet's default `same-origin` would block them). No CSP: a script's
 * own CSP header does nothing, and the demo page under /widget/demo/ stands for a customer's
 * site (with its own inline script).
 */
const widget: HelmetOptions = {
  ...common,
  contentSecurityPolicy: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginOpenerPolicy: false,
};

/**
 * /graphql answers JSON (CORS decides who may read it, see cors.ts); no CSP there, so that
 * GraphiQL (development), whose page loads its scripts and styles from a CDN, keeps working.
 */
const graphql: HelmetOptions = {
  ...common,
  contentSecurityPolicy: false,
  crossOriginResourcePolicy: false,
};

function headers(options: HelmetOptions): Headers {
  const middleware = helmet(options);
  return (req, res) => middleware(req, res, () => {});
}

export const securityHeaders = { inbox: headers(inbox), widget: headers(widget), graphql: headers(graphql) };
