/**
 * Issue 15, the conversation's course as the visitor sees it (real Chromium, the demo page and
 * the inbox side by side): "Talk to a human" once; old suggestion chips stay gone after a
 * resolve; a form filled while an agent owns the chat reaches the agent as a structured message
 * (and the visitor sees what they sent); the visitor hears when the agent leaves, comes back,
 * resolves; a reload mid-chat reopens the chat open; a markdown link is a link in both apps.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { loadKnowledge } from '../helpers/assistant.js';
import { createAction, publicKeyOf } from '../helpers/handoff.js';
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

const demoUrl = (key: string) => `${server.url}/widget/demo/index.html?key=${encodeURIComponent(key)}`;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  owner = await signUp(server.graphqlUrl, 'Edge Shoes');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  await loadKnowledge(server.graphqlUrl, owner.token);
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

async function inboxAs(token: string): Promise<Page> {
  const page = await newPage();
  await signInWithToken(page, server.url, token);
  return page;
}

async function openWidget(viewport?: { width: number; height: number }) {
  const site = await newPage(viewport);
  await site.goto(demoUrl(publicKey));
  await site.getByRole('button', { name: 'Open chat' }).click();
  const chat = site.getByRole('dialog', { name: 'Chat with Edge Shoes' });
  await chat.waitFor();
  return { site, chat, log: chat.getByRole('log') };
}

/** Sends a message and waits until the assistant has answered it (the server's turn queue is idle). */
async function ask(chat: Locator, text: string) {
  await chat.getByLabel('Message').fill(text);
  await chat.getByLabel('Message').press('Enter');
  await expect.poll(() => chat.getByRole('log').textContent()).toContain(text);
  await expect.poll(() => chat.getByText('Sending…').count()).toBe(0);
  await server.assistant.idle();
}

