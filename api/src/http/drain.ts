/**
 * Graceful stop of the HTTP server, bounded in time: once started, the server accepts no new
 * connections and closes idle keep-alive ones; requests already in flight run to the end and
 * their answers are delivered (with `Connection: close`, so the client does not reuse the
 * connection); a request that arrives meanwhile on an open connection is answered 503 +
 * Retry-After + `Connection: close`; streamed answers (subscriptions over HTTP) are ended. At
 * the deadline every connection left — a client that stopped reading, one that never finished
 * sending its request, an upgraded socket still open — is destroyed.
 *
 * WebSockets are not this file's business (http/graphql-ws.ts closes them with 1012); their
 * sockets are destroyed here only if still open at the deadline.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** What a request arriving during the drain is told to wait before retrying (elsewhere). */
export const drainRetryAfterSeconds = 1;

export class Drain {
  /** HTTP connections (upgraded ones leave this set). */
  private readonly connections = new Set<Socket>();
  private readonly upgraded = new Set<Socket>();
  private readonly inFlight = new Set<ServerResponse>();
  private readonly stops = new Set<() => void>();
  private server: Server | null = null;
  private stopping = false;
  private done: Promise<void> | null = null;
  private allClosed: (() => void) | null = null;

  get started(): boolean {
    return this.stopping;
  }

  /** Tracks the server's connections and requests; call once, before it listens. */
  attach(server: Server): void {
    this.server = server;
    server.on('connection', (socket: Socket) => {
      this.connections.add(socket);
      socket.once('close', () => this.forget(socket));
    });
    server.on('upgrade', (_req: IncomingMessage, socket: Socket) => {
      // Alone (the WebSocket server already closed), do what Node does without a listener.
      if (server.listenerCount('upgrade') === 1) return void socket.destroy();
      this.connections.delete(socket);
      this.upgraded.add(socket);
      socket.once('close', () => this.upgraded.delete(socket));
      this.checkClosed();
    });
  }

  /**
   * Call first thing for each request: during a drain, answers it 503 (with `headers` too, e.g.
   * CORS, so a page can read the answer) and returns true; otherwise tracks it as in flight and
   * returns false.
   */
  refuse(res: ServerResponse, headers: Record<string, string> = {}): boolean {
    if (this.started) {
      res.writeHead(503, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(drainRetryAfterSeconds),
        connection: 'close',
      });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: 'This server is shutting down. Retry the request (it will reach another instance).',
              extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: drainRetryAfterSeconds },
            },
          ],
        }),
      );
      return true;
    }
    this.inFlight.add(res);
    const socket = res.socket;
    res.once('close', () => {
      this.inFlight.delete(res);
      // An answer whose headers went out before the drain could not say `Connection: close`:
      // end its connection now that it is complete (gracefully — what was written still
      // reaches the client; Node's closeIdleConnections would destroy it).
      if (this.started && socket && !socket.destroyed) socket.end();
    });
    return false;
  }

  /** Registers how to end a long-lived answer (a stream) when the drain starts; returns its removal. */
  onStop(stop: () => void): () => void {
    if (this.started) {
      stop();
      return () => {};
    }
    this.stops.add(stop);
    return () => this.stops.delete(stop);
  }

  start(timeoutMs: number): Promise<void> {
    this.stopping = true;
    this.done ??= this.run(timeoutMs);
    return this.done;
  }

  private async run(timeoutMs: number): Promise<void> {
    const server = this.server;
    if (!server) return;
    const closed = new Promise<void>((resolve) => (this.allClosed = resolve));
    server.close();
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    for (const stop of this.stops) stop();
    this.stops.clear();
    server.closeIdleConnections();
    this.checkClosed();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([closed, deadline]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      for (const socket of [...this.connections, ...this.upgraded]) socket.destroy();
      await closed;
    }
  }

  private forget(socket: Socket): void {
    this.connections.delete(socket);
    this.checkClosed();
  }

  private checkClosed(): void {
    if (this.started && this.connections.size === 0) this.allClosed?.();
  }
}
