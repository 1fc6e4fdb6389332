/**
 * Settings → Webhooks and the admin banner in real Chromium against a real server and a real
 * local receiver: an owner signs up, is refused a non-http(s) URL next to the field, adds an
 * endpoint, reveals its secret (the test verifies the received test event's signature with it
 * through the SDK's verifyWebhook), sees the delivery and its attempt in the log, redelivers
 * into a failing receiver, and fails the endpoint until Baton disables it: the banner appears
 * live in an inbox tab open all along, and re-enabling clears it. Screenshots go to
 * test-artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { verifyWebhook } from '../../packages/sdk/src/index.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, startSession } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, strongPassword, uniqueEmail } from '../helpers/team.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { deliveriesOf, ENDPOINTS, fastWebhooks, SEND_TEST } from '../helpers/webhooks.js';

let server: BatonServer;
let browser: Browser;
let receiver: WebhookReceiver;
const pool = new PagePool(() => browser);

beforeAll(async () => {
  // Three failed attempts in a row disable an endpoint; retries come after ~50 ms.
  server = await startTestServer({ ...fastWebhooks, BATON_WEBHOOK_DISABLE_AFTER: '3' });
  receiver = await startWebhookReceiver();
  browser = await launchBrowser();
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await receiver?.close();
  await server?.close();
});

function toast(page: Page, text: string) {
  return page.locator('.bt-toast').filter({ hasText: text });
}

async function closeToasts(page: Page) {
  await page
    .locator('.bt-toast-close')
    .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
  await expect.poll(() => page.locator('.bt-toast').count()).toBe(0);
}

/** The delivery log's rows (newest first). */
function deliveryRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Deliveries' }).locator(':scope > li');
}

/** The hash the inbox sends for its operation `name` (trusted documents). */
function inboxHash(name: string): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../inbox-app/src/lib/gql/persisted-documents.json', import.meta.url), 'utf8'),
  ) as Record<string, string>;
  const found = Object.entries(manifest).find(([, text]) => new RegExp(`subscription ${name}\\b`).test(text));
  if (!found) throw new Error(`no inbox subscription ${name}`);
  return found[0];
}

/** Every WebSocket frame the page sends, from now on. */
function sentFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framesent', ({ payload }) => frames.push(String(payload))));
  return frames;
}

async function tokenOf(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem('baton.session'));
  return (JSON.parse(stored ?? '{}') as { token: string }).token;
}

