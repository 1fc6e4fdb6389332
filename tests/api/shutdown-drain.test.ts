/**
 * The shutdown building blocks, on a real server over real sockets: the HTTP server's
 * `drain(timeoutMs)` (requests in flight finish and their answers are delivered, a request that
 * arrives meanwhile on an open connection gets 503 + Retry-After + `Connection: close`, the
 * server stops, and a client that stops reading or sending cannot hold it past the timeout) and
 * graphql-ws's `close()` (every socket closed with 1012 "service restart"; a client that stops
 * reading is terminated after about a second instead of holding shutdown for ws's 30 s).
 */
import { readFileSync } from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, type App } from '../../api/src/app.js';
import { parseConfig } from '../../api/src/config.js';
import { attachGraphqlWs, type GraphqlWs } from '../../api/src/http/graphql-ws.js';
import { createHttpServer, type HttpServer } from '../../api/src/http/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, wsRequest } from '../helpers/graphql.js';
import { adminUrl, databaseUrlFor } from '../helpers/postgres.js';
import { trustTestDocuments } from '../helpers/trusted-documents.js';

const DRAIN_VIEWER = graphql(`
  query DrainViewer {
    viewer {
      id
    }
  }
`);
/** Sent with a huge string for `$days`: the error answer quotes it (twice), so the answer is large. */
const DRAIN_LARGE_ANSWER = graphql(`
  query DrainLargeAnswer($days: Int) {
    aiUsage(days: $days) {
      period
    }
  }
`);

interface Running {
  app: App;
  http: HttpServer;
  ws: GraphqlWs;
  port: number;
  /** The server side of each accepted TCP connection, in order. */
  accepted: Socket[];
}

let running: Running | undefined;

