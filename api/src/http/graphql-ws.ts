/**
 * graphql-ws on the GraphQL path, executed through Yoga's envelop (the same auth, limits and
 * plugins as HTTP). Each operation authenticates again, so a session revoked after the socket
 * opened stops working; Yoga's enveloped execute / subscribe travel on the execution args, as
 * in graphql-yoga's own graphql-ws integration.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { ExecutionArgs, ExecutionResult, GraphQLError } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import type { App } from '../app.js';
import { authenticate, tokenFromConnectionParams, unauthenticated, type Credentials } from '../auth/authenticate.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { requestOrigin } from './client-address.js';
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

const credentials = (ctx: WsContext<ConnectionParams, WsExtra>): Credentials => ({
  token: tokenFromConnectionParams(ctx.connectionParams),
  origin: requestOrigin(ctx.extra.request),
});

export interface GraphqlWs {
  server: WebSocketServer;
  /** Drops every connection (clients reconnect and resume). */
  disconnectAll(): void;
  close(): Promise<void>;
}

export function attachGraphqlWs(
  app: App,
  httpServer: Server,
  yoga: YogaServerInstance<ServerContext, Context>,
  maxPayload: number,
): GraphqlWs {
  const { services, tokens } = app;
  const server = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload });
  const disposer = useServer<ConnectionParams, WsExtra>(
    {
      execute: (args) => (args as EnvelopedArgs).execute(args),
      subscribe: (args) => (args as EnvelopedArgs).subscribe(args),
      onConnect: async (ctx: WsContext<ConnectionParams, WsExtra>) => {
        // Refuse the connection (close 4403) when credentials are present but not valid.
        try {
          await authenticate(services, tokens, credentials(ctx));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let viewer: Viewer;
        try {
          viewer = await authenticate(services, tokens, credentials(ctx));
        } catch (error) {
          return [unauthenticated(error)];
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
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
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
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
      },
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
      await disposer.dispose();
      disconnectAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
