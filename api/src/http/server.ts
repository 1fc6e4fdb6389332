/**
 * The HTTP side: GraphQL over HTTP through Yoga (the body read within its limit and the request
 * authenticated before it reaches Yoga, trusted documents from trusted-documents.ts, query limits
 * from query-limits.ts, CORS from cors.ts),
 * `/healthz`, and the built inbox app and widget from the same origin, each with its security
 * headers (security-headers.ts). A request that fails before GraphQL runs because the database
 * is unreachable is answered 503 + Retry-After with a typed body (errors.ts); `drain()` stops
 * the server gracefully (drain.ts).
 *
 * Operations: every request gets a request id (observability/request-id.ts, echoed in
 * `X-Request-Id`), one access-log line when its answer is complete (method, route, status,
 * duration — never headers or bodies) and an observation in `baton_http_request_duration_seconds`;
 * `/health` (alias `/healthz`) is liveness, `/ready` readiness, `/metrics` Prometheus
 * (metrics-access.ts decides who may read it).
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin, type YogaInitialContext, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import type { App } from '../app.js';
import { authenticate, bearerToken, unauthenticated } from '../auth/authenticate.js';
import { TokenError } from '../auth/tokens.js';
import { RateLimitedError } from '../domain/errors.js';
import { anonymous, type Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { schema } from '../schema/index.js';
import { clientIp, requestOrigin } from './client-address.js';
import { corsHeaders, corsPolicy } from './cors.js';
import { useNoSuggestions } from './error-suggestions.js';
import { Drain } from './drain.js';
import { maskError, requestFailure } from './errors.js';
import { queryLimitPlugins } from './query-limits.js';
import { maxBodyBytes, readBody, refuseTooLarge } from './request-body.js';
import { securityHeaders } from './security-headers.js';
import { yogaLogger, type Logger } from '../observability/logger.js';
import type { HttpRoute } from '../observability/metrics.js';
import { useOperationLog } from '../observability/operation-log.js';
import { requestId, requestIdHeader } from '../observability/request-id.js';
import { metricsAccess } from './metrics-access.js';
import { useSharedSubscriptionExecution } from './shared-execution.js';
import { trustedDocuments, useTrustedDocuments } from './trusted-documents.js';

/** What Yoga receives besides the request: the Node request (HTTP) or the viewer (WebSocket). */
export interface ServerContext {
  req?: IncomingMessage;
  /** The WebSocket's HTTP upgrade request. */
  upgradeRequest?: IncomingMessage;
  viewer?: Viewer;
}

export { maxBodyBytes };
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function createGraphqlYoga(
  app: App,
  httpViewers: WeakMap<IncomingMessage, Viewer>,
  requestLogs: WeakMap<IncomingMessage, Logger>,
) {
  const { config, services, db } = app;
  const viewerOf = (init: ServerContext): Viewer => init.viewer ?? (init.req && httpViewers.get(init.req)) ?? anonymous;
  const loggerFor = (context: unknown) => {
    const req = (context as ServerContext | undefined)?.req;
    return (req && requestLogs.get(req)) ?? app.logger;
  };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql ? { title: 'Baton GraphQL', subscriptionsProtocol: 'WS' } : false,
    landingPage: false,
    // Stack traces and original messages only with BATON_DEBUG_ERRORS (Yoga's own default
    // follows NODE_ENV, and NODE_ENV defaults to development).
    maskedErrors: { maskError, isDev: config.debugErrors },
    logging: yogaLogger(app.logger),
    cors: corsPolicy(config),
    // The body is read (within maxBodyBytes) before Yoga sees the request.
    maxRequestBodySize: false,
    // Validation results depend on the variables (query cost, page sizes): never reused.
    parserAndValidationCache: { validationCache: false },
    plugins: [
      useOperationLog(app.metrics, loggerFor),
      useTrustedDocuments(trustedDocuments(config), viewerOf),
      ...queryLimitPlugins(),
      useSharedSubscriptionExecution(),
      ...(config.introspection ? [] : [useDisableIntrospection()]),
      ...(config.graphqlSuggestions ? [] : [useNoSuggestions()]),
    ] as Plugin[],
    // HTTP requests are authenticated before they reach Yoga, WebSocket operations in
    // onSubscribe (each one, so a session revoked after the socket opened stops working).
    context: (init: YogaInitialContext & ServerContext) => ({
      viewer: viewerOf(init),
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
    if (serveWidget && (path === '/widget.js' || path.startsWith('/widget/'))) {
      securityHeaders.widget(req, res);
      return serveWidget(req, res, () => {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        securityHeaders.inbox(req, res);
        inbox();
      });
    }
    securityHeaders.inbox(req, res);
    inbox();
  };
}

const drainedOrClosed = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });

const isStream = (contentType: string | null) => /^(text\/event-stream|multipart\/mixed)/i.test(contentType ?? '');

/** Hands a request whose body was already read to Yoga, and writes Yoga's answer (streamed). */
async function respondWithYoga(
  yoga: YogaServerInstance<ServerContext, Context>,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  drain: Drain,
): Promise<void> {
  const closed = new AbortController();
  res.once('close', () => closed.abort());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const method = req.method ?? 'GET';
  try {
    const response = await yoga.fetch(
      `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`,
      {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body),
        signal: closed.signal,
      },
      { req },
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    const reader = response.body?.getReader();
    // A subscription over HTTP (server-sent events, multipart) never ends by itself: a drain ends it.
    const endStream =
      reader && isStream(response.headers.get('content-type'))
        ? drain.onStop(() => void reader.cancel().catch(() => {}))
        : undefined;
    while (reader && !res.destroyed) {
      const chunk = await reader.read();
      if (chunk.done) break;
      if (!res.write(chunk.value)) await drainedOrClosed(res);
    }
    endStream?.();
    if (res.destroyed) await reader?.cancel();
    res.end();
  } catch {
    // The client went away (or the stream broke): nothing more to say to it.
    res.destroy();
  }
}

