/**
 * `verifyWebhook` (packages/sdk) behind a real local HTTP server: the test signs requests itself
 * with node:crypto, exactly as the webhook contract says (HMAC-SHA256 of "<t>.<raw body>",
 * `Baton-Signature: t=…,v1=…`), and posts them over HTTP. Genuine deliveries verify and come back
 * typed; a wrong secret, a changed body, missing or malformed headers, a mismatched delivery id and
 * a replay older than 5 minutes are refused with their own codes.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError, type WebhookEvent } from '../../packages/sdk/src/index.js';

const secret = 'whsec_test_secret_for_the_sdk';
/** The receiver's clock: lets a test replay a captured request "later" without waiting. */
let receiverNow = () => new Date();
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const event = verifyWebhook({
          secret,
          headers: req.headers,
          rawBody: Buffer.concat(chunks),
          now: receiverNow(),
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(event));
      } catch (error) {
        const code = error instanceof WebhookVerificationError ? error.code : 'CRASH';
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ code }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function sign(body: string, t: number, key = secret): string {
  return createHmac('sha256', key).update(`${t}.${body}`).digest('hex');
}

function delivery(type = 'message.created', id = randomUUID()) {
  const body = JSON.stringify({
    id,
    type,
    version: '2026-12-01',
    createdAt: new Date().toISOString(),
    workspaceId: 'V29ya3NwYWNlOjE=',
    data: { conversationId: 'Q29udmVyc2F0aW9uOjE=', messageId: 'TWVzc2FnZTox', seq: 3, body: 'Héllo ✓' },
  });
  const t = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'Baton-Webhooks/1',
    'baton-delivery': id,
    'baton-event': type,
    'baton-signature': `t=${t},v1=${sign(body, t)}`,
  };
  return { id, body, t, headers };
}

async function post(body: string, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as WebhookEvent | { code: string } };
}

describe('verifyWebhook behind a real HTTP server', () => {
  it('accepts a genuine delivery and returns it typed by its type', async () => {
    const d = delivery();
    const { status, json } = await post(d.body, d.headers);
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: d.id, type: 'message.created', data: { seq: 3, body: 'Héllo ✓' } });
    // Typed by `type` (compile-time): data of message.created has seq and body.
    const event = verifyWebhook({ secret, headers: d.headers, rawBody: d.body });
    if (event.type === 'message.created') expect(event.data.seq).toBe(3);
    else throw new Error(`narrowed to ${event.type}`);
    // A fetch Headers object works the same.
    expect(verifyWebhook({ secret, headers: new Headers(d.headers), rawBody: d.body }).id).toBe(d.id);
  });

  it('accepts any of several v1 signatures (a secret being rotated)', async () => {
    const d = delivery('webhook.test');
    const signature = `t=${d.t},v1=${sign(d.body, d.t, 'old secret')},v1=${sign(d.body, d.t)}`;
    const { status } = await post(d.body, { ...d.headers, 'baton-signature': signature });
    expect(status).toBe(200);
  });

  it('refuses a wrong secret, a changed body and a signature over another timestamp', async () => {
    const d = delivery();
    const wrongSecret = `t=${d.t},v1=${sign(d.body, d.t, 'not the secret')}`;
    expect((await post(d.body, { ...d.headers, 'baton-signature': wrongSecret })).json).toEqual({
      code: 'SIGNATURE_MISMATCH',
    });
    expect((await post(d.body.replace('Héllo', 'Hello'), d.headers)).json).toEqual({ code: 'SIGNATURE_MISMATCH' });
    const otherT = `t=${d.t - 1},v1=${sign(d.body, d.t)}`;
    expect((await post(d.body, { ...d.headers, 'baton-signature': otherT })).json).toEqual({
      code: 'SIGNATURE_MISMATCH',
    });
  });

  it('refuses missing and malformed headers', async () => {
    const d = delivery();
    const { 'baton-signature': _signature, ...noSignature } = d.headers;
    expect((await post(d.body, noSignature)).json).toEqual({ code: 'MISSING_HEADER' });
    const { 'baton-delivery': _delivery, ...noDelivery } = d.headers;
    expect((await post(d.body, noDelivery)).json).toEqual({ code: 'MISSING_HEADER' });
    for (const bad of ['v1=abc', `t=${d.t}`, `t=soon,v1=${sign(d.body, d.t)}`, `t=${d.t},v1=zz`]) {
      const res = await post(d.body, { ...d.headers, 'baton-signature': bad });
      expect(res, bad).toEqual({ status: 400, json: { code: 'MALFORMED_SIGNATURE' } });
    }
  });

  it('refuses a delivery id that is not the body’s, and a body that is not a Baton event', async () => {
    const d = delivery();
    expect((await post(d.body, { ...d.headers, 'baton-delivery': randomUUID() })).json).toEqual({
      code: 'DELIVERY_ID_MISMATCH',
    });
    const notAnEvent = JSON.stringify({ hello: 'world' });
    const headers = { ...d.headers, 'baton-signature': `t=${d.t},v1=${sign(notAnEvent, d.t)}` };
    expect((await post(notAnEvent, headers)).json).toEqual({ code: 'INVALID_BODY' });
  });

  it('refuses a replay older than 5 minutes (and a timestamp from the future)', async () => {
    const d = delivery();
    expect((await post(d.body, d.headers)).status).toBe(200);
    try {
      // The same captured request, replayed 301 s later.
      receiverNow = () => new Date((d.t + 301) * 1000);
      expect((await post(d.body, d.headers)).json).toEqual({ code: 'TIMESTAMP_OUT_OF_TOLERANCE' });
      // Still fine at 299 s.
      receiverNow = () => new Date((d.t + 299) * 1000);
      expect((await post(d.body, d.headers)).status).toBe(200);
      receiverNow = () => new Date((d.t - 301) * 1000);
      expect((await post(d.body, d.headers)).json).toEqual({ code: 'TIMESTAMP_OUT_OF_TOLERANCE' });
    } finally {
      receiverNow = () => new Date();
    }
  });

  it('a genuine event of a type it does not know is told apart (acknowledge and ignore it)', async () => {
    const d = delivery('csat.submitted');
    expect((await post(d.body, d.headers)).json).toEqual({ code: 'UNKNOWN_EVENT_TYPE' });
  });
});
