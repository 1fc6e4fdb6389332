/**
 * examples/queued-handoffs, run as a child process (`node --import tsx src/main.ts`, what its
 * `pnpm start` does) against a real server: it prints the queued handoffs, then each new one the
 * test requests, and its webhook receiver accepts a delivery signed as the contract says, answers
 * a repeat of it as a duplicate and refuses a tampered or replayed one. It runs with a scoped API
 * key. Then Baton itself delivers to it: an endpoint made with a `webhooks:manage` key receives a
 * real `handoff.requested`, which the example verifies with the secret Baton issued, and a
 * redelivery of it (same `Baton-Delivery`) which it drops as a duplicate. Nothing is waited for
 * but the example's own output lines and the delivery log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { createKey } from '../helpers/api-keys.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, startSession, SUBMIT_ACTION } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { CREATE_ENDPOINT, deliveriesOf, fastWebhooks, REDELIVER, UPDATE_ENDPOINT } from '../helpers/webhooks.js';
import { signUp, type SignedIn } from '../helpers/team.js';

const exampleDir = fileURLToPath(new URL('../../examples/queued-handoffs/', import.meta.url));
const webhookSecret = `whsec_${randomUUID()}`;

const ACTIONS = graphql(`
  query SdkExampleActions {
    customActions {
      id
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
/** What the example needs: the queue and the inbox events. */
let readKey: string;
const examples: Example[] = [];

beforeAll(async () => {
  server = await startTestServer(fastWebhooks);
  owner = await signUp(server.graphqlUrl, 'Example Co');
  readKey = (await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ'])).secret;
});
afterAll(async () => {
  for (const example of examples) await example.stop();
  await server?.close();
});

async function handoff(by: SignedIn = owner): Promise<string> {
  const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, by.token));
  const actions = await gql(server.graphqlUrl, ACTIONS, {}, visitor.token);
  const input = { conversationId: visitor.conversationId, actionId: actions.data.customActions[0]!.id };
  expectTypename(
    (await gql(server.graphqlUrl, SUBMIT_ACTION, { input }, visitor.token)).data.submitAction,
    'HandoffPayload',
  );
  return visitor.conversationId;
}

