/**
 * graphql-ws on the GraphQL path, executed through Yoga's envelop (the same auth, limits and
 * plugins as HTTP). Each operation verifies the token again (signature and expiry, no database);
 * its session is looked up again only when a revocation may have been missed (live-sockets.ts):
 * revocations published by any instance end this instance's matching sockets at once, so a
 * session revoked after the socket opened cannot start anything new. Yoga's enveloped execute / subscribe travel on the
 * execution args, as in graphql-yoga's own graphql-ws integration.
 *
 * Documents: an operation may name its document by hash (`extensions.persistedQuery`, with
 * `query: ""`); visitors and anonymous sockets run only trusted documents (trusted-documents.ts).
 *
 * Limits: `maxPayload` per message, a short `connection_init` deadline, at most
 * `maxSubscriptions` operations per socket and `maxAnonymousPerIp` sockets without credentials
 * per IP (close 4429). A rejected operation — invalid, too deep, too costly, one too many — gets
 * an `error` message for its id; the socket and its other subscriptions carry on.
 *
 * Faults: a socket that cannot be authenticated because the database is unreachable is closed
 * with 1013 "Try again later" (4403 stays for bad tokens); an operation whose set-up or stream
 * hits the outage gets an `error` (SERVICE_UNAVAILABLE) for its id only, and the socket stays
 * usable; nothing ever closes a socket with 4500 or shows a stack trace (unless
 * BATON_DEBUG_ERRORS). `close()` (shutdown) closes every socket with 1012 "Service restart" so
 * clients reconnect elsewhere, and terminates those that have not finished the close
 * handshake within a second.
 */
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { SubscribePayload, Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import type { App } from '../app.js';
import {
  authenticate,
  tokenFromConnectionParams,
  unauthenticated,
  verifyAgain,
  type Credentials,
} from '../auth/authenticate.js';
import { TokenError } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { RateLimitedError } from '../domain/errors.js';
import { countsForPresence } from '../domain/presence/presence.js';
import { clientIp, requestOrigin } from './client-address.js';
import { asServiceUnavailable, clientError } from './errors.js';
import { LiveSockets } from './live-sockets.js';
import type { ServerContext } from './server.js';
import { trustedDocuments, UntrustedDocumentError } from './trusted-documents.js';

type OperationResult =
  Promise<AsyncIterable<ExecutionResult> | ExecutionResult> | AsyncIterable<ExecutionResult> | ExecutionResult;

/** Execution args carrying Yoga's enveloped execute / subscribe for this operation. */
interface EnvelopedArgs extends ExecutionArgs {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

type WsExtra = { socket: WebSocket; request: IncomingMessage };
type ConnectionParams = Record<string, unknown> | undefined;
type Ctx = WsContext<ConnectionParams, WsExtra>;

/** Close code for too many connections from one address (graphql-ws leaves 4400–4499 to apps). */
export const tooManyConnectionsClose = 4429;
/** RFC 6455 "Try Again Later": the socket could not be authenticated because the database is unreachable. */
export const tryAgainLaterClose = 1013;
/** RFC 6455 "Service Restart": this instance is shutting down; reconnect (elsewhere). */
export const serviceRestartClose = 1012;
/** RFC 6455 "Internal Error": an unexpected failure at `connection_init`. */
export const internalErrorClose = 1011;
/** How long `close()` waits for a client to answer the close handshake before terminating its socket. */
export const closeHandshakeMs = 1000;

const credentials = (ctx: Ctx): Credentials => ({
  token: tokenFromConnectionParams(ctx.connectionParams),
  origin: requestOrigin(ctx.extra.request),
});

export interface GraphqlWs {
  server: WebSocketServer;
  /** Drops every connection (clients reconnect and resume). */
  disconnectAll(): void;
  /**
   * Shutdown: closes every socket with 1012 "Service restart", terminates the ones whose client
   * has not completed the close handshake within `closeHandshakeMs`, and stops the server.
   */
  close(): Promise<void>;
}

/** Closes a socket whose credentials could not be checked: 1013 for an outage, 1011 for anything else. */
function refuseUnchecked(app: App, socket: WebSocket, error: unknown): void {
  if (asServiceUnavailable(error)) return socket.close(tryAgainLaterClose, 'Try again later');
  app.log(`WebSocket authentication failed unexpectedly: ${String(error)}`);
  socket.close(internalErrorClose, 'Internal error');
}

/**
 * `connection_init`: refuses bad credentials (4403), closes with 1013 when they cannot be
 * checked for now, refuses connection floods and floods of anonymous sockets from one IP (4429).
 */
function connectionGate(app: App, live: LiveSockets) {
  const { services, tokens, config } = app;
  return async (ctx: Ctx): Promise<boolean> => {
    try {
      return await admit(ctx);
    } catch (error) {
      // graphql-ws would close with 4500 and the error's message.
      refuseUnchecked(app, ctx.extra.socket, error);
      return false;
    }
  };

  async function admit(ctx: Ctx): Promise<boolean> {
    let viewer: Viewer;
    try {
      viewer = await authenticate(services, tokens, credentials(ctx));
    } catch (error) {
      if (error instanceof TokenError) return false;
      throw error;
    }
    const { socket, request } = ctx.extra;
    const ip = clientIp(request, config.trustProxy);
    try {
      await app.services.limits.consume(['socketConnect', ip]);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      socket.close(tooManyConnectionsClose, 'Too many connections');
      return false;
    }
    if (viewer.kind === 'anonymous' && live.anonymousOn(ip) >= config.webSocket.maxAnonymousPerIp) {
      socket.close(tooManyConnectionsClose, 'Too many connections without credentials');
      return false;
    }
    live.add(socket, {
      viewer,
      origin: requestOrigin(request),
      ip,
      operationIds: () => Object.keys(ctx.subscriptions),
      // Running subscriptions hold their iterator; queries in flight hold null.
      subscriptions: () => Object.values(ctx.subscriptions).filter(Boolean).length,
    });
    return true;
  }
}

/** `subscribe`: the operation's limit, authentication, parsing and validation — errors for that operation only. */
function operationSetup(app: App, yoga: YogaServerInstance<ServerContext, Context>, live: LiveSockets) {
  const { services, tokens, config, pubsub } = app;
  const viewerOf = async (ctx: Ctx): Promise<Viewer> => {
    const { socket } = ctx.extra;
    const checked = pubsub.connected() ? live.checkedViewer(socket) : null;
    const presented = credentials(ctx);
    if (checked && presented.token !== undefined) {
      await verifyAgain(tokens, checked, presented.token);
      return checked;
    }
    const viewer = await authenticate(services, tokens, presented);
    live.checked(socket, viewer);
    return viewer;
  };
  const { maxSubscriptions } = config.webSocket;
  const trusted = trustedDocuments(config);
  const prepare = async (ctx: Ctx, viewer: Viewer, sent: SubscribePayload) => {
    // A hash becomes its trusted text; a text the viewer may not run is refused (trusted-documents.ts).
    let query: string;
    try {
      query = trusted.resolve(viewer, sent) ?? '';
    } catch (error) {
      if (error instanceof UntrustedDocumentError) return [error.toGraphQLError()];
      throw error;
    }
    const payload: SubscribePayload = { ...sent, query };
    const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
      ...ctx,
      socket: ctx.extra.socket,
      upgradeRequest: ctx.extra.request,
      params: payload,
      viewer,
    });
    const document = parse(payload.query);
    const errors = validate(schema, document);
    if (errors.length > 0) return [...errors];
    const args: EnvelopedArgs = {
      schema,
      operationName: payload.operationName ?? null,
      document,
      variableValues: payload.variables ?? null,
      contextValue: await contextFactory(),
      execute,
      subscribe,
    };
    return args;
  };
  return async (ctx: Ctx, _id: string, payload: SubscribePayload) => {
    if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
      return [
        new GraphQLError(`At most ${maxSubscriptions} operations at a time on one connection.`, {
          extensions: { code: 'TOO_MANY_OPERATIONS' },
        }),
      ];
    }
    try {
      let viewer: Viewer;
      try {
        viewer = await viewerOf(ctx);
      } catch (error) {
        if (error instanceof TokenError) return [unauthenticated(error)];
        throw error;
      }
      return await prepare(ctx, viewer, payload);
    } catch (error) {
      // Anything the set-up throws (the database unreachable included) becomes this operation's
      // error, never a socket close.
      return [clientError(error, config.debugErrors)];
    }
  };
}