export interface HttpServer {
  server: Server;
  yoga: YogaServerInstance<ServerContext, Context>;
  /**
   * Graceful stop (see drain.ts): stops accepting connections, closes idle keep-alive ones,
   * lets requests in flight finish and delivers their answers (with `Connection: close`),
   * answers requests that arrive meanwhile on open connections 503 + Retry-After +
   * `Connection: close`, and after `timeoutMs` destroys whatever is left (slow readers
   * included). Resolves once every HTTP connection is closed; idempotent.
   */
  drain(timeoutMs: number): Promise<void>;
  /** Whether drain() has been called. */
  draining(): boolean;
}

/** The route label of a path (a fixed list: label values stay bounded). */
function routeOf(path: string): HttpRoute {
  if (path === '/graphql' || path.startsWith('/graphql/')) return '/graphql';
  if (path === '/health' || path === '/healthz' || path === '/ready' || path === '/metrics') return path;
  return 'static';
}

/** Request id, access-log line and duration for each request; returns the request's logger. */
function observeRequest(app: App, req: IncomingMessage, res: ServerResponse, path: string): Logger {
  const id = requestId(req.headers);
  res.setHeader(requestIdHeader, id);
  const log = app.logger.child({ requestId: id });
  const started = performance.now();
  const method = req.method ?? 'GET';
  const route = routeOf(path);
  res.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    const status = res.headersSent ? res.statusCode : 0;
    app.metrics.httpRequestDuration.observe({ method, route, status: String(status) }, seconds);
    // Probes and scrapes every few seconds would drown the log: debug level for those.
    const level = route === '/graphql' || route === 'static' ? 'info' : 'debug';
    log[level](
      {
        method,
        route,
        path: route === 'static' ? path.slice(0, 200) : route,
        status,
        durationMs: Math.round(seconds * 1000),
      },
      'request',
    );
  });
  return log;
}

/** `GET /metrics`: the text format, for whoever metrics-access.ts admits. */
function metricsEndpoint(app: App, onError: (req: IncomingMessage, res: ServerResponse, error: unknown) => void) {
  const mayRead = metricsAccess(app.config);
  return (req: IncomingMessage, res: ServerResponse) => {
    const refusal = mayRead(req);
    if (refusal) return sendJson(res, refusal.status, { error: refusal.message }, refusal.headers);
    void app.metrics.exposition().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(body);
      },
      (error: unknown) => onError(req, res, error),
    );
  };
}

export function createHttpServer(app: App): HttpServer {
  const { services, tokens, db, log, config } = app;
  const httpViewers = new WeakMap<IncomingMessage, Viewer>();
  const requestLogs = new WeakMap<IncomingMessage, Logger>();
  const yoga = createGraphqlYoga(app, httpViewers, requestLogs);
  const serveStatic = staticFiles(app);
  const drain = new Drain();

  const fail = (res: ServerResponse, error: unknown, req?: IncomingMessage) => {
    const failure = requestFailure(error, config.debugErrors);
    if (failure.status === 500) {
      const requestLog = req && requestLogs.get(req);
      if (requestLog) requestLog.error({ err: error }, 'request failed unexpectedly');
      else log(`Request failed unexpectedly: ${String(error)}`);
    }
    if (res.headersSent) return void res.destroy();
    sendJson(res, failure.status, failure.body, failure.headers);
  };

  const limitRequest = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    try {
      await app.services.limits.consume(['httpRequest', clientIp(req, config.trustProxy)]);
      return true;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      res.setHeader('retry-after', String(error.retryAfterSeconds));
      sendJson(res, 429, {
        errors: [
          { message: error.message, extensions: { code: error.code, retryAfterSeconds: error.retryAfterSeconds } },
        ],
      });
      return false;
    }
  };

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse) => {
    securityHeaders.graphql(req, res);
    for (const [name, value] of Object.entries(corsHeaders(config, req))) res.setHeader(name, value);
    if (!(await limitRequest(req, res))) return;
    let body: Buffer | null;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch {
      res.destroy();
      return;
    }
    if (body === null) return refuseTooLarge(req, res);
    let viewer: Viewer;
    try {
      viewer = await authenticate(services, tokens, {
        token: bearerToken(req.headers.authorization),
        origin: requestOrigin(req),
      });
    } catch (error) {
      if (!(error instanceof TokenError)) return fail(res, error);
      const { message, extensions } = unauthenticated(error);
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { errors: [{ message, extensions }] });
    }
    httpViewers.set(req, viewer);
    await respondWithYoga(yoga, req, res, body, drain);
  };

  const serveMetrics = metricsEndpoint(app, (req, res, error) => fail(res, error, req));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requestLogs.set(req, observeRequest(app, req, res, path));
    if (drain.refuse(res, corsHeaders(config, req))) return;
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      return void handleGraphql(req, res).catch((error: unknown) => fail(res, error, req));
    }
    if (path === '/health' || path === '/healthz') return sendJson(res, 200, { ok: true, database: db.kind });
    if (path === '/metrics') return serveMetrics(req, res);
    if (path === '/ready') {
      return void app.readiness().then(
        (state) => sendJson(res, state.ready ? 200 : 503, state),
        (error: unknown) => fail(res, error, req),
      );
    }
    serveStatic(req, res, path);
  });
  drain.attach(server);
  return { server, yoga, drain: (timeoutMs) => drain.start(timeoutMs), draining: () => drain.started };
}
