/**
 * Webhook deliveries survive a restart (issue 14). The receiver is down while visitors write:
 * deliveries fail and wait for their retries. Baton is killed (SIGKILL) with them pending and
 * started again on the same data folder; the receiver comes back. Every delivery then arrives,
 * signed, and is accepted exactly once per delivery id by a receiver that de-duplicates on
 * `Baton-Delivery`; the delivery log shows the failed attempts before the successful one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBatonProcess, type BatonProcess } from '../helpers/baton-process.js';
import { gql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession } from '../helpers/handoff.js';
import { signUp } from '../helpers/team.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { createEndpoint, deliveriesOf, messageBodyOf } from '../helpers/webhooks.js';

describe('webhook deliveries across a restart', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let first: BatonProcess;
  let second: BatonProcess | undefined;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-webhook-restart-'));
    env = {
      BATON_DATA_DIR: dataDir,
      BATON_RATE_LIMIT_SCALE: '1000',
      BATON_JOB_LEASE_MS: '2000',
      BATON_JOB_POLL_MS: '200',
      BATON_WEBHOOK_ALLOW_PRIVATE: 'true',
      BATON_WEBHOOK_RETRY_BASE_MS: '300',
      BATON_WEBHOOK_MAX_ATTEMPTS: '50',
      BATON_WEBHOOK_TIMEOUT_MS: '10000',
    };
    receiver = await startWebhookReceiver();
    first = await startBatonProcess(env, { name: 'first', startTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await Promise.all([first?.kill9(), second?.kill9(), receiver?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers what was pending at the restart once the receiver is back, once per delivery id', async () => {
    const owner = await signUp(first.graphqlUrl, 'Restart Co');
    const endpoint = await createEndpoint(first.graphqlUrl, owner.token, receiver.url, ['message.created']);
    receiver.secret = endpoint.secret;
    await receiver.close();

    const visitor = await startSession(first.graphqlUrl, await publicKeyOf(first.graphqlUrl, owner.token));
    const bodies = ['one', 'two', 'three', 'four', 'five'];
    for (const body of bodies)
      await gql(first.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
    // Every visitor message's delivery has failed at least once (the receiver is down) and waits.
    await expect
      .poll(
        async () => {
          const { deliveries } = await deliveriesOf(first.graphqlUrl, owner.token, endpoint.id);
          const mine = deliveries.filter((d) => bodies.includes(messageBodyOf(d)));
          return mine.length === bodies.length && mine.every((d) => d.status === 'PENDING' && d.attemptCount >= 1);
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);

    await first.kill9();
    await receiver.listen();
    second = await startBatonProcess(env, { name: 'second', startTimeoutMs: 120_000 });
    const restarted = second;

    let pending: { id: string; status: string }[] = [];
    await expect
      .poll(
        async () => {
          const { deliveries } = await deliveriesOf(restarted.graphqlUrl, owner.token, endpoint.id);
          pending = deliveries.filter((d) => d.status !== 'DELIVERED');
          return deliveries.length >= bodies.length && pending.length === 0;
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe(true);

    const { deliveries } = await deliveriesOf(restarted.graphqlUrl, owner.token, endpoint.id);
    expect(deliveries.map((d) => d.id).sort()).toEqual([...receiver.accepted].sort());
    // At least once on the wire (an attempt cut by the kill, or an answer later than the time
    // limit, is sent again); once per delivery id for a receiver that de-duplicates.
    for (const again of receiver.received.filter((r) => r.duplicate))
      expect(again.body).toBe(receiver.received.find((r) => r.deliveryId === again.deliveryId)!.body);
    expect(receiver.received.every((r) => r.signature.ok && r.status === 200)).toBe(true);
    const visitorMessages = receiver.received.filter((r) => bodies.includes(String(r.json.data.body)));
    expect(visitorMessages.map((r) => r.json.data.body).sort()).toEqual([...bodies].sort());
    for (const d of deliveries) {
      expect(d.attempts.length).toBeGreaterThanOrEqual(2);
      expect(d.attempts.slice(0, -1).every((a) => a.statusCode === null && a.error !== null)).toBe(true);
      expect(d.attempts.at(-1)).toMatchObject({ statusCode: 200, error: null });
    }
  });
});
