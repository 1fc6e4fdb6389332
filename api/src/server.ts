/**
 * Baton's HTTP + WebSocket server: GraphQL (Yoga) at /graphql for HTTP and graphql-ws on the
 * same path, both executed through Yoga's envelop so auth and query limits apply alike; the
 * built inbox app and widget are served from the same origin.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { PGlite } from '@electric-sql/pglite';
import type { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga, type YogaInitialContext } from 'graphql-yoga';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, bearerToken, tokenFromConnectionParams, unauthenticated } from './auth/authenticate.js';
import { randomSecret, TokenError, TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { anonymous, type Viewer } from './auth/viewer.js';
import type { Context } from './context.js';
import { openDatabase, type Database, type PrismaClient } from './db/database.js';
import { Assistant } from './assistant/assistant.js';
import { DomainEvents } from './events/bus.js';
import { fanOutToSubscribers } from './events/fanout.js';
import { createBatonPubSub } from './events/pubsub.js';
import { schema } from './schema/index.js';
import { languageModel } from './language/model.js';
import { createServices, type Services } from './services/index.js';

export interface BatonServer {
  config: Config;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  db: Database;
  pubsubKind: 'memory' | 'redis';
  services: Services;
  assistant: Assistant;
  httpServer: Server;
  /** Drops every WebSocket connection (clients reconnect and resume); used for maintenance and tests. */
  disconnectWebSockets(): void;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Use this PGlite instance instead of opening one from the data folder (tests). */
  pglite?: PGlite;
  log?: (message: string) => void;
}

type OperationResult =
  | Promise<AsyncIterable<ExecutionResult> | ExecutionResult>
  | AsyncIterable<ExecutionResult>
  | ExecutionResult;

const maxBodyBytes = 1024 * 1024;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The token signing secret: configured, or generated once and shared through the database. */
async function tokenSecret(prisma: PrismaClient, config: Config): Promise<string> {
  if (config.tokenSecret) return config.tokenSecret;
  await prisma.serverSetting.createMany({
    data: [{ key: 'token_secret', value: randomSecret(48) }],
    skipDuplicates: true,
  });
  const row = await prisma.serverSetting.findUniqueOrThrow({ where: { key: 'token_secret' } });
  return row.value;
}

/** What Yoga receives besides the request: the Node request (HTTP) or the viewer (WebSocket). */
interface ServerContext {
  req?: IncomingMessage;
  /** The WebSocket's HTTP upgrade request. */
  upgradeRequest?: IncomingMessage;
  viewer?: Viewer;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

type WsExtra = {
  socket: WebSocket;
  request: IncomingMessage;
};

export async function startServer(config: Config, options: StartOptions = {}): Promise<BatonServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pglite: options.pglite });
  if (config.autoMigrate) {
    const applied = await db.migrate();
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
  }
  const tokens = new TokenService(await tokenSecret(db.prisma, config));
  let publicUrl = config.publicUrl ?? '';
  const events = new DomainEvents((error) => log(`A domain event listener failed: ${String(error)}`));
  const pubsub = createBatonPubSub(config.redisUrl);
  fanOutToSubscribers(events, pubsub);
  const language = languageModel(log);
  const services = createServices({ prisma: db.prisma, config, tokens, events, pubsub, language, publicUrl: () => publicUrl });
  services.responseClock.start(config.clockIntervalMs);
  const assistant = new Assistant({ prisma: db.prisma, config, services, events, pubsub, language, log });
  events.on('assistant.turn', ({ conversationId, messageId }) => assistant.enqueue(conversationId, messageId));

  const httpViewers = new WeakMap<IncomingMessage, Viewer>();
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql ? { title: 'Baton GraphQL', subscriptionsProtocol: 'WS' } : false,
    landingPage: false,
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
      origin: headerValue((init.req ?? init.upgradeRequest)?.headers.origin),
      services,
      prisma: db.prisma,
    }),
  });

  const inboxDist = `${repoRoot}inbox-app/dist`;
  const widgetDist = `${repoRoot}widget/dist`;
  const serveInbox = existsSync(inboxDist) ? sirv(inboxDist, { single: true, dev: config.env !== 'production' }) : null;
  const serveWidget = existsSync(widgetDist) ? sirv(widgetDist, { dev: config.env !== 'production' }) : null;

  const httpServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > maxBodyBytes) {
        sendJson(res, 413, { errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      authenticate(services, tokens, bearerToken(req.headers.authorization)).then(
        (viewer) => {
          httpViewers.set(req, viewer);
          void yoga.handle(req, res);
        },
        (error: unknown) => {
          if (!(error instanceof TokenError)) {
            log(`Authentication failed unexpectedly: ${String(error)}`);
            sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
            return;
          }
          const { message, extensions } = unauthenticated(error);
          res.setHeader('www-authenticate', 'Bearer');
          sendJson(res, 401, { errors: [{ message, extensions }] });
        },
      );
      return;
    }
    if (path === '/healthz') {
      sendJson(res, 200, { ok: true, database: db.kind });
      return;
    }
    const next = () => {
      if (serveInbox) return serveInbox(req, res);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found. The inbox app is not built: run `pnpm build`.');
    };
    if (serveWidget && (path === '/widget.js' || path.startsWith('/widget/'))) {
      return serveWidget(req, res, next);
    }
    next();
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: maxBodyBytes });
  const wsDisposer = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      onConnect: async (ctx: WsContext<Record<string, unknown> | undefined, WsExtra>) => {
        // Refuse the connection (close 4403) when credentials are present but not valid.
        try {
          await authenticate(services, tokens, tokenFromConnectionParams(ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let viewer: Viewer;
        try {
          viewer = await authenticate(services, tokens, tokenFromConnectionParams(ctx.connectionParams));
        } catch (error) {
          return [unauthenticated(error)];
        }
        const { schema: s, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          socket: ctx.extra.socket,
          upgradeRequest: ctx.extra.request,
          params: payload,
          viewer,
        });
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(s, document);
        if (errors.length > 0) return errors;
        const args: ExecutionArgs = {
          schema: s,
          operationName: payload.operationName ?? null,
          document,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
        return args;
      },
    },
    wsServer,
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  publicUrl ||= url;

  return {
    config: { ...config, port },
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    db,
    pubsubKind: pubsub.kind,
    services,
    assistant,
    httpServer,
    disconnectWebSockets: () => {
      for (const client of wsServer.clients) client.terminate();
    },
    close: async () => {
      await services.responseClock.stop();
      await assistant.idle();
      await wsDisposer.dispose();
      for (const client of wsServer.clients) client.terminate();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await pubsub.close();
      await db.close();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Yoga's enveloped execute/subscribe, passed to graphql-ws through `rootValue`. */
interface Enveloped {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