/** Closes every socket with 1012 and waits (at most `closeHandshakeMs`) for each to finish; terminates the rest. */
async function closeForRestart(sockets: Iterable<WebSocket>): Promise<void> {
  const closing = [...sockets].map(
    (socket) =>
      new Promise<void>((resolve) => {
        if (socket.readyState === socket.CLOSED) return resolve();
        const timer = setTimeout(() => socket.terminate(), closeHandshakeMs);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        socket.close(serviceRestartClose, 'Service restart');
      }),
  );
  await Promise.all(closing);
}

export function attachGraphqlWs(
  app: App,
  httpServer: Server,
  yoga: YogaServerInstance<ServerContext, Context>,
): GraphqlWs {
  const limits = app.config.webSocket;
  const { debugErrors } = app.config;
  const server = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: limits.maxPayloadBytes });
  const { presence } = app.services;
  const live = new LiveSockets({
    added: (viewer) => {
      if (countsForPresence(viewer)) presence.opened(viewer.agentId, viewer.workspaceId);
    },
    removed: (viewer) => {
      if (countsForPresence(viewer)) presence.closed(viewer.agentId);
    },
  });
  app.metrics.watchWebSockets({ connections: () => server.clients.size, subscriptions: () => live.subscriptions() });
  // Revocations published while Redis was away never arrive.
  const stopMissing = app.pubsub.onReconnect(() => live.missedRevocations());
  const revocations = app.pubsub.pubsub.subscribe('revocation');
  void (async () => {
    for await (const revocation of revocations) live.end(revocation);
  })();
  useServer<ConnectionParams, WsExtra>(
    {
      connectionInitWaitTimeout: limits.initTimeoutMs,
      // graphql-ws's own close reasons carry error messages unless this is set.
      isProd: !debugErrors,
      execute: (args) => (args as EnvelopedArgs).execute(args),
      subscribe: (args) => (args as EnvelopedArgs).subscribe(args),
      onConnect: connectionGate(app, live),
      onClose: (ctx: Ctx) => live.remove(ctx.extra.socket),
      onSubscribe: operationSetup(app, yoga, live),
      // Errors of a stream that broke (e.g. the database went away mid-replay) are masked like
      // HTTP ones: typed SERVICE_UNAVAILABLE, never a message with server paths.
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => clientError(error, debugErrors).toJSON()),
    },
    server,
  );
  const disconnectAll = () => {
    for (const client of server.clients) client.terminate();
  };
  let closed: Promise<void> | null = null;
  return {
    server,
    disconnectAll,
    close: () =>
      (closed ??= (async () => {
        stopMissing();
        await revocations.return?.();
        // No new sockets from here on; 'close' comes once every socket has gone.
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await closeForRestart(server.clients);
        await stopped;
      })()),
  };
}
