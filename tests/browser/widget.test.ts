/**
 * The seed's own go-live check, automated in real Chromium with two browser contexts: a visitor
 * on the demo company site chats in the widget and hands off; an agent in the inbox sees it live
 * with full history, captured fields and page URL, takes over and replies; the visitor sees the
 * reply in the same widget, reloads, keeps the history and still gets live replies. Run for two
 * scenarios (a return request, an order change). Plus hostile host CSS and an invalid key.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { persistedQuery } from '../../packages/client-core/src/persisted-documents.ts';
import { WidgetSendMessageDocument } from '../../widget/src/gql/graphql.ts';
import { loadKnowledge } from '../helpers/assistant.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { gql } from '../helpers/graphql.js';
import { createAction, publicKeyOf, REPLY, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../helpers/team.js';

let server: BatonServer;
let browser: Browser;
let owner: SignedIn;
let agent: SignedIn;
let publicKey: string;
const pool = new PagePool(() => browser);
const newPage = (viewport?: { width: number; height: number }) =>
  pool.newPage({ ...(viewport && { viewport }), failOnDialog: false });

async function inboxAs(token: string): Promise<Page> {
  const page = await newPage();
  await signInWithToken(page, server.url, token);
  return page;
}

const demoUrl = (key: string) => `${server.url}/widget/demo/index.html?key=${encodeURIComponent(key)}`;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  owner = await signUp(server.graphqlUrl, 'Acme Shoes');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token);
  await createAction(server.graphqlUrl, owner.token, {
    label: 'Request a return',
    description: 'When the visitor wants to send something back',
    fields: [
      { key: 'orderNumber', label: 'Order number', type: 'SHORT_TEXT', required: true, maxLength: 12 },
      {
        key: 'reason',
        label: 'Return reason',
        type: 'SINGLE_CHOICE',
        required: true,
        options: ['Too small', 'Too big', 'Damaged'],
      },
    ],
  });
  await createAction(server.graphqlUrl, owner.token, {
    label: 'Change an order',
    description: 'Address or item changes',
    fields: [
      { key: 'orderNumber', label: 'Order number', type: 'SHORT_TEXT', required: true, maxLength: 12 },
      { key: 'change', label: 'What should change?', type: 'LONG_TEXT', required: true },
    ],
  });
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await server?.close();
});

const scenarios = [
  {
    name: 'return',
    question: "what's your return policy, how many days do I have?",
    answerContains: /30 days/i,
    action: 'Request a return',
    fill: async (w: Page) => {
      await w.getByLabel('Order number').fill('A-10042');
      await w.getByLabel('Return reason').selectOption('Too small');
    },
    captured: ['A-10042', 'Too small'],
    reply: 'Hi, Anna here. Your return label is on its way.',
  },
  {
    name: 'order-change',
    question: 'Can I change or cancel my order after placing it?',
    answerContains: /hour/i,
    action: 'Change an order',
    fill: async (w: Page) => {
      await w.getByLabel('Order number').fill('A-20077');
      await w.getByLabel('What should change?').fill('Please ship to my office instead.');
    },
    captured: ['A-20077', 'ship to my office'],
    reply: 'Hi, Anna here. I have updated the shipping address.',
  },
];

describe('widget journey', () => {
  for (const s of scenarios) {
    it(`${s.name}: ask → answer → handoff with fields → agent takes over and replies → reload keeps history and live replies`, async () => {
      const inbox = await inboxAs(agent.token);
      await inbox.goto(`${server.url}/#/inbox/queue`);

      // 1. The visitor opens the demo site, starts a chat and gets an answer from the knowledge base.
      const site = await newPage();
      await site.goto(demoUrl(publicKey));
      await site.getByRole('button', { name: 'Open chat' }).click();
      const chat = site.getByRole('dialog', { name: 'Chat with Acme Shoes' });
      await chat.waitFor();
      await chat.getByLabel('Message').fill(s.question);
      await chat.getByLabel('Message').press('Enter');
      const log = chat.getByRole('log');
      await expect.poll(() => log.textContent(), { timeout: 15_000 }).toMatch(s.answerContains);
      await screenshot(site, `widget-${s.name}-1-answer`);

      // 2. The visitor presses the handoff button and fills the fields.
      await chat.getByRole('button', { name: s.action }).first().click();
      await s.fill(site);
      await chat
        .getByRole('button', { name: /send|submit/i })
        .last()
        .click();
      await expect.poll(() => chat.textContent(), { timeout: 10_000 }).toMatch(/teammate will join/i);
      await screenshot(site, `widget-${s.name}-2-handoff`);

      // 3. The agent sees it appear without reload, with history, fields and the page URL.
      const card = inbox.locator('a[data-conversation-id]').first();
      await card.waitFor({ timeout: 10_000 });
      await card.click();
      await expect.poll(() => inbox.getByLabel('Transcript').textContent()).toContain(s.question);
      for (const value of s.captured)
        await expect.poll(() => inbox.getByLabel('Captured fields').textContent()).toContain(value);
      await expect.poll(() => inbox.getByLabel('Session metadata').textContent()).toContain('/widget/demo/index.html');
      await screenshot(inbox, `widget-${s.name}-3-inbox`);

      // 4. The agent takes over and replies; the visitor sees it live in the same widget.
      await inbox.getByRole('button', { name: 'Take over' }).click();
      await expect.poll(() => chat.textContent(), { timeout: 10_000 }).toMatch(/Anna joined/);
      await inbox.getByLabel('Reply').fill(s.reply);
      await inbox.getByLabel('Reply').press('Enter');
      await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain(s.reply);
      await screenshot(site, `widget-${s.name}-4-reply`);

      // 5. The visitor reloads: the chat opens again by itself (it was open), with its history; a new reply arrives live.
      await site.reload();
      const again = site.getByRole('dialog', { name: 'Chat with Acme Shoes' });
      await expect.poll(() => again.getByRole('log').textContent(), { timeout: 10_000 }).toContain(s.reply);
      expect(await again.getByRole('log').textContent()).toContain(s.question);
      await inbox.getByLabel('Reply').fill('Anything else I can do?');
      await inbox.getByLabel('Reply').press('Enter');
      await expect
        .poll(() => again.getByRole('log').textContent(), { timeout: 10_000 })
        .toContain('Anything else I can do?');
      await screenshot(site, `widget-${s.name}-5-after-reload`);

      await inbox.getByRole('button', { name: 'Resolve' }).click();
      await site.context().close();
      await inbox.context().close();
    });
  }
});

describe('widget robustness', () => {
  it('keeps working on a page with hostile CSS, and on a phone-sized screen', async () => {
    const site = await newPage({ width: 375, height: 740 });
    await site.goto(`${demoUrl(publicKey)}&hostile=1`);
    // The host page really is hostile: every element reset, every font huge.
    expect(await site.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('48px');
    const launcher = site.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    const box = (await launcher.boundingBox())!;
    expect(box.width).toBeGreaterThan(30);
    expect(box.width).toBeLessThan(100);
    await launcher.click();
    const chat = site.getByRole('dialog', { name: 'Chat with Acme Shoes' });
    await chat.waitFor();
    const size = await chat.getByLabel('Message').evaluate((el) => getComputedStyle(el).fontSize);
    expect(Number.parseFloat(size)).toBeLessThan(20);
    const panel = (await chat.boundingBox())!;
    expect(panel.width).toBeLessThanOrEqual(375);
    await screenshot(site, 'widget-hostile-phone');
    await site.keyboard.press('Escape');
    await expect.poll(() => chat.isVisible()).toBe(false);
  });

  it('an invalid workspace key logs a clear error and shows no broken UI', async () => {
    const site = await newPage();
    const errors: string[] = [];
    site.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await site.goto(demoUrl('pk_does_not_exist'));
    await expect.poll(() => errors.some((e) => e.includes('[Baton]'))).toBe(true);
    expect(await site.getByRole('button', { name: 'Open chat' }).count()).toBe(0);
    await screenshot(site, 'widget-invalid-key');
  });

  it('the launcher stays within its size budget (≤ 30 KB gzipped)', () => {
    const launcher = readFileSync(new URL('../../widget/dist/widget.js', import.meta.url));
    expect(gzipSync(launcher).length).toBeLessThanOrEqual(30 * 1024);
  });
});

describe('visitor devices', () => {
  const iPhone =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

  it('an iPhone visitor shows as Safari on iOS (iPhone) in the inbox, not as a Mac', async () => {
    // A workspace of its own: its queue holds only this visitor's handoff.
    const shop = await signUp(server.graphqlUrl, 'Phone Shop');
    await createAction(server.graphqlUrl, shop.token);
    const inbox = await inboxAs(shop.token);
    await inbox.goto(`${server.url}/#/inbox/queue`);

    const phone = await pool.newPage({
      viewport: { width: 390, height: 844 },
      device: { userAgent: iPhone, isMobile: true },
      failOnDialog: false,
    });
    await phone.goto(demoUrl(await publicKeyOf(server.graphqlUrl, shop.token)));
    await phone.getByRole('button', { name: 'Open chat' }).click();
    const chat = phone.getByRole('dialog', { name: 'Chat with Phone Shop' });
    await chat.getByRole('button', { name: 'Request a return' }).first().click();
    await phone.getByLabel('Order number').fill('A-30099');
    await phone.getByLabel('Return reason').selectOption('Too small');
    await chat
      .getByRole('button', { name: /send|submit/i })
      .last()
      .click();
    await expect.poll(() => chat.textContent(), { timeout: 10_000 }).toMatch(/teammate will join/i);
    await screenshot(phone, 'widget-iphone-handoff');

    await inbox.locator('a[data-conversation-id]').first().click();
    const metadata = inbox.getByLabel('Session metadata');
    await expect.poll(() => metadata.textContent()).toContain('Safari 17.4 on iOS 17.4 (iPhone)');
    expect(await metadata.textContent()).not.toContain('macOS');
    await metadata.getByText('Safari 17.4 on iOS').scrollIntoViewIfNeeded();
    await screenshot(inbox, 'inbox-iphone-visitor');
  });
});

describe('widget reconnect', () => {
  it('after the connection drops, replies sent meanwhile arrive exactly once', async () => {
    const site = await newPage();
    await site.goto(demoUrl(publicKey));
    await site.getByRole('button', { name: 'Open chat' }).click();
    // The host page's JS API: identify the visitor (agents see it).
    await site.evaluate(() =>
      (window as Window & { Baton?: { identify(p: object): void } }).Baton!.identify({
        name: 'Vera Visitor',
        email: 'vera@example.com',
      }),
    );
    const chat = site.getByRole('dialog', { name: 'Chat with Acme Shoes' });
    await chat.getByLabel('Message').fill('Do you have gift cards?');
    await chat.getByLabel('Message').press('Enter');
    const log = chat.getByRole('log');
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toMatch(/gift card/i);
    const visitorId = await site.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('baton.visitor.'))!;
      const token = localStorage.getItem(key)!;
      return (JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string }).sub;
    });
    const conv = await server.db.prisma.conversation.findFirstOrThrow({ where: { visitorId } });
    await expect
      .poll(async () => (await server.db.prisma.visitor.findUniqueOrThrow({ where: { id: visitorId } })).name)
      .toBe('Vera Visitor');
    const id = Buffer.from(`Conversation:${conv.id}`).toString('base64');
    await gql(server.graphqlUrl, TAKE_OVER, { id }, agent.token);

    server.disconnectWebSockets();
    for (const body of ['Reply while you were offline', 'And a second one']) {
      await gql(server.graphqlUrl, REPLY, { input: { conversationId: id, body } }, agent.token);
    }
    await expect.poll(() => log.textContent(), { timeout: 20_000 }).toContain('And a second one');
    const text = (await log.textContent())!;
    expect(text.split('Reply while you were offline').length - 1).toBe(1);
    expect(text.split('And a second one').length - 1).toBe(1);
    await screenshot(site, 'widget-after-reconnect');
  });

  it('a message sent while the server is unavailable is sent again until it is stored, once', async () => {
    const site = await newPage();
    // The server's two "try again later" answers during a database outage (tests/api/
    // database-outage.test.ts has the real ones): a request-level 503 with Retry-After, then the
    // mutation's ServiceUnavailableError. The third attempt reaches the server.
    const refusals: { status: number; headers: Record<string, string>; body: unknown }[] = [
      {
        status: 503,
        headers: { 'retry-after': '1' },
        body: { errors: [{ message: 'The database is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      },
      {
        status: 200,
        headers: {},
        body: {
          data: {
            sendMessage: {
              __typename: 'ServiceUnavailableError',
              message: 'The database is unavailable. Try again shortly.',
              retryAfterSeconds: 1,
            },
          },
        },
      },
    ];
    const attempts: string[] = [];
    const { sha256Hash: sendMessageHash } = persistedQuery(WidgetSendMessageDocument).persistedQuery;
    await site.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      // The widget names its documents by hash (trusted documents), not by text.
      if (!body.includes(sendMessageHash)) return route.continue();
      attempts.push((JSON.parse(body) as { variables: { input: { clientId: string } } }).variables.input.clientId);
      const refusal = refusals.shift();
      if (!refusal) return route.continue();
      await route.fulfill({
        status: refusal.status,
        headers: { ...refusal.headers, 'content-type': 'application/json' },
        body: JSON.stringify(refusal.body),
      });
    });
    await site.goto(demoUrl(publicKey));
    await site.getByRole('button', { name: 'Open chat' }).click();
    const chat = site.getByRole('dialog', { name: 'Chat with Acme Shoes' });
    await chat.getByLabel('Message').fill('Is my message stored during an outage?');
    await chat.getByLabel('Message').press('Enter');
    const stored = () =>
      server.db.prisma.message.findMany({ where: { body: 'Is my message stored during an outage?' } });
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(1);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts).size).toBe(1);
    expect((await stored())[0]!.clientId).toBe(attempts[0]);
    await expect.poll(() => chat.getByText('Not sent').count()).toBe(0);
    await expect.poll(() => chat.getByRole('log').textContent()).toContain('Is my message stored during an outage?');
  });
});
