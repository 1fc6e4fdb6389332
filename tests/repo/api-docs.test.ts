/**
 * The webhook receiver in docs/api.md (the fenced block marked `js verify-webhook`) is run as
 * written, behind a real local HTTP server, against deliveries built and signed by Baton's own
 * code (payloads.ts for the envelope and the delivery id, signing.ts for `Baton-Signature`): it
 * accepts a fresh delivery once, drops the same delivery sent again (a retry, signed afresh), and
 * refuses a tampered body, a wrong secret, a replay older than 5 minutes and a mismatched
 * `Baton-Delivery`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookBody, webhookDeliveryGlobalId } from '../../api/src/domain/webhooks/payloads.js';
import { signWebhook } from '../../api/src/domain/webhooks/signing.js';

interface DocEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

interface VerifyModule {
  verifyBatonWebhook(
    secret: string,
    headers: IncomingMessage['headers'],
    rawBody: Buffer,
    nowSeconds?: number,
  ): DocEvent;
  batonWebhookHandler(secret: string, onEvent: (event: DocEvent) => Promise<void>): RequestListener;
}

const docPath = new URL('../../docs/api.md', import.meta.url);
const secret = 'whsec_docs_example_secret_0123456789';

/** The one fenced block marked `js verify-webhook` in docs/api.md. */
function snippet(): string {
  const blocks = [...readFileSync(docPath, 'utf8').matchAll(/^```js verify-webhook\n([\s\S]*?)^```$/gm)];
  expect(blocks).toHaveLength(1);
  return blocks[0]![1]!;
}

const handled: DocEvent[] = [];
let dir: string;
let server: Server;
let url: string;
let doc: VerifyModule;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-api-docs-'));
  const file = join(dir, 'verify-webhook.mjs');
  writeFileSync(file, snippet());
  doc = (await import(pathToFileURL(file).href)) as VerifyModule;
  const handler = doc.batonWebhookHandler(secret, async (event) => {
    handled.push(event);
  });
  server = createServer((req: IncomingMessage, res: ServerResponse) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** One delivery as Baton builds it: envelope from payloads.ts, headers as deliveries.ts sends them. */
function delivery(type = 'message.created') {
  const deliveryId = randomUUID();
  const body = webhookBody(deliveryId, randomUUID(), type, new Date().toISOString(), {
    messageId: 'TWVzc2FnZTox',
    conversationId: 'Q29udmVyc2F0aW9uOjE=',
    seq: 3,
    authorKind: 'VISITOR',
    authorName: null,
    body: 'Où est ma commande ? ✓',
    createdAt: new Date().toISOString(),
  });
  return { id: webhookDeliveryGlobalId(deliveryId), type, body };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function post(
  d: { id: string; type: string; body: string },
  options: { body?: string; key?: string; t?: number; deliveryHeader?: string } = {},
) {
  const t = options.t ?? nowSeconds();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Baton-Webhooks/1',
      'Baton-Delivery': options.deliveryHeader ?? d.id,
      'Baton-Event': d.type,
      'Baton-Signature': signWebhook(options.key ?? secret, d.body, t),
    },
    body: options.body ?? d.body,
  });
  return { status: res.status, text: await res.text() };
}

describe('docs/api.md webhook receiver', () => {
  it('accepts a fresh delivery signed by Baton and hands the event over once', async () => {
    const d = delivery();
    const before = handled.length;
    expect(await post(d)).toEqual({ status: 200, text: 'ok' });
    expect(handled.slice(before)).toHaveLength(1);
    expect(handled.at(-1)).toMatchObject({ id: d.id, type: 'message.created', version: '2026-12-01' });
    expect(handled.at(-1)!.data.body).toBe('Où est ma commande ? ✓');
  });

  it('drops a duplicate delivery (a retry with the same Baton-Delivery, signed afresh)', async () => {
    const d = delivery('conversation.taken_over');
    expect((await post(d)).status).toBe(200);
    const count = handled.filter((e) => e.id === d.id).length;
    expect(await post(d, { t: nowSeconds() + 1 })).toEqual({ status: 200, text: 'duplicate' });
    expect(handled.filter((e) => e.id === d.id)).toHaveLength(count);
    expect(count).toBe(1);
  });

  it('refuses a tampered body', async () => {
    const d = delivery();
    const tampered = d.body.replace('Où est ma commande', 'Refund me now');
    expect(tampered).not.toBe(d.body);
    expect(await post(d, { body: tampered })).toEqual({ status: 400, text: 'signature mismatch' });
    expect(handled.some((e) => e.id === d.id)).toBe(false);
  });

  it('refuses a signature made with another secret', async () => {
    const d = delivery();
    expect(await post(d, { key: 'whsec_someone_else' })).toEqual({ status: 400, text: 'signature mismatch' });
  });

  it('refuses a replay older than 5 minutes, and accepts one just inside', async () => {
    const old = delivery();
    expect(await post(old, { t: nowSeconds() - 301 })).toEqual({
      status: 400,
      text: 'timestamp out of tolerance (replay?)',
    });
    expect(handled.some((e) => e.id === old.id)).toBe(false);
    const recent = delivery();
    expect((await post(recent, { t: nowSeconds() - 290 })).status).toBe(200);
  });

  it('refuses a Baton-Delivery that is not the body id, and a missing signature', async () => {
    const d = delivery();
    expect(await post(d, { deliveryHeader: webhookDeliveryGlobalId(randomUUID()) })).toEqual({
      status: 400,
      text: 'Baton-Delivery does not match the body',
    });
    const res = await fetch(url, { method: 'POST', headers: { 'Baton-Delivery': d.id }, body: d.body });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('malformed Baton-Signature');
  });

  it('agrees with verifyBatonWebhook called directly', () => {
    const d = delivery();
    const t = nowSeconds();
    const headers = { 'baton-signature': signWebhook(secret, d.body, t), 'baton-delivery': d.id };
    expect(doc.verifyBatonWebhook(secret, headers, Buffer.from(d.body), t).id).toBe(d.id);
    expect(() => doc.verifyBatonWebhook(secret, headers, Buffer.from(d.body), t + 301)).toThrow(/tolerance/);
  });
});