describe('the visitor’s side of the handoff', () => {
  it('offers "Talk to a human" once, and old suggestions do not come back after a resolve', async () => {
    const { site, chat, log } = await openWidget();
    await ask(chat, 'do you sell kayaks?');
    await expect.poll(() => chat.getByRole('group', { name: 'Suggested actions' }).count()).toBe(1);
    await ask(chat, 'are kayaks something you sell?');
    await expect.poll(() => log.textContent()).toMatch(/kayaks something you sell\?.*\S/s);
    // Two unsure answers, each offering a person, plus the row: still one button.
    await expect.poll(() => chat.getByRole('button', { name: 'Talk to a human' }).count()).toBe(1);
    expect(await chat.getByRole('group', { name: 'Suggested actions' }).count()).toBe(1);
    await screenshot(site, 'widget-edges-1-talk-to-human-once');

    // The visitor takes the offer; the agent takes over and resolves.
    await chat.getByRole('button', { name: 'Talk to a human' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toMatch(/Connecting you with the team/);
    // Queued: no escalation left to press.
    await expect.poll(() => chat.getByRole('button', { name: 'Talk to a human' }).count()).toBe(0);
    const inbox = await inboxAs(agent.token);
    await inbox.goto(`${server.url}/#/inbox/queue`);
    await inbox.locator('a[data-conversation-id]').first().click();
    await inbox.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Anna joined the chat.');
    await inbox.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('This chat was marked as resolved.');
    // The old messages' chips stay gone; the row still offers a person.
    expect(await chat.getByRole('group', { name: 'Suggested actions' }).count()).toBe(0);
    expect(await chat.getByRole('button', { name: 'Talk to a human' }).count()).toBe(1);
    await screenshot(site, 'widget-edges-2-after-resolve');
    await site.context().close();
    await inbox.context().close();
  });

  it('a form filled while the agent owns the chat reaches the agent; the visitor hears every move; a reload reopens the chat', async () => {
    const { site, chat, log } = await openWidget();
    await chat.getByRole('button', { name: 'Talk to a human' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toMatch(/Connecting you with the team/);

    const inbox = await inboxAs(agent.token);
    await inbox.goto(`${server.url}/#/inbox/queue`);
    await inbox.locator('a[data-conversation-id]').first().click();
    await inbox.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Anna joined the chat.');

    // The visitor fills a form while Anna owns the chat: no "already in this chat", the values arrive.
    await chat.getByRole('button', { name: 'Change an order' }).click();
    await chat.getByLabel('Order number').fill('A-20077');
    await chat.getByLabel('What should change?').fill('Please ship to my office instead.');
    await chat
      .getByRole('button', { name: /send|submit/i })
      .last()
      .click();
    const mine = chat.getByRole('group', { name: 'You submitted Change an order' });
    await expect.poll(() => mine.textContent(), { timeout: 10_000 }).toContain('A-20077');
    expect(await chat.textContent()).not.toContain('already in this chat');
    const submitted = inbox.getByRole('group', { name: 'Submitted form: Change an order' });
    await expect
      .poll(() => submitted.textContent(), { timeout: 10_000 })
      .toContain('Please ship to my office instead.');
    // A markdown link from the agent is a link in both apps (one rule); an unsafe one stays text.
    await inbox
      .getByLabel('Reply')
      .fill('Our [returns page](https://example.com/returns) has it. [x](javascript:alert(1))');
    await inbox.getByLabel('Reply').press('Enter');
    const link = log.getByRole('link', { name: 'returns page' });
    await expect.poll(() => link.getAttribute('href'), { timeout: 10_000 }).toBe('https://example.com/returns');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await log.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await log.textContent()).toContain('[x](javascript:alert(1))');
    const inboxLink = inbox.getByLabel('Transcript').getByRole('link', { name: 'returns page' });
    expect(await inboxLink.getAttribute('href')).toBe('https://example.com/returns');
    expect(await inbox.getByLabel('Transcript').locator('a[href^="javascript"]').count()).toBe(0);
    await screenshot(site, 'widget-edges-3-submitted-while-assigned');
    await screenshot(inbox, 'widget-edges-3-inbox-submission');

    // Release: the visitor is told; the same agent takes over again: "back", not "joined" twice.
    await inbox.getByRole('button', { name: 'Release to queue' }).click();
    await expect
      .poll(() => log.textContent(), { timeout: 10_000 })
      .toContain("Anna left; you're back in the queue for the team.");
    await inbox.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Anna is back in the chat.');
    expect((await log.textContent())!.match(/Anna joined the chat/g)).toHaveLength(1);
    await screenshot(site, 'widget-edges-4-left-and-back');

    // A reload mid-chat: the chat opens again by itself, with what the visitor submitted.
    await site.reload();
    const again = site.getByRole('dialog', { name: 'Chat with Edge Shoes' });
    await again.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => again.getByRole('group', { name: 'You submitted Change an order' }).textContent())
      .toContain('A-20077');
    await screenshot(site, 'widget-edges-5-reopened-after-reload');

    // Closed, then reloaded: it stays closed.
    await again.getByRole('button', { name: /close/i }).first().click();
    await site.getByRole('button', { name: 'Open chat' }).waitFor();
    await site.reload();
    await site.getByRole('button', { name: 'Open chat' }).waitFor();
    expect(await site.getByRole('dialog', { name: 'Chat with Edge Shoes' }).isVisible()).toBe(false);
    await site.context().close();
    await inbox.context().close();
  });

  it('on a phone: the submission and the notices read well', async () => {
    const { site, chat, log } = await openWidget({ width: 390, height: 844 });
    await chat.getByRole('button', { name: 'Change an order' }).click();
    await chat.getByLabel('Order number').fill('A-30001');
    await chat.getByLabel('What should change?').fill('https://example.com/a/very/long/link/that/should/wrap/nicely');
    await chat
      .getByRole('button', { name: /send|submit/i })
      .last()
      .click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toMatch(/Connecting you with the team/);
    const inbox = await inboxAs(agent.token);
    await inbox.goto(`${server.url}/#/inbox/queue`);
    await inbox.locator('a[data-conversation-id]').first().click();
    await inbox.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Anna joined the chat.');
    await inbox.getByRole('button', { name: 'Hand back to assistant' }).click();
    await expect
      .poll(() => log.textContent(), { timeout: 10_000 })
      .toContain('Anna left; you are chatting with the assistant again.');
    await screenshot(site, 'widget-edges-6-phone');

    // A second handoff: the side panel shows both packets, newest first.
    await chat.getByRole('button', { name: 'Change an order' }).click();
    await chat.getByLabel('Order number').fill('A-30002');
    await chat.getByLabel('What should change?').fill('Second thoughts: blue, not red.');
    await chat
      .getByRole('button', { name: /send|submit/i })
      .last()
      .click();
    await expect
      .poll(() => inbox.getByLabel('Captured fields', { exact: true }).textContent(), { timeout: 10_000 })
      .toContain('A-30002');
    const earlier = inbox.getByRole('region', { name: 'Earlier handoffs' });
    await expect.poll(() => earlier.textContent(), { timeout: 10_000 }).toContain('A-30001');
    expect(await earlier.textContent()).not.toContain('A-30002');
    await screenshot(inbox, 'widget-edges-7-inbox-two-handoffs');
    await inbox.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('This chat was marked as resolved.');
    await site.context().close();
    await inbox.context().close();
  });

  it('the admin lets the assistant answer while queued: marked as the assistant, silent once a teammate has the chat', async () => {
    const admin = await inboxAs(owner.token);
    await admin.goto(`${server.url}/#/settings/assistant`);
    const box = admin.getByLabel('Keep answering while the visitor waits');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.reload();
    await expect.poll(() => admin.getByLabel('Keep answering while the visitor waits').isChecked()).toBe(true);
    await admin
      .getByLabel('Keep answering while the visitor waits')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(admin, 'widget-edges-8-setting');

    const { site, chat, log } = await openWidget({ width: 390, height: 844 });
    await chat.getByRole('button', { name: 'Talk to a human' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toMatch(/Connecting you with the team/);
    await ask(chat, "what's your return policy, how many days do I have?");
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toMatch(/30 days/i);
    expect(await log.textContent()).toContain('Assistant · while you wait for the team');
    await screenshot(site, 'widget-edges-9-answer-while-queued');

    const inbox = await inboxAs(agent.token);
    await inbox.goto(`${server.url}/#/inbox/queue`);
    await inbox.locator('a[data-conversation-id]').first().click();
    await inbox.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Anna joined the chat.');
    const before = (await log.textContent())!.match(/Assistant/g)?.length ?? 0;
    await ask(chat, 'Can I change or cancel my order after placing it?');
    expect((await log.textContent())!.match(/Assistant/g)?.length ?? 0).toBe(before);
    await site.context().close();
    await inbox.context().close();
    await admin.context().close();
  });
});