/** The app with its HTTP server and graphql-ws, as api/src/server.ts assembles them (without its close). */
async function start(): Promise<Running> {
  const config = parseConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_AUTO_MIGRATE: 'false',
    BATON_DATA_DIR: '/nonexistent-baton-data',
    BATON_RATE_LIMIT_SCALE: '1000',
    ...trustTestDocuments,
  });
  const baseUrl = process.env.DATABASE_URL;
  let app: App;
  if (baseUrl) {
    const name = `baton_t_${process.ppid}_${process.pid}_drain_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(baseUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
    await admin.end();
    app = await createApp({ ...config, databaseUrl: databaseUrlFor(baseUrl, name) }, { log: () => {} });
  } else {
    const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    app = await createApp(config, { pglite, log: () => {} });
  }
  const http = createHttpServer(app);
  const ws = attachGraphqlWs(app, http.server, http.yoga);
  const accepted: Socket[] = [];
  http.server.on('connection', (socket: Socket) => accepted.push(socket));
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const { port } = http.server.address() as AddressInfo;
  running = { app, http, ws, port, accepted };
  return running;
}

afterEach(async () => {
  if (!running) return;
  const { app, http, ws } = running;
  running = undefined;
  await Promise.all([ws.close(), http.drain(100)]);
  await app.close();
});

/** A raw HTTP/1.1 client connection: what it received so far, and whether the server closed it. */
function rawClient(port: number) {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, connected, closed, received: () => received };
}

/** Polls a condition the test cannot be told about (bytes reaching the server), with a deadline. */
async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const body = JSON.stringify({ query: String(DRAIN_VIEWER) });
const headers = (length: number) =>
  `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('HTTP drain', () => {
  it('lets a request in flight finish and answers it, refuses a request arriving meanwhile with 503, then stops', async () => {
    const { http, port, accepted } = await start();

    // A: a request whose handler runs already, its body not all sent yet.
    const a = rawClient(port);
    const handled = new Promise<void>((resolve) => http.server.once('request', () => resolve()));
    a.socket.write(headers(body.length) + body.slice(0, 10));
    await handled;
    // B: a kept-alive connection on which a request has begun (headers partly sent).
    const b = rawClient(port);
    await b.connected;
    const partial = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n';
    b.socket.write(partial);
    await until(() => accepted.length === 2 && accepted[1]!.bytesRead >= partial.length, 'B reaching the server');
    // C: an idle connection.
    const c = rawClient(port);
    await c.connected;
    await until(() => accepted.length === 3, 'C reaching the server');

    const drained = http.drain(10_000);
    expect(http.draining()).toBe(true);
    a.socket.write(body.slice(10));
    b.socket.write(`Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);

    await Promise.all([a.closed, b.closed, c.closed]);
    await drained;
    // A's answer was delivered, and it told the client not to reuse the connection.
    expect(a.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(a.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(a.received()).toContain('{"data":{"viewer":null}}');
    // B's request arrived during the drain: 503, Retry-After, Connection: close, a typed body.
    expect(b.received()).toMatch(/^HTTP\/1\.1 503 /);
    expect(b.received()).toMatch(/\r\nretry-after: \d+\r\n/i);
    expect(b.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(b.received()).toContain('"code":"SERVICE_UNAVAILABLE"');
    // C was closed without an answer; the server accepts no new connection.
    expect(c.received()).toBe('');
    expect(http.server.listening).toBe(false);
    const refused = await new Promise<string>((resolve) =>
      connect(port, '127.0.0.1')
        .once('connect', () => resolve('connected'))
        .once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error')),
    );
    expect(refused).toBe('ECONNREFUSED');
  });

  it('is bounded: a client that stopped sending its request and one that stopped reading its answer are cut at the timeout', async () => {
    const { http, port, accepted } = await start();
    // A client that sent half of its request and then nothing more.
    const stalled = rawClient(port);
    const handled = new Promise<void>((resolve) => http.server.once('request', () => resolve()));
    stalled.socket.write(headers(body.length) + body.slice(0, 5));
    await handled;

    const reader = rawClient(port);
    await reader.connected;
    reader.socket.pause();
    // Pipelined requests whose large answers the client never reads: they fill the socket
    // buffers and the server blocks on writing.
    const large = JSON.stringify({ query: String(DRAIN_LARGE_ANSWER), variables: { days: 'x'.repeat(400_000) } });
    reader.socket.write((headers(large.length) + large).repeat(30));
    await until(
      () => accepted.length === 2 && accepted[1]!.writableLength > 0,
      'the server blocked on writing to a client that does not read',
      30_000,
    );

    const startedAt = Date.now();
    await http.drain(500);
    const took = Date.now() - startedAt;
    expect(took).toBeLessThan(3000);
    await stalled.closed;
    reader.socket.resume();
    await reader.closed;
  });
});

describe('graphql-ws close', () => {
  it('closes every socket with 1012 "service restart", and does not wait for a client that stopped reading', async () => {
    const { ws, port } = await start();
    const url = `ws://127.0.0.1:${port}/graphql`;
    const client = connectWs(url);
    expect((await wsRequest(client.client, DRAIN_VIEWER)).data.viewer).toBeNull();

    // A client that completes connection_init, then stops reading.
    let rawSocket: Socket | undefined;
    const raw = new WebSocket(url, 'graphql-transport-ws', {
      createConnection: () => (rawSocket = connect(port, '127.0.0.1')),
    });
    await new Promise<void>((resolve) => raw.once('open', () => resolve()));
    const acked = new Promise<void>((resolve) => raw.once('message', () => resolve()));
    raw.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await acked;
    const rawClosed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    rawSocket!.pause();

    const startedAt = Date.now();
    await ws.close();
    expect(Date.now() - startedAt).toBeLessThan(3000);
    expect(await client.closed).toBe(1012);
    rawSocket!.resume();
    // Terminated: the client never saw a completed close handshake (1006), or read the 1012 frame late.
    expect([1006, 1012]).toContain(await rawClosed);
  });
});
