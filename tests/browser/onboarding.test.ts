/**
 * The onboarding checklist in real Chromium: a new owner signs up and sees 0 of 5; inviting a
 * teammate through the UI, knowledge added through the API and a chat from the demo page (opened
 * from the checklist, showing the workspace's own name) tick their steps after navigation; the
 * checklist can be dismissed and stays dismissed after a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { loadKnowledge } from '../helpers/assistant.js';
import { launchBrowser, PagePool, screenshot } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';
import { strongPassword, uniqueEmail } from '../helpers/team.js';

let browser: Browser;
let server: BatonServer;
const pool = new PagePool(() => browser);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await server?.close();
});

const checklist = (page: Page) => page.getByRole('region', { name: 'Get started' });
const step = (page: Page, title: string) => checklist(page).getByRole('listitem').filter({ hasText: title });

async function backToInbox(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Inbox' }).getByRole('link', { name: 'Waiting' }).click();
}

describe('onboarding checklist', () => {
  it('sign-up → 0/5 → steps tick from real state → demo page with the workspace name → dismiss', async () => {
    const page = await pool.newPage();
    await page.goto(`${server.url}/#sign-up`);
    await page.getByLabel('Workspace name').fill('Ridgeway Outfitters');
    await page.getByLabel('Your name').fill('Olivia');
    await page.getByLabel('Email').fill(uniqueEmail('owner'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    await expect.poll(() => checklist(page).textContent()).toContain('0 of 5 done');
    for (const title of ['Add knowledge', 'Create an action', 'Invite a teammate', 'Install the widget']) {
      expect(await step(page, title).textContent()).toContain('to do');
    }
    await screenshot(page, 'onboarding-1-new-owner');

    // Invite a teammate from the checklist's link.
    await step(page, 'Invite a teammate').getByRole('link', { name: 'Invite' }).click();
    await page.getByRole('heading', { name: 'Invite a teammate' }).waitFor();
    await page.getByLabel('Email').fill(uniqueEmail('teammate'));
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByRole('region', { name: 'New invitation' }).waitFor();
    await backToInbox(page);
    await expect.poll(() => checklist(page).textContent()).toContain('1 of 5 done');
    expect(await step(page, 'Invite a teammate').textContent()).toContain('done');

    // Knowledge added elsewhere (the API) is ticked after the next navigation.
    const ownerToken = await page.evaluate(
      () => (JSON.parse(localStorage.getItem('baton.session') ?? '{}') as { token: string }).token,
    );
    await loadKnowledge(server.graphqlUrl, ownerToken, [
      { title: 'Returns', content: 'Returns are free for 30 days.' },
    ]);
    await page.getByRole('link', { name: 'Mine' }).click();
    await expect.poll(() => checklist(page).textContent()).toContain('2 of 5 done');
    expect(await step(page, 'Add knowledge').textContent()).toContain('done');

    // The snippet is one click away.
    await step(page, 'Install the widget').getByRole('button', { name: 'Show snippet' }).click();
    expect(await checklist(page).getByLabel('Widget embed snippet').inputValue()).toContain('data-workspace');
    await screenshot(page, 'onboarding-2-two-done-snippet');

    // The demo page opens with the workspace's own name; a chat there installs the widget and is the test chat.
    const [site] = await Promise.all([
      page.context().waitForEvent('page'),
      step(page, 'Send a test chat').getByRole('link', { name: 'Open the demo page' }).click(),
    ]);
    await site.waitForLoadState();
    await expect.poll(() => site.locator('header .logo').textContent()).toBe('Ridgeway Outfitters');
    expect(await site.locator('footer').innerText()).toContain('© Ridgeway Outfitters');
    expect(await site.locator('body').innerText()).not.toContain('Acme');
    expect(await site.title()).toContain('Ridgeway Outfitters');
    await site.getByRole('button', { name: 'Open chat' }).click();
    const chat = site.getByRole('dialog', { name: 'Chat with Ridgeway Outfitters' });
    await chat.waitFor();
    await chat.getByLabel('Message').fill('Hello from the demo page');
    await chat.getByLabel('Message').press('Enter');
    await expect.poll(() => chat.getByRole('log').textContent()).toContain('Hello from the demo page');
    await screenshot(site, 'onboarding-3-demo-page');

    await page.bringToFront();
    await backToInbox(page);
    await expect.poll(() => checklist(page).textContent()).toContain('4 of 5 done');
    expect(await step(page, 'Install the widget').textContent()).toContain('done');
    expect(await step(page, 'Send a test chat').textContent()).toContain('done');
    expect(await step(page, 'Create an action').textContent()).toContain('to do');
    await screenshot(page, 'onboarding-4-four-done');
    await page.setViewportSize({ width: 420, height: 800 });
    await checklist(page).getByRole('button', { name: 'Hide snippet' }).click();
    await screenshot(page, 'onboarding-5-narrow');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Dismissed, it stays away after a reload.
    await checklist(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => checklist(page).count()).toBe(0);
    // The sentinel: the checklist's own query has answered (with 4 of 5 still open) before we look.
    const answered = page.waitForResponse((r) => /"operationName":"Onboarding"/.test(r.request().postData() ?? ''));
    await page.reload();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    expect(
      ((await (await answered).json()) as { data: { workspace: { onboarding: { doneCount: number } } } }).data.workspace
        .onboarding.doneCount,
    ).toBe(4);
    expect(await checklist(page).count()).toBe(0);
  });
});