describe('webhooks settings', () => {
  it('adds an endpoint, verifies a signed test event, redelivers, and shows Baton disabling it live', async () => {
    // The owner signs up.
    const page = await pool.newPage();
    await page.goto(`${server.url}/#sign-up`);
    await page.getByLabel('Workspace name').fill('Hook Shoes');
    await page.getByLabel('Your name').fill('Olivia');
    await page.getByLabel('Email').fill(uniqueEmail('owner'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: /create/i }).click();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    const token = await tokenOf(page);

    await page.goto(`${server.url}/#/settings/webhooks`);
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('No endpoints yet.').waitFor();
    expect(await page.getByRole('link', { name: 'Webhooks' }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'webhooks-empty');

    // A URL that is not http(s): the API's message next to the field, nothing created.
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const form = page.getByRole('form', { name: 'Add an endpoint' });
    const eventTypes = form.getByRole('checkbox');
    // The event types come from the API (webhookEventTypes), each with its description.
    await expect.poll(() => eventTypes.count()).toBe(9);
    await form.getByText('A conversation was handed off and waits in the queue for a person.').waitFor();
    await form.getByLabel('Endpoint URL').fill('ftp://example.com/hooks');
    await form.getByRole('checkbox', { name: /handoff\.requested/ }).check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const urlError = form.locator('.bt-field-error');
    await urlError.waitFor();
    expect(await urlError.textContent()).toMatch(/http/i);
    expect(await form.getByLabel('Endpoint URL').getAttribute('aria-invalid')).toBe('true');
    expect((await gql(server.graphqlUrl, ENDPOINTS, {}, token)).data.webhookEndpoints).toEqual([]);
    await screenshot(page, 'webhooks-add-bad-url');

    // No events chosen: refused on the events.
    const url = `${receiver.url}/integrations/baton/order-system/production/events?tenant=hook-shoes-international`;
    await form.getByLabel('Endpoint URL').fill(url);
    await form.getByRole('checkbox', { name: /handoff\.requested/ }).uncheck();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await expect.poll(() => form.locator('.bt-field-error').textContent()).toMatch(/event/i);
    expect((await gql(server.graphqlUrl, ENDPOINTS, {}, token)).data.webhookEndpoints).toEqual([]);

    // A real one, every event.
    await form.getByLabel('Description').fill('Order system (production)');
    await form.getByRole('button', { name: 'Select all' }).click();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const title = page.getByRole('heading', { name: url });
    await title.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(url);
    const [created] = (await gql(server.graphqlUrl, ENDPOINTS, {}, token)).data.webhookEndpoints;
    expect(created?.url).toBe(url);
    expect(created?.events).toHaveLength(9);

    // The secret: hidden, then revealed.
    const secretBox = page.getByLabel('Signing secret');
    expect(await secretBox.inputValue()).toMatch(/^whsec_•+$/);
    await page.getByRole('button', { name: 'Reveal' }).click();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{20,}$/);
    receiver.secret = secret;
    await page.getByText('No deliveries yet.').waitFor();
    await closeToasts(page);
    await screenshot(page, 'webhooks-endpoint-secret');

    // A test event: the receiver gets it signed with that secret, the log shows it Delivered.
    await page.getByRole('button', { name: 'Send test event' }).click();
    const [test] = await receiver.waitFor((r) => r.some((w) => w.event === 'webhook.test'));
    const event = verifyWebhook({ secret, headers: test!.headers, rawBody: test!.body });
    expect(event.type).toBe('webhook.test');
    expect(test!.status).toBe(200);
    const row = deliveryRows(page).first();
    await expect.poll(() => row.locator('.wh-summary').textContent()).toMatch(/webhook\.test\s*Delivered\s*1 attempt/);
    await row.getByRole('button', { expanded: false }).click();
    const attempts = row.getByRole('list', { name: 'Attempts' }).locator(':scope > li');
    await expect.poll(() => attempts.count()).toBe(1);
    expect(await attempts.first().textContent()).toContain('Attempt 1');
    expect(await attempts.first().locator('.bt-badge').textContent()).toBe('200');
    await attempts.first().getByText('Request headers').click();
    await attempts.first().getByText('baton-signature').or(attempts.first().getByText('Baton-Signature')).waitFor();
    await closeToasts(page);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'webhooks-test-delivered');

    // An inbox tab of the same owner, open from now on (never reloaded).
    const inbox = await pool.newPage();
    await signInWithToken(inbox, server.url, token, '#/inbox/queue');
    await inbox.evaluate(() => (document.body.dataset['sentinel'] = 'same page'));

    // The receiver breaks: a redelivery (same delivery id) fails with its 500.
    receiver.respond = () => 500;
    await row.getByRole('button', { name: /^Redeliver/ }).click();
    await receiver.waitFor((r) => r.filter((w) => w.deliveryId === test!.deliveryId).length === 2);
    await expect.poll(() => row.locator('.wh-summary').textContent()).toMatch(/Failed\s*2 attempts/);
    await expect.poll(() => attempts.count()).toBe(2);
    expect(await attempts.nth(1).locator('.bt-badge').textContent()).toBe('500');
    expect(await attempts.nth(1).textContent()).toMatch(/500/);
    await attempts.nth(1).getByText('Response').click();
    await attempts.nth(1).getByText('refused with 500').waitFor();
    await expect.poll(() => page.locator('.wh-failures').first().textContent()).toMatch(/1 failure in a row/);
    await closeToasts(page);
    await screenshot(page, 'webhooks-redeliver-failed');

    // Two more failures in a row: Baton disables the endpoint and tells the admins.
    for (const n of [2, 3]) {
      await page.getByRole('button', { name: 'Send test event' }).click();
      await receiver.waitFor((r) => r.filter((w) => w.event === 'webhook.test').length === n + 1);
    }
    const banner = inbox.getByRole('alert').filter({ hasText: 'Baton disabled the webhook to' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(url);
    expect(await inbox.evaluate(() => document.body.dataset['sentinel'])).toBe('same page');
    await screenshot(inbox, 'webhooks-banner-inbox');
    await page.getByText(/^Disabled by Baton: /).waitFor();
    await expect.poll(() => page.getByRole('switch', { name: `Send events to ${url}` }).isChecked()).toBe(false);
    await closeToasts(page);
    await page.getByRole('heading', { name: url }).scrollIntoViewIfNeeded();
    await screenshot(page, 'webhooks-disabled-detail');

    // The banner's link leads to Settings → Webhooks, where the list says why.
    await banner.getByRole('link', { name: /Settings → Webhooks/ }).click();
    await inbox.getByRole('list', { name: 'Webhook endpoints' }).waitFor();
    const listed = inbox.getByRole('list', { name: 'Webhook endpoints' }).locator(':scope > li').first();
    await listed.getByText(/^Disabled by Baton: /).waitFor();
    expect(await listed.getByText(/failures in a row/).textContent()).toMatch(/3 failures in a row/);
    const link = listed.getByRole('button', { name: url, exact: true });
    expect(await link.getAttribute('title')).toBe(url);
    await screenshot(inbox, 'webhooks-list-disabled');

    // Dismissing hides it in that tab.
    await page.getByRole('alert').filter({ hasText: 'Baton disabled the webhook to' }).waitFor();
    await page.getByRole('button', { name: `Dismiss the warning about ${url}` }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Baton disabled' }).count()).toBe(0);

    // Re-enable: active again, the count cleared, the banner gone; a test event is delivered.
    receiver.respond = () => 200;
    await listed.getByRole('button', { name: `Re-enable ${url}` }).click();
    await expect.poll(() => listed.locator('.bt-badge').first().textContent()).toBe('Active');
    await expect.poll(() => banner.count()).toBe(0);
    expect((await deliveriesOf(server.graphqlUrl, token, created!.id)).endpoint).toMatchObject({
      enabled: true,
      disabledAt: null,
      consecutiveFailures: 0,
    });
    await closeToasts(inbox);
    await screenshot(inbox, 'webhooks-list-reenabled');
    await listed.getByRole('button', { name: `Open ${url}` }).click();
    await inbox.getByRole('button', { name: 'Send test event' }).click();
    await expect
      .poll(() => deliveryRows(inbox).first().locator('.wh-summary').textContent())
      .toMatch(/webhook\.test\s*Delivered\s*1 attempt/);
    expect(receiver.received.at(-1)).toMatchObject({ event: 'webhook.test', status: 200 });
  });

  it('pages the delivery log with Load more, keeps long URLs on one line at a narrow width; agents get no webhooks', async () => {
    const noticesHash = inboxHash('ShellWebhookNotices');
    const page = await pool.newPage();
    const ownerFrames = sentFrames(page);
    await page.goto(`${server.url}/#sign-up`);
    await page.getByLabel('Workspace name').fill('Paged Hooks');
    await page.getByLabel('Your name').fill('Pat');
    await page.getByLabel('Email').fill(uniqueEmail('owner'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: /create/i }).click();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    const token = await tokenOf(page);

    await page.goto(`${server.url}/#/settings/webhooks`);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const form = page.getByRole('form', { name: 'Add an endpoint' });
    const url = `${receiver.url}/paged`;
    await form.getByLabel('Endpoint URL').fill(url);
    await form.getByRole('checkbox', { name: /message\.created/ }).check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await page.getByRole('heading', { name: url }).waitFor();
    const [endpoint] = (await gql(server.graphqlUrl, ENDPOINTS, {}, token)).data.webhookEndpoints;
    await page.getByRole('button', { name: 'Reveal' }).click();
    const firstSecret = await page.getByLabel('Signing secret').inputValue();

    // Rotate (confirmed in the dialog): the new secret is shown, and signs from now on.
    await page.getByRole('button', { name: 'Rotate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await dialog.waitFor();
    await screenshot(page, 'webhooks-rotate-confirm');
    await dialog.getByRole('button', { name: 'Rotate secret' }).click();
    await toast(page, 'Signing secret rotated').waitFor();
    const secret = await page.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(firstSecret);
    receiver.secret = secret;

    // Twelve test events through the API; the log shows ten, then the rest.
    const before = receiver.received.length;
    for (let i = 0; i < 12; i++) {
      expectTypename(
        (await gql(server.graphqlUrl, SEND_TEST, { id: endpoint!.id }, token)).data.sendTestWebhook,
        'WebhookDelivery',
      );
    }
    await receiver.waitFor((r) => r.slice(before).filter((w) => w.status === 200).length === 12);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => deliveryRows(page).count()).toBe(10);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => deliveryRows(page).count()).toBe(12);
    await expect.poll(() => page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // Each settles as Delivered (rows still pending when read are read again when due).
    await expect
      .poll(() =>
        deliveryRows(page)
          .filter({ has: page.locator('.bt-badge', { hasText: 'Delivered' }) })
          .count(),
      )
      .toBe(12);
    await page.getByText('Active', { exact: true }).waitFor();

    // Edit: one more event, a note; saved back on the endpoint's page.
    await page.getByRole('button', { name: 'Edit' }).click();
    const editForm = page.getByRole('form', { name: 'Edit endpoint' });
    expect(await editForm.getByLabel('Endpoint URL').inputValue()).toBe(url);
    expect(await editForm.getByRole('checkbox', { name: /message\.created/ }).isChecked()).toBe(true);
    await editForm.getByRole('checkbox', { name: /handoff\.requested/ }).check();
    await editForm.getByLabel('Description').fill('CRM sync');
    await editForm.getByRole('button', { name: 'Save endpoint' }).click();
    await page.getByRole('list', { name: 'Events sent to this endpoint' }).getByText('handoff.requested').waitFor();
    await page.getByText('CRM sync').waitFor();
    const [edited] = (await gql(server.graphqlUrl, ENDPOINTS, {}, token)).data.webhookEndpoints;
    expect(edited?.events.toSorted()).toEqual(['handoff.requested', 'message.created']);

    await page.setViewportSize({ width: 420, height: 860 });
    await closeToasts(page);
    await screenshot(page, 'webhooks-detail-narrow');
    await page.getByRole('button', { name: 'All endpoints' }).click();
    await page.getByRole('list', { name: 'Webhook endpoints' }).waitFor();
    await screenshot(page, 'webhooks-list-narrow');

    // Delete, confirmed: gone from the list and the API.
    await page.getByRole('button', { name: `Open ${url}` }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this endpoint?' })
      .getByRole('button', { name: 'Yes, delete' })
      .click();
    await page.getByText('No endpoints yet.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('+ Add endpoint');
    expect((await gql(server.graphqlUrl, ENDPOINTS, {}, token)).data.webhookEndpoints).toEqual([]);

    // The owner's inbox subscribed to webhookNotices.
    expect(ownerFrames.some((f) => f.includes(noticesHash))).toBe(true);

    // An agent: no Webhooks panel (owners and admins only) and no banner subscription (the API
    // refuses it to agents). Sentinel: a conversation's subscription, started after the shell
    // knew the viewer, goes out on the same socket after anything the shell subscribed to.
    const agent = await addMember(server.graphqlUrl, { token, agentId: '', workspaceId: '', email: '' });
    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, token));
    const agentPage = await pool.newPage();
    const agentFrames = sentFrames(agentPage);
    await signInWithToken(agentPage, server.url, agent.token, '#/settings/webhooks');
    await agentPage.getByText('Only owners and admins can change settings.').waitFor();
    expect(await agentPage.getByRole('button', { name: 'Add endpoint' }).count()).toBe(0);
    await agentPage.evaluate(
      (id) => (window.location.hash = `#/inbox/open/${encodeURIComponent(id)}`),
      visitor.conversationId,
    );
    const conversationHash = inboxHash('ConversationEvents');
    await expect.poll(() => agentFrames.some((f) => f.includes(conversationHash))).toBe(true);
    expect(agentFrames.some((f) => f.includes(noticesHash))).toBe(false);
  });
});
