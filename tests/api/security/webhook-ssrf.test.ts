/**
 * SSRF (issue 14): by default Baton refuses to send webhooks to private, loopback, link-local…
 * addresses — at creation (a typed ValidationError, nothing stored) and again at every attempt
 * (the host is resolved, each address checked, and the request connects to the checked address),
 * so a name that resolved to a public address at creation and points inside later is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { addressProblem, resolveAllowed } from '../../../api/src/domain/webhooks/address-policy.js';
import { sendWebhook } from '../../../api/src/domain/webhooks/sender.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver.js';
import {
  CREATE_ENDPOINT,
  deliveriesOf,
  ENDPOINTS,
  expectFieldError,
  SEND_TEST,
  UPDATE_ENDPOINT,
} from '../../helpers/webhooks.js';

let server: BatonServer;
let owner: SignedIn;
let receiver: WebhookReceiver;

beforeAll(async () => {
  // The default: BATON_WEBHOOK_ALLOW_PRIVATE unset.
  server = await startTestServer({ BATON_WEBHOOK_TIMEOUT_MS: '2000', BATON_JOB_POLL_MS: '50' });
  owner = await signUp(server.graphqlUrl, 'SSRF Co');
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await server?.close();
});

const refused = [
  ['http://127.0.0.1:9/hook', /^Refused: 127\.0\.0\.1 is a loopback address/],
  ['http://localhost:9/hook', /^Refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/],
  ['http://10.1.2.3/hook', /private address/],
  ['http://192.168.0.10/hook', /private address/],
  ['http://172.16.5.4/hook', /private address/],
  ['http://169.254.169.254/latest/meta-data', /linkLocal address/],
  ['http://100.64.0.1/hook', /carrierGradeNat address/],
  ['http://0.0.0.0/hook', /unspecified address/],
  ['http://[::1]/hook', /loopback address/],
  ['http://[::ffff:127.0.0.1]/hook', /loopback address/],
  ['http://[fd00::1]/hook', /uniqueLocal address/],
  ['http://[fe80::1]/hook', /linkLocal address/],
  ['http://2130706433/hook', /loopback address/],
] as const;

describe('webhook SSRF protection', () => {
  it('refuses endpoints whose host is or resolves to a non-public address, with a typed error, storing nothing', async () => {
    for (const [url, message] of refused) {
      const res = await gql(
        server.graphqlUrl,
        CREATE_ENDPOINT,
        { input: { url, events: ['message.created'] } },
        owner.token,
      );
      const error = expectTypename(res.data.createWebhookEndpoint, 'ValidationError');
      expectFieldError(error.fieldErrors, 'input.url', message, url);
    }
    expect((await gql(server.graphqlUrl, ENDPOINTS, {}, owner.token)).data.webhookEndpoints).toEqual([]);
  });

  it('refuses a private URL on update too', async () => {
    // Created straight in the database (as if its host had resolved to a public address then).
    const row = await server.db.prisma.webhookEndpoint.create({
      data: {
        workspaceId: idOf(owner.workspaceId),
        url: 'https://hooks.example.com/a',
        events: ['message.created'],
        secret: 'whsec_x',
      },
    });
    const id = Buffer.from(`WebhookEndpoint:${row.id}`).toString('base64');
    const res = await gql(server.graphqlUrl, UPDATE_ENDPOINT, { id, input: { url: receiver.url } }, owner.token);
    expectFieldError(
      expectTypename(res.data.updateWebhookEndpoint, 'ValidationError').fieldErrors,
      'input.url',
      /loopback address/,
    );
    expect((await server.db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: row.id } })).url).toBe(
      'https://hooks.example.com/a',
    );
  });

  it('checks again at delivery time: a host that now points at a private address gets no request', async () => {
    // The DNS-rebinding case: the endpoint passed the check when it was created; now its host
    // resolves to loopback (here: the URL itself, stored directly).
    const row = await server.db.prisma.webhookEndpoint.create({
      data: {
        workspaceId: idOf(owner.workspaceId),
        url: receiver.url.replace('127.0.0.1', 'localhost'),
        events: ['message.created'],
        secret: 'whsec_y',
      },
    });
    const id = Buffer.from(`WebhookEndpoint:${row.id}`).toString('base64');
    const test = await gql(server.graphqlUrl, SEND_TEST, { id }, owner.token);
    expectTypename(test.data.sendTestWebhook, 'WebhookDelivery');
    await server.services.webhookDeliveries.idle();
    const { deliveries } = await deliveriesOf(server.graphqlUrl, owner.token, id);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.status).toBe('FAILED');
    expect(deliveries[0]!.attempts).toHaveLength(1);
    expect(deliveries[0]!.attempts[0]!.statusCode).toBeNull();
    expect(deliveries[0]!.attempts[0]!.error).toMatch(
      /^Refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
    );
    expect(receiver.received).toEqual([]);
  });

  it('the sender connects only to checked addresses and follows no redirect', async () => {
    const blocked = await sendWebhook({
      url: receiver.url,
      headers: {},
      body: '{}',
      timeoutMs: 2000,
      allowPrivateAddresses: false,
    });
    expect(blocked).toMatchObject({ statusCode: null, error: 'Refused: 127.0.0.1 is a loopback address' });
    expect(receiver.received).toEqual([]);

    expect(addressProblem('93.184.216.34')).toBeNull();
    expect(addressProblem('2606:2800:220:1:248:1893:25c8:1946')).toBeNull();
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '::1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '2002:7f00:1::1',
    ])
      expect(addressProblem(address), address).not.toBeNull();
    await expect(resolveAllowed('localhost', false)).rejects.toThrow(/loopback/);
    await expect(resolveAllowed('localhost', true)).resolves.not.toEqual([]);
  });
});

/** The database id inside a global id. */
function idOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}
