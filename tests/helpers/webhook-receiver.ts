/**
 * A real local HTTP server that receives Baton's webhooks, as an integration would: it records
 * every request, verifies its signature with the endpoint's secret (rejecting replays older than
 * 5 minutes, as docs/api.md shows) and de-duplicates on `Baton-Delivery`. What it answers is up
 * to the test (`respond`), by default 200.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature, type SignatureCheck } from '../../api/src/domain/webhooks/signing.js';

export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Parsed body. */
  json: {
    id: string;
    type: string;
    version: string;
    createdAt: string;
    workspaceId: string;
    data: Record<string, unknown>;
  };
  deliveryId: string;
  event: string;
  signature: SignatureCheck;
  /** Whether this delivery id was accepted before (a duplicate the receiver drops). */
  duplicate: boolean;
  /** The status the receiver answered. */
  status: number;
}

export type Responder = (request: Omit<ReceivedWebhook, 'status'>, res: ServerResponse) => number | 'hang' | void;

export interface WebhookReceiver {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** Delivery ids accepted (2xx answered, signature valid), in order, without duplicates. */
  accepted: string[];
  /** The secret signatures are checked with (set once the endpoint exists, or rotated). */
  secret: string;
  respond: Responder;
  /** Resolves once `predicate` holds for what was received; `timeoutMs` is only a failure deadline. */
  waitFor(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
  /** Starts again on the same port after `close` (a receiver that was down). */
  listen(): Promise<void>;
}

export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const watchers = new Set<() => void>();
  const hanging = new Set<ServerResponse>();
  let server: Server;
  const receiver: WebhookReceiver = {
    url: '',
    port,
    received: [],
    accepted: [],
    secret: '',
    respond: () => 200,
    waitFor(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(receiver.received)) return;
          watchers.delete(check);
          clearTimeout(timer);
          resolve(receiver.received);
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(
            new Error(
              `Timed out after ${timeoutMs} ms with ${receiver.received.length} requests: ${JSON.stringify(
                receiver.received.map((r) => ({ event: r.event, id: r.deliveryId, status: r.status })),
              )}`,
            ),
          );
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    listen: () => listen(receiver.port),
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const deliveryId = String(req.headers['baton-delivery'] ?? '');
      const signature = verifyWebhookSignature(
        receiver.secret,
        body,
        req.headers['baton-signature'] as string | undefined,
      );
      let json: ReceivedWebhook['json'];
      try {
        json = JSON.parse(body) as ReceivedWebhook['json'];
      } catch {
        json = { id: '', type: '', version: '', createdAt: '', workspaceId: '', data: {} };
      }
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json,
        deliveryId,
        event: String(req.headers['baton-event'] ?? ''),
        signature,
        duplicate: receiver.accepted.includes(deliveryId),
      };
      const answer = signature.ok ? receiver.respond(request, res) : 401;
      if (answer === 'hang') {
        hanging.add(res);
        receiver.received.push({ ...request, status: 0 });
      } else {
        const status = typeof answer === 'number' ? answer : 200;
        if (status >= 200 && status < 300 && !request.duplicate) receiver.accepted.push(deliveryId);
        receiver.received.push({ ...request, status });
        if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status >= 200 && status < 300 ? 'ok' : `refused with ${status}`);
      }
      for (const w of [...watchers]) w();
    });
  };
  const listen = (on: number) =>
    new Promise<void>((resolve, reject) => {
      server = createServer(handle);
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => {
        receiver.port = (server.address() as AddressInfo).port;
        receiver.url = `http://127.0.0.1:${receiver.port}/hooks`;
        resolve();
      });
    });
  await listen(port);
  return receiver;
}
