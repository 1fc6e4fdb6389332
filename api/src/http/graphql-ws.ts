/**
 * graphql-ws on the GraphQL path, executed through Yoga's envelop (the same auth, limits and
 * plugins as HTTP). Each operation authenticates again, so a session revoked after the socket
 * opened cannot start anything new; revocations published by any instance end this instance's
 * matching sockets at once (live-sockets.ts). Yoga's enveloped execute / subscribe travel on the
 * execution args, as in graphql-yoga's own graphql-ws integration.
 *
 * Limits: `maxPayload` per message, a short `connection_init` deadline, at most
 * `maxSubscriptions` operations per socket and `maxAnonymousPerIp` sockets without credentials
 * per IP (close 4429). A rejected operation — invalid, too deep, too costly, one too many — gets
 * an `error` message for its id; the socket and its other subscriptions carry on.
 */
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { SubscribePayload, Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import type { App } from '../app.js';
import { authenticate, tokenFromConnectionParams, unauthenticated, type Credentials } from '../auth/authenticate.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { RateLimitedError } from '../domain/errors.js';
import { clientIp, requestOrigin } from './client-address.js';
import { LiveSockets } from './live-sockets.js';
import type { ServerContext } from './server.js';

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

const credentials = (ctx: Ctx): Credentials => ({
  token: tokenFromConnectionParams(ctx.connectionParams),
  origin: requestOrigin(ctx.extra.request),
});

/** Anything an operation's set-up throws becomes that operation's error, never a socket close. */
function operationError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

export interface GraphqlWs {
  server: WebSocketServer;
  /** Drops every connection (clients reconnect and resume). */
  disconnectAll(): void;
  close(): Promise<void>;
}

/** `connection_init`: refuses bad credentials (4403), connection floods and floods of anonymous sockets from one IP (4429). */
function connectionGate(app: App, live: LiveSockets) {
  const { services, tokens, config } = app;
  return async (ctx: Ctx): Promise<boolean> => {
    let viewer: Viewer;
    try {
      viewer = await authenticate(services, tokens, credentials(ctx));
    } catch {
      return false;
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
    });
    return true;
  };
}

/** `subscribe`: the operation's limit, authentication, parsing and validation — errors for that operation only. */
function operationSetup(app: App, yoga: YogaServerInstance<ServerContext, Context>) {
  const { services, tokens, config } = app;
  const { maxSubscriptions } = config.webSocket;
  const prepare = async (ctx: Ctx, viewer: Viewer, payload: SubscribePayload) => {
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
    let viewer: Viewer;
    try {
      viewer = await authenticate(services, tokens, credentials(ctx));
    } catch (error) {
      return [unauthenticated(error)];
    }
    try {
      return await prepare(ctx, viewer, payload);
    } catch (error) {
      return [operationError(error)];
    }
  };
}

export function attachGraphqlWs(
  app: App,
  httpServer: Server,
  yoga: YogaServerInstance<ServerContext, Context>,
): GraphqlWs {
  const limits = app.config.webSocket;
  const server = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: limits.maxPayloadBytes });
  const live = new LiveSockets();
  const revocations = app.pubsub.pubsub.subscribe('revocation');
  void (async () => {
    for await (const revocation of revocations) live.end(revocation);
  })();
  const disposer = useServer<ConnectionParams, WsExtra>(
    {
      connectionInitWaitTimeout: limits.initTimeoutMs,
      execute: (args) => (args as EnvelopedArgs).execute(args),
      subscribe: (args) => (args as EnvelopedArgs).subscribe(args),
      onConnect: connectionGate(app, live),
      onClose: (ctx: Ctx) => live.remove(ctx.extra.socket),
      onSubscribe: operationSetup(app, yoga),
    },
    server,
  );
  const disconnectAll = () => {
    for (const client of server.clients) client.terminate();
  };
  return {
    server,
    disconnectAll,
    close: async () => {
      await revocations.return?.();
      await disposer.dispose();
      disconnectAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
