/**
 * The inbox's edges (issue 15, part 1: items 1, 2, 3, 6, 7 and the inbox parts of 10), in real
 * Chromium against a real server: an invited agent who logs out, the URL after sign-up, focus
 * after each ownership move, the conversation view's layout at desktop and phone widths, what a
 * resolved conversation offers, and cards that follow the conversation live. Screenshots go to
 * test-artifacts/screenshots/inbox-edges-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { expectPresent, expectTypename, gql } from '../helpers/graphql.js';
import {
  createAction,
  publicKeyOf,
  returnAction,
  SEND,
  startSession,
  SUBMIT_ACTION,
  type VisitorSession,
} from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, INVITE, signUp, strongPassword, uniqueEmail, type SignedIn } from '../helpers/team.js';
import { graphql } from '../gql/index.js';

let server: BatonServer;
let browser: Browser;
const pool = new PagePool(() => browser);

/** Polls until the value matches (live updates arrive over the socket, within a few seconds). */
const until = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5000 });

const VISITOR_ACTIONS = graphql(`
  query InboxEdgesVisitorActions {
    customActions {
      id
      label
    }
  }
`);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await server?.close();
});

/** A visitor presses the action labelled `label` (with `values`), then asks `question` while queued. */
async function queuedConversation(
  owner: SignedIn,
  question: string,
  label = 'Talk to a human',
  values: { key: string; value: string }[] = [],
): Promise<VisitorSession> {
  const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
  const actions = (await gql(server.graphqlUrl, VISITOR_ACTIONS, {}, visitor.token)).data.customActions;
  const action = expectPresent(
    actions.find((a) => a.label === label),
    label,
  );
  const submitted = await gql(
    server.graphqlUrl,
    SUBMIT_ACTION,
    { input: { conversationId: visitor.conversationId, actionId: action.id, values } },
    visitor.token,
  );
  expect(submitted.data.submitAction.__typename).toBe('HandoffPayload');
  // Queued: the assistant stays quiet, the question waits for a person.
  await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: question } },
    visitor.token,
  );
  return visitor;
}

async function openConversation(page: Page, token: string, view: string, conversationId: string) {
  await signInWithToken(page, server.url, token, `#/inbox/${view}/${encodeURIComponent(conversationId)}`);
  await page.getByTestId('conversation-status').waitFor();
}

