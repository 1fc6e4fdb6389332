/**
 * Invitations in real Chromium: with a real local SMTP server the owner's invite is e-mailed,
 * the invitee opens the link from the mail and joins; when the mail server refuses, the screen
 * says so, the link is there to copy and Resend delivers once the server is back. Without SMTP
 * the link stays copyable from the pending list after a reload (not only once).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';
import { startSmtpReceiver, type SmtpReceiver } from '../helpers/smtp-receiver.js';
import { signUp, strongPassword, uniqueEmail } from '../helpers/team.js';

let browser: Browser;
let smtp: SmtpReceiver;
let mailing: BatonServer;
let plain: BatonServer;
const pool = new PagePool(() => browser);

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  [mailing, plain] = await Promise.all([startTestServer({ SMTP_URL: smtp.url }), startTestServer()]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await Promise.all([mailing?.close(), plain?.close()]);
  await smtp?.close();
});

async function teamScreen(server: BatonServer, workspace: string): Promise<Page> {
  const owner = await signUp(server.graphqlUrl, workspace);
  const page = await pool.newPage();
  await signInWithToken(page, server.url, owner.token, '#/settings/team');
  await page.getByRole('heading', { name: 'Invite a teammate' }).waitFor();
  return page;
}

async function inviteFrom(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send invite' }).click();
}

describe('invitations by e-mail', () => {
  it('e-mails the link; the invitee joins from the mail', async () => {
    const page = await teamScreen(mailing, 'Mailed Shoes');
    const email = uniqueEmail('mia');
    await inviteFrom(page, email);
    const result = page.getByRole('region', { name: 'New invitation' });
    await expect.poll(() => result.textContent()).toContain(`Invitation e-mailed to ${email}.`);
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: email }).textContent()).toContain('e-mailed');
    await screenshot(page, 'invitations-emailed');

    const mails = await smtp.waitFor(1);
    const mail = mails.find((m) => m.to.includes(email))!;
    const url = /(http\S+\/invite\/[\w-]+)/.exec(mail.text)![1]!;
    const invitee = await pool.newPage();
    await invitee.goto(url);
    await invitee.getByRole('heading', { name: 'Join Mailed Shoes' }).waitFor();
    await invitee.getByLabel('Your name').fill('Mia');
    await invitee.getByLabel('Password').fill(strongPassword);
    await invitee.getByRole('button', { name: 'Join the team' }).click();
    await invitee.getByRole('navigation', { name: 'Inbox' }).waitFor();
  });

  it('a refused e-mail is shown with the link to copy, and Resend delivers it once the server is back', async () => {
    const page = await teamScreen(mailing, 'Refused Shoes');
    smtp.mode = 'refuse';
    const email = uniqueEmail('rex');
    await inviteFrom(page, email);
    const result = page.getByRole('region', { name: 'New invitation' });
    await expect.poll(() => result.textContent()).toContain('but the e-mail failed');
    expect(await result.textContent()).toContain('The mail server refused the message (550');
    expect(await page.getByLabel('Invitation link', { exact: true }).inputValue()).toMatch(/\/invite\//);
    const row = page.getByRole('listitem').filter({ hasText: email });
    await expect.poll(() => row.textContent()).toContain('E-mail failed');
    await screenshot(page, 'invitations-email-failed');

    smtp.mode = 'accept';
    const before = smtp.mails.length;
    await row.getByRole('button', { name: `Resend the invitation e-mail to ${email}` }).click();
    await smtp.waitFor(before + 1);
    expect(smtp.mails.at(-1)!.to).toEqual([email]);
    await expect.poll(() => row.textContent()).toContain('e-mailed');
    expect(await row.textContent()).not.toContain('E-mail failed');
    await screenshot(page, 'invitations-resent');
  });
});

describe('invitations without SMTP', () => {
  it('the link stays copyable from the pending list after a reload', async () => {
    const page = await teamScreen(plain, 'Plain Shoes');
    const email = uniqueEmail('cody');
    await inviteFrom(page, email);
    const url = await page.getByLabel('Invitation link', { exact: true }).inputValue();
    await page.reload();
    const row = page.getByRole('listitem').filter({ hasText: email });
    await row.waitFor();
    expect(await row.getByRole('button', { name: /Resend/ }).count()).toBe(0);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: plain.url });
    await row.getByRole('button', { name: `Copy the invitation link for ${email}` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await screenshot(page, 'invitations-copy-later');
  });
});