interface Example {
  lines: string[];
  /** The first line (from `from` on) matching; `timeoutMs` is only a failure deadline. */
  line(
    match: (line: string) => boolean,
    what: string,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<string>;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

function runExample(env: Record<string, string>): Example {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: exampleDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers = new Set<() => void>();
  let stderr = '';
  let exited = false;
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    watchers.forEach((w) => w());
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const gone = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      watchers.forEach((w) => w());
      resolve(code);
    }),
  );
  const example: Example = {
    lines,
    exited: gone,
    line(match, what, { from = 0, timeoutMs = 20_000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.slice(from).find(match);
          if (found !== undefined || exited) {
            watchers.delete(check);
            clearTimeout(timer);
            if (found !== undefined) resolve(found);
            else reject(new Error(`${what}: the example exited. Output:\n${lines.join('\n')}\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`${what}: not printed within ${timeoutMs} ms. Output:\n${lines.join('\n')}\n${stderr}`));
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await gone;
    },
  };
  examples.push(example);
  return example;
}

function signed(body: string, t = Math.floor(Date.now() / 1000)): Record<string, string> {
  const id = (JSON.parse(body) as { id: string }).id;
  const signature = createHmac('sha256', webhookSecret).update(`${t}.${body}`).digest('hex');
  return {
    'content-type': 'application/json',
    'user-agent': 'Baton-Webhooks/1',
    'baton-delivery': id,
    'baton-event': 'handoff.requested',
    'baton-signature': `t=${t},v1=${signature}`,
  };
}

describe('examples/queued-handoffs', () => {
  it('lists the queue, prints new handoffs and verifies webhook deliveries', async () => {
    const waiting = await handoff();
    const example = runExample({
      BATON_URL: server.graphqlUrl,
      BATON_API_KEY: readKey,
      WEBHOOK_SECRET: webhookSecret,
      WEBHOOK_PORT: '0',
    });
    const receiverLine = await example.line((l) => l.startsWith('webhook receiver on '), 'receiver URL');
    const receiver = receiverLine.slice('webhook receiver on '.length);
    await example.line((l) => l.startsWith(`queued ${waiting} `), 'the queued handoff');
    await example.line((l) => l === 'listening for new handoffs', 'subscribed');

    // The subscription is live once the server has attached it (not acknowledged by the
    // protocol): request handoffs until the example prints one of them.
    const requested: string[] = [];
    for (let round = 0; ; round++) {
      expect(round, 'the example never printed a new handoff').toBeLessThan(40);
      requested.push(await handoff());
      const seen = await example
        .line((l) => requested.some((id) => l.startsWith(`new handoff ${id}:`)), 'new handoff', { timeoutMs: 500 })
        .catch(() => null);
      if (seen) break;
    }
    const from = example.lines.length;
    const fresh = await handoff();
    await example.line((l) => l.startsWith(`new handoff ${fresh}:`), 'the next handoff', { from });

    // Webhooks: a delivery signed as Baton signs them, then the same again, then forgeries.
    const body = JSON.stringify({
      id: randomUUID(),
      type: 'handoff.requested',
      version: '2026-12-01',
      createdAt: new Date().toISOString(),
      workspaceId: owner.workspaceId,
      data: { conversationId: fresh, status: 'QUEUED', assignee: null, actor: null },
    });
    const id = (JSON.parse(body) as { id: string }).id;
    const headers = signed(body);
    expect((await fetch(receiver, { method: 'POST', headers, body })).status).toBe(204);
    await example.line((l) => l === `webhook verified ${id} handoff.requested ${fresh}`, 'verified delivery');
    expect((await fetch(receiver, { method: 'POST', headers, body })).status).toBe(204);
    await example.line((l) => l === `webhook duplicate ${id}`, 'duplicate delivery');

    const tampered = body.replace('QUEUED', 'RESOLVED');
    expect((await fetch(receiver, { method: 'POST', headers, body: tampered })).status).toBe(400);
    await example.line((l) => l.startsWith('webhook rejected SIGNATURE_MISMATCH'), 'tampered delivery');
    const old = body.replace(id, randomUUID());
    const replayed = signed(old, Math.floor(Date.now() / 1000) - 301);
    expect((await fetch(receiver, { method: 'POST', headers: replayed, body: old })).status).toBe(400);
    await example.line((l) => l.startsWith('webhook rejected TIMESTAMP_OUT_OF_TOLERANCE'), 'replayed delivery');
    expect(example.lines.filter((l) => l.startsWith('webhook verified'))).toHaveLength(1);
  });

  it('a refused key ends it with a typed error and exit code 1', async () => {
    const refused = runExample({ BATON_URL: server.graphqlUrl, BATON_API_KEY: 'bk_unknown0_not-a-real-secret' });
    try {
      const line = await refused.line((l) => l.startsWith('error '), 'error line');
      expect(line).toMatch(/^error (UNAUTHENTICATED|FORBIDDEN): /);
      expect(refused.lines.some((l) => l.startsWith('queued'))).toBe(false);
      expect(await refused.exited).toBe(1);
    } finally {
      await refused.stop();
    }
  });

  it("verifies Baton's own signed delivery and drops its redelivery as a duplicate", async () => {
    const shop = await signUp(server.graphqlUrl, 'Delivered Co');
    const key = (await createKey(server.graphqlUrl, shop, ['CONVERSATIONS_READ', 'WEBHOOKS_MANAGE'])).secret;
    // Baton issues the secret when the endpoint is made; the example's port is known only once it
    // runs, so the endpoint starts on a placeholder and is pointed at the example afterwards.
    const created = await gql(
      server.graphqlUrl,
      CREATE_ENDPOINT,
      { input: { url: 'http://127.0.0.1:9/webhooks', events: ['handoff.requested'] } },
      key,
    );
    const endpoint = expectTypename(created.data.createWebhookEndpoint, 'WebhookEndpoint');
    const example = runExample({
      BATON_URL: server.graphqlUrl,
      BATON_API_KEY: key,
      WEBHOOK_SECRET: endpoint.secret,
      WEBHOOK_PORT: '0',
    });
    const receiverLine = await example.line((l) => l.startsWith('webhook receiver on '), 'receiver URL');
    const moved = await gql(
      server.graphqlUrl,
      UPDATE_ENDPOINT,
      { id: endpoint.id, input: { url: receiverLine.slice('webhook receiver on '.length) } },
      key,
    );
    expectTypename(moved.data.updateWebhookEndpoint, 'WebhookEndpoint');

    const conversationId = await handoff(shop);
    const verified = await example.line(
      (l) => l.startsWith('webhook verified ') && l.endsWith(` handoff.requested ${conversationId}`),
      "Baton's delivery",
    );
    const deliveryId = verified.split(' ')[2]!;
    // Baton records the attempt once the example's answer is back: the log is read until then.
    const logged = async () =>
      (await deliveriesOf(server.graphqlUrl, key, endpoint.id)).deliveries.map((d) => ({
        id: d.id,
        status: d.status,
        answers: d.attempts.map((a) => a.statusCode),
      }));
    await expect.poll(logged).toEqual([{ id: deliveryId, status: 'DELIVERED', answers: [204] }]);

    const again = await gql(server.graphqlUrl, REDELIVER, { id: deliveryId }, key);
    expect(expectTypename(again.data.redeliverWebhook, 'WebhookDelivery').id).toBe(deliveryId);
    await example.line((l) => l === `webhook duplicate ${deliveryId}`, 'the redelivery');
    expect(example.lines.filter((l) => l.startsWith('webhook verified'))).toHaveLength(1);
    expect(example.lines.some((l) => l.startsWith('webhook rejected'))).toBe(false);
  });
});