/** Where keyboard focus is: the element's tag, id and text, and whether it is in the conversation view. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? null,
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
      disabled: el instanceof HTMLButtonElement || el instanceof HTMLTextAreaElement ? el.disabled : false,
      inConversation: !!el?.closest('[aria-label="Conversation"]'),
    };
  });
}

describe('invitation and sign-up URLs (items 1 and 10)', () => {
  it('an invited agent joins (styled button, URL without the token) and logging out leads to the log-in page', async () => {
    const owner = await signUp(server.graphqlUrl, 'Edge Shop');
    const invite = await gql(
      server.graphqlUrl,
      INVITE,
      { input: { email: uniqueEmail('invited'), role: 'AGENT' } },
      owner.token,
    );
    const { url } = expectTypename(invite.data.inviteAgent, 'InvitationPayload');
    const page = await pool.newPage();
    await page.goto(url.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole('heading', { name: 'Join Edge Shop' }).waitFor();
    const join = page.getByRole('button', { name: 'Join the team' });
    // Styled as the log-in form's primary button: accent background, full width of the form.
    const look = await join.evaluate((b) => {
      const style = getComputedStyle(b);
      const form = b.closest('form')!.getBoundingClientRect();
      return { background: style.backgroundColor, width: b.getBoundingClientRect().width, formWidth: form.width };
    });
    expect.soft(look.background).toBe('rgb(47, 93, 138)');
    expect.soft(look.width).toBeCloseTo(look.formWidth, 0);
    await screenshot(page, 'inbox-edges-invitation');

    await page.getByLabel('Your name').fill('Ivy');
    await page.getByLabel('Password').fill(strongPassword);
    await join.click();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    expect(page.url()).not.toContain('/invite/');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to your inbox' }).waitFor();
    expect(await page.getByText('Invitation unavailable').count()).toBe(0);
    expect(page.url()).not.toContain('/invite/');
    await screenshot(page, 'inbox-edges-logged-out-after-invitation');
  });

  it('after sign-up the URL drops #sign-up, so logging out shows the log-in form', async () => {
    const page = await pool.newPage();
    await page.goto(`${server.url}/#sign-up`);
    await page.getByLabel('Workspace name').fill('Hash Shop');
    await page.getByLabel('Your name').fill('Hana');
    await page.getByLabel('Email').fill(uniqueEmail('hash'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    expect(new URL(page.url()).hash).not.toBe('#sign-up');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to your inbox' }).waitFor();
  });
});

describe('the conversation view (items 2, 3 and 6)', () => {
  it('focus after each move: Take over → the enabled composer; Release, Hand back, Resolve → the header', async () => {
    const owner = await signUp(server.graphqlUrl, 'Focus Shop');
    const anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
    const visitor = await queuedConversation(owner, 'Where is my parcel?');
    const page = await pool.newPage();
    await openConversation(page, anna.token, 'open', visitor.conversationId);
    const status = page.getByTestId('conversation-status');

    const takeOver = async () => {
      await page.getByRole('button', { name: 'Take over' }).click();
      await until(() => status.textContent()).toContain('Assigned · Anna');
      await until(() => focused(page)).toMatchObject({ tag: 'TEXTAREA', id: 'composer', disabled: false });
    };
    /** Focus stays in the conversation view, on something enabled (not the page body). */
    const expectHeaderFocus = async () => {
      await until(() => focused(page)).toMatchObject({ inConversation: true, disabled: false });
      expect((await focused(page)).tag).not.toBe('BODY');
    };

    await takeOver();
    await page.keyboard.type('typed straight away');
    expect(await page.getByLabel('Reply').inputValue()).toBe('typed straight away');
    await page.getByLabel('Reply').fill('');

    await page.getByRole('button', { name: 'Release to queue' }).click();
    await until(() => status.textContent()).toContain('Waiting');
    await expectHeaderFocus();

    await takeOver();
    await page.getByRole('button', { name: 'Hand back to assistant' }).click();
    await until(() => status.textContent()).toContain('assistant');
    await expectHeaderFocus();

    await page.getByRole('button', { name: 'Resolve' }).click();
    await until(() => status.textContent()).toContain('Resolved');
    await expectHeaderFocus();
    await screenshot(page, 'inbox-edges-focus-after-resolve');
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width}px the header's buttons keep their size (one row on a desktop, two at most on a phone) and "Internal note" does not wrap`, async () => {
      const owner = await signUp(server.graphqlUrl, `Layout Shop ${viewport.width}`);
      const visitor = await queuedConversation(owner, 'Can I change my delivery address?');
      const page = await pool.newPage({ viewport });
      await openConversation(page, owner.token, 'queue', visitor.conversationId);
      await page.getByRole('button', { name: 'Take over' }).waitFor();

      const layout = await page.evaluate(() => {
        const header = document.querySelector('[aria-label="Conversation"] header')!;
        const buttons = [...header.querySelectorAll('.actions button')].map((b) => {
          const r = b.getBoundingClientRect();
          return { text: b.textContent!.trim(), top: r.top, width: r.width, height: r.height };
        });
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Internal note')!;
        const send = [...document.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Send')!;
        const lr = label.getBoundingClientRect();
        const sr = send.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
        return {
          buttons,
          label: { height: lr.height, middle: lr.top + lr.height / 2, lineHeight },
          send: { width: sr.width, middle: sr.top + sr.height / 2 },
        };
      });
      await screenshot(page, `inbox-edges-layout-${viewport.width}`);

      // The owner is an admin: Reassign… is offered too.
      expect(layout.buttons.map((b) => b.text)).toEqual([
        'Take over',
        'Hand back to assistant',
        'Resolve',
        'Reassign…',
      ]);
      const rows = new Set(layout.buttons.map((b) => Math.round(b.top)));
      // One row on a desktop; on a phone at most two, never one per button.
      expect(rows.size).toBeLessThanOrEqual(viewport.width >= 1000 ? 1 : 2);
      for (const b of layout.buttons) expect(b.width).toBeLessThan(220);
      // "Take over" is as wide as its words, not the view.
      expect(layout.buttons[0]!.width).toBeLessThan(120);
      expect(layout.send.width).toBeLessThan(120);
      expect(layout.label.height).toBeLessThan(layout.label.lineHeight * 1.5);
      expect(Math.abs(layout.label.middle - layout.send.middle)).toBeLessThan(6);
    });
  }

  it('a resolved conversation offers Reopen, says so in the composer, and reopening hands it to the agent', async () => {
    const owner = await signUp(server.graphqlUrl, 'Reopen Shop');
    const anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
    const visitor = await queuedConversation(owner, 'My voucher did not work');
    const page = await pool.newPage();
    await openConversation(page, anna.token, 'open', visitor.conversationId);
    const status = page.getByTestId('conversation-status');
    await page.getByRole('button', { name: 'Take over' }).click();
    await until(() => status.textContent()).toContain('Assigned · Anna');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await until(() => status.textContent()).toContain('Resolved');

    const reopen = page.getByRole('button', { name: 'Reopen' });
    await reopen.waitFor();
    const placeholder = await page.getByLabel('Reply').getAttribute('placeholder');
    expect(placeholder).not.toContain('Take over');
    expect(placeholder).toMatch(/resolved/i);
    expect(placeholder).toContain('Reopen');
    await screenshot(page, 'inbox-edges-resolved');

    await reopen.click();
    await until(() => status.textContent()).toContain('Assigned · Anna');
    await until(() => focused(page)).toMatchObject({ id: 'composer', disabled: false });
    await page.getByLabel('Reply').fill('Here is a new code: SPRING10');
    await page.getByLabel('Reply').press('Enter');
    await until(() => page.getByLabel('Transcript').textContent()).toContain('SPRING10');
    await screenshot(page, 'inbox-edges-reopened');
  });
});

