/**
 * `/metrics` (observability/metrics.ts) scraped over real HTTP after each thing it counts was
 * caused for real: requests and operations, a visitor's WebSocket subscription, an assistant
 * answer from the local Chat Completions server after one failed attempt (a provider error),
 * a handoff waiting in the queue, its take-over and the agent's first reply, webhook attempts to
 * a real local receiver (failed, delivered, retrying) and the retry waiting in the queue. Who may read the
 * metrics (loopback only, or the bearer token), and `/ready`'s migration check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationCheck, shippedMigrations } from '../../api/src/readiness.js';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import type { StreamSubscription } from '../gql/graphql.js';
import { acmeDocuments, ask, loadKnowledge } from '../helpers/assistant.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import {
  connectWs,
  expectTypename,
  gql,
  subscribe,
  untilLive,
  type Subscription,
  type WsConnection,
} from '../helpers/graphql.js';
import {
  publicKeyOf,
  REPLY,
  startSession,
  STREAM,
  SUBMIT_ACTION,
  TAKE_OVER,
  type VisitorSession,
} from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { createEndpoint, REDELIVER, SEND_TEST } from '../helpers/webhooks.js';

const ACTIONS = graphql(`
  query MetricsActions {
    customActions {
      id
    }
  }
`);
const TYPING_OFF = graphql(`
  mutation MetricsTypingOff($id: ID!) {
    setTyping(conversationId: $id, isTyping: false) {
      __typename
    }
  }
`);

let fake: FakeOpenAI;
let receiver: WebhookReceiver;
let server: BatonServer;
let owner: SignedIn;
let visitor: VisitorSession;
let socket: WsConnection;
let stream: Subscription<StreamSubscription>;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  receiver = await startWebhookReceiver();
  server = await startTestServer({
    BATON_WEBHOOK_ALLOW_PRIVATE: 'true',
    BATON_JOB_POLL_MS: '50',
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: fake.baseUrl,
    BATON_AI_ATTEMPT_TIMEOUT_MS: '2000',
    BATON_AI_RETRIES: '2',
  });
  owner = await signUp(server.graphqlUrl, 'Metrics Inc');
  await loadKnowledge(server.graphqlUrl, owner.token, acmeDocuments.slice(0, 4));
  visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
  socket = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
  stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: 0 });
  await untilLive(
    stream,
    () => gql(server.graphqlUrl, TYPING_OFF, { id: visitor.conversationId }, visitor.token),
    (e) => e.conversationEvents.kind === 'TYPING',
  );
});
afterAll(async () => {
  await socket?.dispose();
  await server?.close();
  await fake?.close();
  await receiver?.close();
});

/** One scrape: the text format, as Prometheus reads it. */
async function scrape(url = server.url, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample (`name{labels} value`), or undefined when the series has no such sample. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:][a-z0-9_:]*)(?:\{(.*)\})? (\S+)$/i.exec(line);
    if (!match || match[1] !== name) continue;
    const given = new Map<string, string>();
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) given.set(key!, value!);
    if (Object.entries(labels).every(([key, value]) => given.get(key) === value)) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts an assistant answer and the failed provider attempt before it', async () => {
    fake.enqueue({ kind: 'error', status: 500 }, { kind: 'text', text: 'Returns are free within 30 days [1].' });
    const turn = await ask(server, visitor, 'what is your return policy');
    expect(turn.reply?.body).toBe('Returns are free within 30 days [1].');
    const text = await scrape();
    expect(sample(text, 'baton_ai_responses_total', { provider: 'openai' })).toBe(1);
    expect(sample(text, 'baton_ai_provider_errors_total', { provider: 'openai', final: 'false' })).toBe(1);
    expect(sample(text, 'baton_ai_provider_errors_total', { provider: 'openai', final: 'true' })).toBeUndefined();
  });

  it('shows the open WebSocket and its subscription', async () => {
    const text = await scrape();
    expect(sample(text, 'baton_websocket_connections')).toBe(1);
    expect(sample(text, 'baton_active_subscriptions')).toBe(1);
  });

  it('counts the queued handoff in the database, then the wait for the take-over and the first reply', async () => {
    expect(sample(await scrape(), 'baton_handoffs_queued')).toBe(0);
    const actions = await gql(server.graphqlUrl, ACTIONS, {}, visitor.token);
    const actionId = actions.data.customActions[0]!.id;
    const submitted = await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: visitor.conversationId, actionId } },
      visitor.token,
    );
    expectTypename(submitted.data.submitAction, 'HandoffPayload');
    expect(sample(await scrape(), 'baton_handoffs_queued')).toBe(1);

    const taken = await gql(server.graphqlUrl, TAKE_OVER, { id: visitor.conversationId }, owner.token);
    expectTypename(taken.data.takeOver, 'Conversation');
    // The histogram is fed by a listener after commit: poll the scrape (deadline only).
    await expect.poll(async () => sample(await scrape(), 'baton_time_to_take_over_seconds_count')).toBe(1);
    const afterTakeOver = await scrape();
    expect(sample(afterTakeOver, 'baton_handoffs_queued')).toBe(0);
    const waited = sample(afterTakeOver, 'baton_time_to_take_over_seconds_sum')!;
    expect(waited).toBeGreaterThanOrEqual(0);
    expect(waited).toBeLessThan(60);
    expect(sample(afterTakeOver, 'baton_time_to_take_over_seconds_bucket', { le: '+Inf' })).toBe(1);

    const note = await gql(
      server.graphqlUrl,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'internal: checking', internal: true } },
      owner.token,
    );
    expectTypename(note.data.replyToConversation, 'SendMessagePayload');
    const reply = await gql(
      server.graphqlUrl,
      REPLY,
      { input: { conversationId: visitor.conversationId, body: 'Hi, I am on it.' } },
      owner.token,
    );
    expectTypename(reply.data.replyToConversation, 'SendMessagePayload');
    await expect.poll(async () => sample(await scrape(), 'baton_time_to_first_human_reply_seconds_count')).toBe(1);
    const final = await scrape();
    expect(sample(final, 'baton_time_to_first_human_reply_seconds_count')).toBe(1);
    expect(sample(final, 'baton_time_to_first_human_reply_seconds_sum')).toBeLessThan(60);
  });

  it('has request and operation latency histograms with bounded labels', async () => {
    await fetch(server.graphqlUrl, {
      method: 'POST',
      // Arbitrary documents are for agents (trusted documents): an agent's anonymous operation.
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({ query: 'query ThisName$IsNotAName { __typename }' }),
    });
    const text = await scrape();
    expect(
      sample(text, 'baton_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThanOrEqual(8);
    expect(
      sample(text, 'baton_graphql_operation_duration_seconds_count', {
        operation: 'TakeOver',
        type: 'mutation',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      sample(text, 'baton_graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'query' }),
    ).toBe(1);
    expect(sample(text, 'baton_graphql_operation_duration_seconds_bucket', { operation: 'TakeOver', le: '10' })).toBe(
      1,
    );
    // Static files and probes are one route label each, whatever the path.
    // 404, or the inbox's page when it is built (single-page app fallback).
    const unknownPath = await fetch(`${server.url}/no/such/${'x'.repeat(50)}`);
    await fetch(`${server.url}/ready`);
    const after = await scrape();
    expect(
      sample(after, 'baton_http_request_duration_seconds_count', {
        route: 'static',
        status: String(unknownPath.status),
      }),
    ).toBeGreaterThan(0);
    expect(sample(after, 'baton_http_request_duration_seconds_count', { route: '/ready', status: '200' })).toBe(1);
    expect(after).not.toMatch(/route="\/no\/such/);
  });

  it('counts real webhook attempts by outcome and the pending delivery in the queue depth', async () => {
    receiver.respond = () => 500;
    const endpoint = await createEndpoint(server.graphqlUrl, owner.token, receiver.url, ['handoff.requested']);
    receiver.secret = endpoint.secret;
    const outcome = async (name: string) =>
      sample(await scrape(), 'baton_webhook_deliveries_total', { outcome: name }) ?? 0;

    // A test event makes one attempt: answered 500, it is failed at once.
    const test = await gql(server.graphqlUrl, SEND_TEST, { id: endpoint.id }, owner.token);
    const deliveryId = expectTypename(test.data.sendTestWebhook, 'WebhookDelivery').id;
    await expect.poll(() => outcome('failed')).toBe(1);
    // Redelivered to a receiver that now accepts it.
    receiver.respond = () => 200;
    expectTypename(
      (await gql(server.graphqlUrl, REDELIVER, { id: deliveryId }, owner.token)).data.redeliverWebhook,
      'WebhookDelivery',
    );
    await expect.poll(() => outcome('delivered')).toBe(1);
    expect(receiver.accepted).toEqual([deliveryId]);
    expect(sample(await scrape(), 'baton_webhook_queue_depth')).toBe(0);

    // A real event answered 500 is retried later (30 s base): it waits in the queue meanwhile.
    receiver.respond = () => 500;
    const another = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    const actions = await gql(server.graphqlUrl, ACTIONS, {}, another.token);
    const input = { conversationId: another.conversationId, actionId: actions.data.customActions[0]!.id };
    expectTypename(
      (await gql(server.graphqlUrl, SUBMIT_ACTION, { input }, another.token)).data.submitAction,
      'HandoffPayload',
    );
    await expect.poll(() => outcome('retrying')).toBe(1);
    const text = await scrape();
    expect(sample(text, 'baton_webhook_queue_depth')).toBe(1);
    expect(sample(text, 'baton_webhook_deliveries_total', { outcome: 'failed' })).toBe(1);
    expect(receiver.received.map((r) => [r.event, r.status])).toEqual([
      ['webhook.test', 500],
      ['webhook.test', 200],
      ['handoff.requested', 500],
    ]);
  });

  it('answers loopback only without a token, and never through a proxy', async () => {
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
    expect(await proxied.text()).not.toContain('baton_');
  });
});

describe('/metrics with BATON_METRICS_TOKEN', () => {
  let guarded: BatonServer;
  beforeAll(async () => {
    guarded = await startTestServer({ BATON_METRICS_TOKEN: 'metrics-token-0123456789' });
  });
  afterAll(async () => {
    await guarded?.close();
  });

  it('requires the bearer token, even from loopback', async () => {
    const refused: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-0123456789' }];
    for (const headers of refused) {
      const res = await fetch(`${guarded.url}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain('baton_');
    }
    const text = await scrape(guarded.url, {
      authorization: 'Bearer metrics-token-0123456789',
      'x-forwarded-for': '203.0.113.9',
    });
    expect(sample(text, 'baton_handoffs_queued')).toBe(0);
  });
});

describe('/ready and migrations', () => {
  it('says every shipped migration is applied', async () => {
    const res = await fetch(`${server.url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, database: 'up', migrations: 'applied' });
  });

  it('reports a migration the database does not have as pending', async () => {
    const check = new MigrationCheck(server.db, [...shippedMigrations(), '29991231000000_not_applied']);
    expect(await check.state()).toBe('pending');
    expect(await new MigrationCheck(server.db).state()).toBe('applied');
  });
});
