/**
 * The HTTP side: GraphQL over HTTP through Yoga (authenticated before it reaches Yoga, with
 * query limits from graphql-armor), `/healthz`, and the built inbox app and widget from the
 * same origin.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type YogaInitialContext, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import type { App } from '../app.js';
import { authenticate, bearerToken, unauthenticated } from '../auth/authenticate.js';
import { TokenError } from '../auth/tokens.js';
import { anonymous, type Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { schema } from '../schema/index.js';
import { clientIp, requestOrigin } from './client-address.js';
import { maskError } from './errors.js';

/** What Yoga receives besides the request: the Node request (HTTP) or the viewer (WebSocket). */
export interface ServerContext {
  req?: IncomingMessage;
  /** The WebSocket's HTTP upgrade request. */
  upgradeRequest?: IncomingMessage;
  viewer?: Viewer;
}

export const maxBodyBytes = 1024 * 1024;
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function createGraphqlYoga(app: App, httpViewers: WeakMap<IncomingMessage, Viewer>) {
  const { config, services, db } = app;
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql ? { title: 'Baton GraphQL', subscriptionsProtocol: 'WS' } : false,
    landingPage: false,
    maskedErrors: { maskError },
    logging: config.env === 'test' ? 'warn' : 'info',
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 20 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 3000 },
        costLimit: { maxCost: 100_000 },
        blockFieldSuggestion: { enabled: config.env === 'production' },
      }),
    ],
    // HTTP requests are authenticated before they reach Yoga, WebSocket operations in
    // onSubscribe (each one, so a session revoked after the socket opened stops working).
    context: (init: YogaInitialContext & ServerContext) => ({
      viewer: init.viewer ?? (init.req && httpViewers.get(init.req)) ?? anonymous,
      origin: requestOrigin(init.req ?? init.upgradeRequest),
      clientIp: clientIp(init.req ?? init.upgradeRequest, config.trustProxy),
      services,
      prisma: db.prisma,
    }),
  });
}

/** Serves the built inbox (single-page app) and widget files, if they were built. */
function staticFiles(app: App) {
  const dev = app.config.env !== 'production';
  const inboxDist = `${repoRoot}inbox-app/dist`;
  const widgetDist = `${repoRoot}widget/dist`;
  const serveInbox = existsSync(inboxDist) ? sirv(inboxDist, { single: true, dev }) : null;
  const serveWidget = existsSync(widgetDist) ? sirv(widgetDist, { dev }) : null;
  return (req: IncomingMessage, res: ServerResponse, path: string) => {
    const inbox = () => {
      if (serveInbox) return serveInbox(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found. The inbox app is not built: run `pnpm build`.');
    };
    if (serveWidget && (path === '/widget.js' || path.startsWith('/widget/'))) return serveWidget(req, res, inbox);
    inbox();
  };
}

export interface HttpServer {
  server: Server;
  yoga: YogaServerInstance<ServerContext, Context>;
}

export function createHttpServer(app: App): HttpServer {
  const { services, tokens, db, log } = app;
  const httpViewers = new WeakMap<IncomingMessage, Viewer>();
  const yoga = createGraphqlYoga(app, httpViewers);
  const serveStatic = staticFiles(app);

  const handleGraphql = (req: IncomingMessage, res: ServerResponse) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > maxBodyBytes) {
      sendJson(res, 413, {
        errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      return;
    }
    authenticate(services, tokens, { token: bearerToken(req.headers.authorization), origin: requestOrigin(req) }).then(
      (viewer) => {
        httpViewers.set(req, viewer);
        void yoga.handle(req, res);
      },
      (error: unknown) => {
        if (!(error instanceof TokenError)) {
          log(`Authentication failed unexpectedly: ${String(error)}`);
          sendJson(res, 500, {
            errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
          return;
        }
        const { message, extensions } = unauthenticated(error);
        res.setHeader('www-authenticate', 'Bearer');
        sendJson(res, 401, { errors: [{ message, extensions }] });
      },
    );
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql' || path.startsWith('/graphql/')) return handleGraphql(req, res);
    if (path === '/healthz') return sendJson(res, 200, { ok: true, database: db.kind });
    serveStatic(req, res, path);
  });
  return { server, yoga };
}
