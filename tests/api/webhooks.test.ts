/**
 * Webhooks end to end (issue 14): endpoints managed through the API, events of real
 * conversations delivered to real local HTTP receivers, signed, with the API's global ids;
 * retries with the same delivery id, 3xx / 500 / timeouts as failures, the delivery log,
 * test events and redeliveries, auto-disable with the admins told, and the bad-input cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { signWebhook, verifyWebhookSignature } from '../../api/src/domain/webhooks/signing.js';
import { connectWs, expectTypename, gql, subscribe, type WsConnection } from '../helpers/graphql.js';
import { REPLY, SEND, startSession, publicKeyOf, takenOverConversation } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import {
  CREATE_ENDPOINT,
  createEndpoint,
  DELETE_ENDPOINT,
  deliveriesOf,
  ENDPOINTS,
  expectFieldError,
  fastWebhooks,
  messageBodyOf,
  NOTICES,
  REDELIVER,
  ROTATE_SECRET,
  SEND_TEST,
  UPDATE_ENDPOINT,
} from '../helpers/webhooks.js';

let server: BatonServer;
const receivers: WebhookReceiver[] = [];
const sockets: WsConnection[] = [];

async function receiver(): Promise<WebhookReceiver> {
  const r = await startWebhookReceiver();
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  server = await startTestServer({ ...fastWebhooks, BATON_WEBHOOK_DISABLE_AFTER: '20' });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await Promise.all(receivers.map((r) => r.close()));
  await server?.close();
});

const ownershipEvents = [
  'handoff.requested',
  'conversation.taken_over',
  'conversation.released',
  'conversation.reassigned',
  'conversation.handed_back',
  'conversation.resolved',
  'conversation.reopened',
];

describe('webhook endpoints', () => {
  let owner: SignedIn;
  beforeAll(async () => {
    owner = await signUp(server.graphqlUrl, 'Endpoints Co');
  });

  it('creates an endpoint with a whsec_ secret and lists the event types', async () => {
    const r = await receiver();
    const res = await gql(
      server.graphqlUrl,
      CREATE_ENDPOINT,
      { input: { url: r.url, events: ['message.created', 'message.created', 'handoff.requested'] } },
      owner.token,
    );
    const endpoint = expectTypename(res.data.createWebhookEndpoint, 'WebhookEndpoint');
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(endpoint.events).toEqual(['message.created', 'handoff.requested']);
    expect(endpoint.enabled).toBe(true);
  });

  it('refuses bad input with typed errors per field and creates nothing', async () => {
    const before = (await gql(server.graphqlUrl, ENDPOINTS, {}, owner.token)).data.webhookEndpoints.length;
    const cases: [
      Parameters<typeof gql<unknown, { input: { url: string; events: string[] } }>>[2]['input'],
      string,
      RegExp,
    ][] = [
      [{ url: 'ftp://example.com/hook', events: ['message.created'] }, 'input.url', /http/],
      [{ url: 'javascript:alert(1)', events: ['message.created'] }, 'input.url', /http/],
      [{ url: 'not a url', events: ['message.created'] }, 'input.url', /valid URL/],
      [{ url: 'https://example.com/hook', events: [] }, 'input.events', /at least one/],
      [{ url: 'https://example.com/hook', events: ['message.deleted'] }, 'input.events.0', /Unknown event/],
    ];
    for (const [input, path, message] of cases) {
      const res = await gql(server.graphqlUrl, CREATE_ENDPOINT, { input }, owner.token);
      const error = expectTypename(res.data.createWebhookEndpoint, 'ValidationError');
      expectFieldError(error.fieldErrors, path, message, JSON.stringify(input));
    }
    const after = (await gql(server.graphqlUrl, ENDPOINTS, {}, owner.token)).data.webhookEndpoints.length;
    expect(after).toBe(before);
  });

  it('is for admins only, and another workspace cannot see or change an endpoint', async () => {
    const r = await receiver();
    const { id } = await createEndpoint(server.graphqlUrl, owner.token, r.url, ['message.created']);
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Agnes');
    const denied = await gql(server.graphqlUrl, UPDATE_ENDPOINT, { id, input: { enabled: false } }, agent.token);
    expect(expectTypename(denied.data.updateWebhookEndpoint, 'ForbiddenError').code).toBe('FORBIDDEN');
    const list = await gql(server.graphqlUrl, ENDPOINTS, {}, agent.token);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const stranger = await signUp(server.graphqlUrl, 'Elsewhere');
    for (const res of [
      await gql(server.graphqlUrl, UPDATE_ENDPOINT, { id, input: { enabled: false } }, stranger.token),
      await gql(server.graphqlUrl, ROTATE_SECRET, { id }, stranger.token),
      await gql(server.graphqlUrl, SEND_TEST, { id }, stranger.token),
      await gql(server.graphqlUrl, DELETE_ENDPOINT, { id }, stranger.token),
    ]) {
      const value = Object.values(res.data)[0] as { __typename: string };
      expect(value.__typename).toBe('NotFoundError');
    }
    expect((await gql(server.graphqlUrl, ENDPOINTS, {}, stranger.token)).data.webhookEndpoints).toEqual([]);
    const mine = await deliveriesOf(server.graphqlUrl, owner.token, id);
    expect(mine.endpoint.enabled).toBe(true);
    expect(mine.deliveries).toEqual([]);
  });
});

describe('deliveries of conversation events', () => {
  it('sends signed events with the API ids: handoff, take-over, messages (never internal notes)', async () => {
    const owner = await signUp(server.graphqlUrl, 'Deliveries Co');
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Dana');
    const r = await receiver();
    const endpoint = await createEndpoint(server.graphqlUrl, owner.token, r.url, [
      ...ownershipEvents,
      'message.created',
    ]);
    r.secret = endpoint.secret;

    const visitor = await takenOverConversation(server.graphqlUrl, owner.token, agent.token);
    const reply = await gql(
      server.graphqlUrl,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'Hello from Dana' } },
      agent.token,
    );
    expectTypename(reply.data.replyToConversation, 'SendMessagePayload');
    const note = await gql(
      server.graphqlUrl,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'secret note', internal: true } },
      agent.token,
    );
    expectTypename(note.data.replyToConversation, 'SendMessagePayload');
    // The sentinel: a visitor message after the note (deliveries go out in any order).
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'sentinel' } },
      visitor.token,
    );
    await r.waitFor((all) => all.some((x) => x.json.data.body === 'sentinel'));
    await server.services.webhookDeliveries.idle();

    const received = r.received;
    for (const x of received) {
      expect(x.signature).toEqual({ ok: true });
      expect(x.method).toBe('POST');
      expect(x.headers['content-type']).toBe('application/json');
      expect(x.headers['user-agent']).toBe('Baton-Webhooks/1');
      expect(x.json.id).toBe(x.deliveryId);
      expect(x.json.type).toBe(x.event);
      expect(x.json.version).toBe('2026-12-01');
      expect(x.json.workspaceId).toBe(owner.workspaceId);
    }
    expect(new Set(received.map((x) => x.deliveryId)).size).toBe(received.length);
    expect(received.some((x) => x.body.includes('secret note'))).toBe(false);

    const handoff = received.find((x) => x.event === 'handoff.requested')!;
    expect(handoff.json.data).toMatchObject({
      conversationId: visitor.conversationId,
      status: 'QUEUED',
      // The Visitor node's id (WidgetSession.visitorId is the raw id the widget keeps).
      visitor: { id: Buffer.from(`Visitor:${visitor.visitorId}`).toString('base64') },
      trigger: 'BUTTON',
    });
    const taken = received.find((x) => x.event === 'conversation.taken_over')!;
    expect(taken.json.data).toMatchObject({
      conversationId: visitor.conversationId,
      status: 'ASSIGNED',
      assignee: { id: agent.agentId, name: 'Dana' },
      actor: { id: agent.agentId, name: 'Dana' },
    });
    const agentMessage = received.find((x) => x.event === 'message.created' && x.json.data.body === 'Hello from Dana')!;
    const sent = expectTypename(reply.data.replyToConversation, 'SendMessagePayload').sentMessage;
    expect(agentMessage.json.data).toMatchObject({
      messageId: sent.id,
      conversationId: visitor.conversationId,
      seq: sent.seq,
      authorKind: 'AGENT',
    });

    const { deliveries } = await deliveriesOf(server.graphqlUrl, owner.token, endpoint.id);
    expect(deliveries.map((d) => d.id).sort()).toEqual(received.map((x) => x.deliveryId).sort());
    for (const d of deliveries) {
      expect(d.status).toBe('DELIVERED');
      expect(d.attempts).toHaveLength(1);
      expect(d.attempts[0]).toMatchObject({ attempt: 1, statusCode: 200, error: null, responseExcerpt: 'ok' });
      expect(JSON.parse(d.attempts[0]!.requestHeaders)).toMatchObject({
        'Baton-Delivery': d.id,
        'Baton-Event': d.event,
      });
      expect(d.body).toBe(received.find((x) => x.deliveryId === d.id)!.body);
    }
  });

  it('retries a 500 with the same delivery id and body, then marks it delivered', async () => {
    const owner = await signUp(server.graphqlUrl, 'Retry Co');
    const r = await receiver();
    const endpoint = await createEndpoint(server.graphqlUrl, owner.token, r.url, ['message.created']);
    r.secret = endpoint.secret;
    let calls = 0;
    r.respond = (req) => (req.json.data.body === 'first try' && ++calls === 1 ? 500 : 200);
    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'first try' } },
      visitor.token,
    );
    await r.waitFor((all) => all.filter((x) => x.json.data.body === 'first try').length >= 2);
    await server.services.webhookDeliveries.idle();
    const tries = r.received.filter((x) => x.json.data.body === 'first try');
    expect(tries.map((x) => x.status)).toEqual([500, 200]);
    expect(tries[1]!.deliveryId).toBe(tries[0]!.deliveryId);
    expect(tries[1]!.body).toBe(tries[0]!.body);
    const { deliveries } = await deliveriesOf(server.graphqlUrl, owner.token, endpoint.id);
    const d = deliveries.find((x) => x.id === tries[0]!.deliveryId)!;
    expect(d.status).toBe('DELIVERED');
    expect(d.attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [1, 500, 'answered 500'],
      [2, 200, null],
    ]);
    expect(d.attempts[0]!.responseExcerpt).toBe('refused with 500');
  });

  it('treats a 3xx as a failure (no redirect followed) and a timeout as a failure; after the last attempt the delivery is FAILED', async () => {
    const owner = await signUp(server.graphqlUrl, 'Failure Co');
    const target = await receiver();
    const r = await receiver();
    const endpoint = await createEndpoint(server.graphqlUrl, owner.token, r.url, ['message.created']);
    r.secret = endpoint.secret;
    target.secret = endpoint.secret;
    r.respond = (req, res) => {
      if (req.json.data.body === 'slow') return 'hang';
      res.writeHead(302, { location: target.url });
      return 302;
    };
    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'moved' } },
      visitor.token,
    );
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'slow' } },
      visitor.token,
    );
    await server.services.webhookDeliveries.idle();

    const { deliveries } = await deliveriesOf(server.graphqlUrl, owner.token, endpoint.id);
    const moved = deliveries.find((d) => messageBodyOf(d) === 'moved')!;
    const slow = deliveries.find((d) => messageBodyOf(d) === 'slow')!;
    for (const d of [moved, slow]) {
      expect(d.status).toBe('FAILED');
      expect(d.attemptCount).toBe(3);
      expect(d.nextAttemptAt).toBeNull();
    }
    expect(moved.attempts.map((a) => [a.statusCode, a.error])).toEqual(
      Array(3).fill([302, 'answered 302 (redirects are not followed)']),
    );
    expect(slow.attempts.map((a) => [a.statusCode, a.error])).toEqual(Array(3).fill([null, 'timed out after 2000 ms']));
    expect(target.received).toEqual([]);
  });
});

describe('test events, redelivery, secrets, replays', () => {
  it('sends a test event, redelivers with the same id, signs with a rotated secret; a replay is rejected', async () => {
    const owner = await signUp(server.graphqlUrl, 'Test Co');
    const r = await receiver();
    const endpoint = await createEndpoint(server.graphqlUrl, owner.token, r.url, ['handoff.requested']);
    r.secret = endpoint.secret;

    const test = expectTypename(
      (await gql(server.graphqlUrl, SEND_TEST, { id: endpoint.id }, owner.token)).data.sendTestWebhook,
      'WebhookDelivery',
    );
    expect(test.event).toBe('webhook.test');
    await r.waitFor((all) => all.length === 1);
    expect(r.received[0]).toMatchObject({
      deliveryId: test.id,
      event: 'webhook.test',
      signature: { ok: true },
      status: 200,
    });

    const again = await gql(server.graphqlUrl, REDELIVER, { id: test.id }, owner.token);
    expect(expectTypename(again.data.redeliverWebhook, 'WebhookDelivery').id).toBe(test.id);
    await r.waitFor((all) => all.length === 2);
    expect(r.received[1]).toMatchObject({ deliveryId: test.id, duplicate: true, body: r.received[0]!.body });
    expect(r.accepted).toEqual([test.id]);

    const rotated = expectTypename(
      (await gql(server.graphqlUrl, ROTATE_SECRET, { id: endpoint.id }, owner.token)).data.rotateWebhookSecret,
      'WebhookEndpoint',
    );
    expect(rotated.secret).not.toBe(endpoint.secret);
    // The receiver still checks with the old secret: the next delivery is refused (401) …
    await gql(server.graphqlUrl, SEND_TEST, { id: endpoint.id }, owner.token);
    await r.waitFor((all) => all.length === 3);
    expect(r.received[2]).toMatchObject({ signature: { ok: false, reason: 'mismatch' }, status: 401 });
    // … and accepted with the new one.
    r.secret = rotated.secret;
    await gql(server.graphqlUrl, REDELIVER, { id: r.received[2]!.deliveryId }, owner.token);
    await r.waitFor((all) => all.length === 4);
    expect(r.received[3]).toMatchObject({ signature: { ok: true }, status: 200 });

    // A captured request replayed later: its signature is more than 5 minutes old.
    const captured = r.received[3]!;
    const now = Math.floor(Date.now() / 1000);
    expect(
      verifyWebhookSignature(rotated.secret, captured.body, captured.headers['baton-signature'] as string, now + 301),
    ).toEqual({
      ok: false,
      reason: 'expired',
    });
    // Re-signing the old body with a fresh timestamp needs the secret; a tampered body fails.
    const forged = signWebhook('whsec_guess', captured.body, now);
    expect(verifyWebhookSignature(rotated.secret, captured.body, forged).ok).toBe(false);
    expect(
      verifyWebhookSignature(
        rotated.secret,
        captured.body.replace('test', 'tset'),
        captured.headers['baton-signature'] as string,
      ).ok,
    ).toBe(false);
    const replay = await fetch(r.url, {
      method: 'POST',
      headers: {
        ...(captured.headers as Record<string, string>),
        'baton-signature': `t=${now - 301},${String(captured.headers['baton-signature']).split(',')[1]}`,
      },
      body: captured.body,
    });
    expect(replay.status).toBe(401);
  });
});

describe('auto-disable after repeated failures', () => {
  it('disables the endpoint, tells the admins live, fails pending deliveries unsent; re-enabling clears it', async () => {
    const owner = await signUp(server.graphqlUrl, 'Down Co');
    const r = await receiver();
    const endpoint = await createEndpoint(server.graphqlUrl, owner.token, r.url, ['message.created']);
    r.secret = endpoint.secret;
    r.respond = () => 503;
    const ws = connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` });
    sockets.push(ws);
    const notices = subscribe(ws.client, NOTICES);

    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    // Three attempts for each message (and each assistant reply): the 20th failure in a row disables it.
    for (const body of ['one', 'two', 'three', 'four'])
      await gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
    await server.services.webhookDeliveries.idle();

    const { endpoint: disabled, deliveries } = await deliveriesOf(server.graphqlUrl, owner.token, endpoint.id);
    expect(disabled.enabled).toBe(false);
    expect(disabled.disabledAt).toBeTruthy();
    expect(disabled.disabledReason).toMatch(/^\d+ failed attempts in a row \(last: answered 503\)/);
    expect(disabled.consecutiveFailures).toBeGreaterThanOrEqual(20);
    expect(deliveries.every((d) => d.status === 'FAILED')).toBe(true);
    expect(r.received.length).toBe(disabled.consecutiveFailures);
    const unsent = deliveries.flatMap((d) => d.attempts).filter((a) => a.error?.startsWith('Not sent'));
    expect(r.received.length + unsent.length).toBe(deliveries.reduce((n, d) => n + d.attemptCount, 0));

    const [notice] = await notices.waitFor(1);
    expect(notice!.webhookNotices).toMatchObject({
      kind: 'ENDPOINT_DISABLED',
      url: r.url,
      endpoint: { id: endpoint.id, enabled: false },
    });

    // Disabled: new events are not queued for it.
    const countBefore = deliveries.length;
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'five' } },
      visitor.token,
    );
    await server.services.webhookDeliveries.idle();
    expect((await deliveriesOf(server.graphqlUrl, owner.token, endpoint.id)).deliveries.length).toBe(countBefore);

    r.respond = () => 200;
    const enabled = await gql(
      server.graphqlUrl,
      UPDATE_ENDPOINT,
      { id: endpoint.id, input: { enabled: true } },
      owner.token,
    );
    expect(expectTypename(enabled.data.updateWebhookEndpoint, 'WebhookEndpoint')).toMatchObject({
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      consecutiveFailures: 0,
    });
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'six' } },
      visitor.token,
    );
    await r.waitFor((all) => all.some((x) => x.json.data.body === 'six' && x.status === 200));
  });
});