describe('cards (item 7 and the card preview)', () => {
  it('cards follow the conversation live: the button pressed, the visitor’s question, no stale badge or wait', async () => {
    const owner = await signUp(server.graphqlUrl, 'Card Shop');
    await createAction(server.graphqlUrl, owner.token, returnAction);
    const anna = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna');
    const visitor = await queuedConversation(
      owner,
      'My trainers are too small, can I return them?',
      'Request a return',
      [
        { key: 'orderNumber', value: 'A-12345' },
        { key: 'reason', value: 'Too small' },
      ],
    );
    const page = await pool.newPage();
    await openConversation(page, anna.token, 'open', visitor.conversationId);
    const card = page.locator(`a[data-conversation-id="${visitor.conversationId}"]`);
    const preview = card.locator('.preview');
    const status = page.getByTestId('conversation-status');

    await until(() => preview.textContent()).toContain('My trainers are too small');
    expect.soft(await card.textContent()).toContain('Pressed: Request a return');
    expect(await preview.textContent()).not.toContain('Connecting you');
    await screenshot(page, 'inbox-edges-card-queued');

    await page.getByRole('button', { name: 'Take over' }).click();
    await until(() => card.textContent()).toContain('Taken by Anna');
    await page.getByRole('button', { name: 'Release to queue' }).click();
    await until(() => status.textContent()).toContain('Waiting');
    await until(() => card.textContent()).not.toContain('Taken by Anna');
    expect.soft(await preview.textContent()).not.toContain('joined the chat');
    expect.soft(await preview.textContent()).toContain('My trainers are too small');

    await page.getByRole('button', { name: 'Take over' }).click();
    await until(() => card.textContent()).toContain('Taken by Anna');
    await page.getByRole('button', { name: 'Hand back to assistant' }).click();
    // Back with the assistant: its badge, and no handoff reason or waiting time left over.
    await card.locator('.badge.bot').waitFor();
    expect(await card.locator('.badge.trigger').count()).toBe(0);
    expect(await card.locator('.wait').count()).toBe(0);
    expect(await preview.textContent()).toContain('My trainers are too small');
    await screenshot(page, 'inbox-edges-card-handed-back');
  });
});
