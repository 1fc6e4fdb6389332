/**
 * The shared inbox in real Chromium against a real server: sign up, invite an agent who accepts
 * in a second browser context, build a custom action with two fields, then — with a visitor
 * driven through the API — see the handoff arrive without reload, take it over, see the
 * captured fields and page URL, reply, resolve. Plus the take-over race between two agents and
 * safe rendering of hostile visitor text. Screenshots go to test-artifacts/screenshots/.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { graphql } from '../gql/index.js';
import { connectWs, expectPresent, expectTypename, gql, subscribe } from '../helpers/graphql.js';
import { metadata, publicKeyOf, SEND, startSession, STREAM, SUBMIT_ACTION } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, strongPassword, uniqueEmail } from '../helpers/team.js';

let server: BatonServer;
let browser: Browser;
const pool = new PagePool(() => browser);
const newPage = () => pool.newPage();
const signInAs = (page: Page, token: string) => signInWithToken(page, server.url, token, '#/inbox/queue');

const SIGN_UP = graphql(`
  mutation BrowserInboxSignUp($i: SignUpInput!) {
    signUp(input: $i) {
      __typename
      ... on AuthPayload {
        token
        agent {
          workspace {
            publicKey
          }
        }
      }
    }
  }
`);
const ACTION_LABELS = graphql(`
  query BrowserInboxActionLabels {
    customActions {
      label
      fields {
        key
        type
      }
    }
  }
`);
const VISITOR_ACTIONS = graphql(`
  query BrowserInboxVisitorActions {
    customActions {
      id
      label
      fields {
        key
      }
    }
  }
`);
const ACTION_IDS = graphql(`
  query BrowserInboxActionIds {
    customActions {
      id
    }
  }
`);
const ASSIGNEE = graphql(`
  query BrowserInboxAssignee($id: ID!) {
    conversation(id: $id) {
      assigneeName
    }
  }
`);
const SEQS = graphql(`
  query BrowserInboxSeqs($id: ID!) {
    conversation(id: $id) {
      messages {
        edges {
          node {
            seq
          }
        }
      }
    }
  }
`);

/** Signs a workspace up through the API: the owner's token and the workspace's public key. */
async function signUpWorkspace(input: { workspaceName: string; name: string; email: string; password: string }) {
  const res = await gql(server.graphqlUrl, SIGN_UP, { i: input });
  const payload = expectTypename(res.data.signUp, 'AuthPayload');
  return { token: payload.token, publicKey: payload.agent.workspace.publicKey };
}

/** The id of the first custom action a visitor sees. */
async function firstActionId(visitorToken: string): Promise<string> {
  return expectPresent(
    (await gql(server.graphqlUrl, ACTION_IDS, {}, visitorToken)).data.customActions[0],
    'first action',
  ).id;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await server?.close();
});

describe('shared inbox', () => {
  it('sign up → invite → accept → build an action → live handoff → take over → reply → resolve', async () => {
    const admin = await newPage();
    await admin.goto(`${server.url}/#sign-up`);
    const ownerEmail = uniqueEmail('owner');
    await admin.getByLabel('Workspace name').fill('Acme Shoes');
    await admin.getByLabel('Your name').fill('Olivia');
    await admin.getByLabel('Email').fill(ownerEmail);
    await admin.getByLabel('Password').fill(strongPassword);
    await admin.getByRole('button', { name: /create/i }).click();
    await admin.getByRole('navigation', { name: 'Inbox' }).waitFor();
    await expect.poll(() => admin.locator('.me').textContent()).toBe('Olivia');

    // Invite an agent; they accept in a second browser context.
    await admin.goto(`${server.url}/#/settings/team`);
    const agentEmail = uniqueEmail('anna');
    await admin.getByLabel('Email').fill(agentEmail);
    await admin.getByRole('button', { name: 'Send invite' }).click();
    const link = admin.getByLabel('Invitation link', { exact: true });
    await link.waitFor();
    const invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(/\/invite\//);
    await screenshot(admin, 'settings-team');

    const agent = await newPage();
    await agent.goto(invitationUrl);
    await agent.getByRole('heading', { name: 'Join Acme Shoes' }).waitFor();
    await agent.getByLabel('Your name').fill('Anna');
    await agent.getByLabel('Password').fill(strongPassword);
    await agent.getByRole('button', { name: 'Join the team' }).click();
    await agent.getByRole('navigation', { name: 'Inbox' }).waitFor();
    expect(new URL(agent.url()).pathname).toBe('/');

    // Build a custom action with two fields, watching the live preview.
    await admin.goto(`${server.url}/#/settings/actions`);
    await admin.getByRole('button', { name: /new action/i }).click();
    await admin.getByLabel('Button label').fill('Request a return');
    await admin.getByLabel('When to suggest it').fill('When the visitor wants to send shoes back');
    await admin.getByRole('button', { name: 'Add field' }).click();
    await admin.getByLabel('Field label').nth(0).fill('Order number');
    await admin.getByLabel('Required').nth(0).check();
    await admin.getByRole('button', { name: 'Add field' }).click();
    await admin.getByLabel('Field label').nth(1).fill('Return reason');
    await admin.getByLabel('Field type').nth(1).selectOption('SINGLE_CHOICE');
    await admin.getByLabel('Options').nth(0).fill('Too small\nToo big\nDamaged');
    const preview = admin.getByLabel('Visitor preview');
    await expect.poll(() => preview.textContent()).toContain('Request a return');
    await expect.poll(() => preview.textContent()).toContain('Return reason');
    await screenshot(admin, 'action-builder');
    await admin.getByRole('button', { name: 'Save action' }).click();
    await expect
      .poll(async () =>
        (await gql(server.graphqlUrl, ACTION_LABELS, {}, await tokenOf(admin))).data.customActions.map((a) => a.label),
      )
      .toContain('Request a return');

    // A visitor chats, then presses the action (through the API).
    await agent.goto(`${server.url}/#/inbox/queue`);
    const ownerToken = await tokenOf(admin);
    const publicKey = await publicKeyOf(server.graphqlUrl, ownerToken);
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const actions = (await gql(server.graphqlUrl, VISITOR_ACTIONS, {}, visitor.token)).data.customActions;
    const action = expectPresent(
      actions.find((a) => a.label === 'Request a return'),
      'the return action',
    );
    const keys = action.fields.map((f) => f.key);
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'My new trainers are too small' } },
      visitor.token,
    );
    await server.assistant.idle();
    const submitted = await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      {
        input: {
          conversationId: visitor.conversationId,
          actionId: action.id,
          values: [
            { key: keys[0]!, value: 'A-12345' },
            { key: keys[1]!, value: 'Too small' },
          ],
        },
      },
      visitor.token,
    );
    expect(submitted.data.submitAction.__typename).toBe('HandoffPayload');

    // The card appears in the agent's queue without a reload.
    const card = agent.locator(`a[data-conversation-id="${visitor.conversationId}"]`);
    await card.waitFor({ timeout: 10_000 });
    await expect.poll(() => card.textContent()).toContain('Pressed: Request a return');
    await screenshot(agent, 'inbox-queue');
    await card.click();
    await screenshot(agent, 'debug-after-click');
    await agent.getByRole('button', { name: 'Take over' }).click({ timeout: 5000 });
    await expect.poll(() => agent.getByTestId('conversation-status').textContent()).toContain('Anna');
    const fields = agent.getByLabel('Captured fields');
    await expect.poll(() => fields.textContent()).toContain('A-12345');
    await expect.poll(() => fields.textContent()).toContain('Too small');
    await expect.poll(() => agent.getByLabel('Session metadata').textContent()).toContain(metadata.pageUrl);

    // The visitor hears the reply live.
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
    const stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: 0 });
    await agent.getByLabel('Reply').fill('Hi! I have started your return.');
    await agent.getByLabel('Reply').press('Enter');
    await stream.waitFor((e) =>
      e.some((x) => x.conversationEvents.message?.body === 'Hi! I have started your return.'),
    );
    await expect.poll(() => agent.getByLabel('Transcript').textContent()).toContain('I have started your return');
    await screenshot(agent, 'conversation');

    await agent.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => agent.getByTestId('conversation-status').textContent()).toContain('Resolved');
    await socket.dispose();
  });

  it('two agents press Take over at the same moment: one wins, the other sees who, both agree within a second', async () => {
    const ownerSignUp = await signUpWorkspace({
      workspaceName: 'Race Shop',
      name: 'Owner',
      email: uniqueEmail('race'),
      password: strongPassword,
    });
    const owner = { token: ownerSignUp.token, agentId: '', workspaceId: '', email: '' };
    const ben = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ben');
    const cleo = await addMember(server.graphqlUrl, owner, 'AGENT', 'Cleo');
    const visitor = await startSession(server.graphqlUrl, ownerSignUp.publicKey);
    const talk = await firstActionId(visitor.token);
    await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: visitor.conversationId, actionId: talk } },
      visitor.token,
    );

    const pages = await Promise.all([newPage(), newPage()]);
    await Promise.all([signInAs(pages[0]!, ben.token), signInAs(pages[1]!, cleo.token)]);
    await Promise.all(
      pages.map((p) => p.goto(`${server.url}/#/inbox/queue/${encodeURIComponent(visitor.conversationId)}`)),
    );
    const buttons = pages.map((p) => p.getByRole('button', { name: 'Take over' }));
    await Promise.all(buttons.map((b) => b.waitFor()));
    // Both TakeOver mutations must have been answered before the winner is read.
    const answered = pages.map((p) =>
      p.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          r.request().method() === 'POST' &&
          (r.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'TakeOver',
      ),
    );
    // Press both at the same moment (in-page clicks, sent to both tabs at once).
    await Promise.all(
      pages.map((p) =>
        p.evaluate(() =>
          [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Take over')!.click(),
        ),
      ),
    );
    await Promise.all(answered);

    const winner = expectPresent(
      (await gql(server.graphqlUrl, ASSIGNEE, { id: visitor.conversationId }, ben.token)).data.conversation,
      'conversation',
    ).assigneeName;
    expect(['Ben', 'Cleo']).toContain(winner);
    const started = Date.now();
    for (const page of pages) {
      await expect
        .poll(() => page.getByTestId('conversation-status').textContent(), { timeout: 1000 })
        .toContain(`Assigned · ${winner}`);
    }
    expect(Date.now() - started).toBeLessThan(1500);
    const loser = pages[winner === 'Ben' ? 1 : 0]!;
    await expect
      .poll(() => loser.getByRole('status').filter({ hasText: 'already took' }).textContent())
      .toContain(`${winner} already took this conversation.`);
    await screenshot(loser, 'take-over-race-loser');
  });

  it('renders hostile visitor text as text and markdown safely', async () => {
    const { token, publicKey } = await signUpWorkspace({
      workspaceName: 'XSS Shop',
      name: 'Owner',
      email: uniqueEmail('xss'),
      password: strongPassword,
    });
    const visitor = await startSession(server.graphqlUrl, publicKey);
    const hostile = '<img src=x onerror=alert(1)> **bold** [click](javascript:alert(2)) <script>alert(3)</script>';
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: hostile } },
      visitor.token,
    );
    await server.assistant.idle();
    const page = await newPage();
    const dialogs: string[] = [];
    page.removeAllListeners('dialog');
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await signInAs(page, token);
    await page.goto(`${server.url}/#/inbox/open/${encodeURIComponent(visitor.conversationId)}`);
    const transcript = page.getByLabel('Transcript');
    await expect.poll(() => transcript.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await transcript.locator('img').count()).toBe(0);
    expect(await transcript.locator('script').count()).toBe(0);
    expect(await transcript.locator('strong').first().textContent()).toBe('bold');
    expect(await transcript.locator('a[href^="javascript"]').count()).toBe(0);
    // A dialog the page raises now is the sentinel: one the hostile text raised would be before it.
    await page.evaluate(() => alert('sentinel'));
    expect(dialogs).toEqual(['sentinel']);
    await screenshot(page, 'hostile-text');
  });

  it('never loads an image from visitor markdown (no tracking pixel): it shows as a link', async () => {
    const pixelHits: string[] = [];
    const receiver = createServer((req, res) => {
      pixelHits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png' }).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const pixel = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/pixel.png`;
    try {
      const { token, publicKey } = await signUpWorkspace({
        workspaceName: 'Pixel Shop',
        name: 'Owner',
        email: uniqueEmail('pixel'),
        password: strongPassword,
      });
      const visitor = await startSession(server.graphqlUrl, publicKey);
      const body = `Look at this ![my receipt](${pixel}) please`;
      await gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
      await server.assistant.idle();
      const page = await newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await signInAs(page, token);
      await page.goto(`${server.url}/#/inbox/open/${encodeURIComponent(visitor.conversationId)}`);
      const transcript = page.getByLabel('Transcript');
      const link = transcript.getByRole('link', { name: 'Image: my receipt' });
      await expect.poll(() => link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe(pixel);
      expect(await transcript.locator('img').count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((url) => url.startsWith(pixel))).toEqual([]);
      expect(pixelHits).toEqual([]);
      await screenshot(page, 'markdown-image-as-link');
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

async function tokenOf(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem('baton.session'));
  return (JSON.parse(stored!) as { token: string }).token;
}

describe('resilience, keyboard and narrow layout', () => {
  it('after the socket drops, the open conversation resumes from the last sequence it saw: no gaps, no duplicates, no reload', async () => {
    const { token, publicKey: key } = await signUpWorkspace({
      workspaceName: 'Flaky Shop',
      name: 'Fay',
      email: uniqueEmail('flaky'),
      password: strongPassword,
    });
    const visitor = await startSession(server.graphqlUrl, key);
    const talk = await firstActionId(visitor.token);
    await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: visitor.conversationId, actionId: talk } },
      visitor.token,
    );
    const others = [await startSession(server.graphqlUrl, key), await startSession(server.graphqlUrl, key)];
    for (const o of others)
      await gql(
        server.graphqlUrl,
        SUBMIT_ACTION,
        { input: { conversationId: o.conversationId, actionId: talk } },
        o.token,
      );

    const page = await newPage();
    await signInAs(page, token);
    await page.goto(`${server.url}/#/inbox/queue/${encodeURIComponent(visitor.conversationId)}`);
    await page.getByRole('button', { name: 'Take over' }).click();
    const transcript = page.getByLabel('Transcript');
    await expect.poll(() => transcript.textContent()).toContain('Fay joined the chat.');

    // Drop every socket, write while the inbox is disconnected, and let it reconnect by itself.
    server.disconnectWebSockets();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Reconnecting' }).count()).toBe(1);
    for (const body of ['missed one', 'missed two', 'missed three']) {
      await gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);
    }
    await expect.poll(() => transcript.textContent(), { timeout: 15_000 }).toContain('missed three');
    await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'live again' } },
      visitor.token,
    );
    await expect.poll(() => transcript.textContent()).toContain('live again');
    const seqs = await transcript
      .locator('li[data-seq]')
      .evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-seq'))));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const stored = expectPresent(
      (await gql(server.graphqlUrl, SEQS, { id: visitor.conversationId }, token)).data.conversation,
      'conversation',
    );
    expect(seqs).toEqual(stored.messages.edges.map((e) => e.node.seq));

    // Keyboard: arrow keys move through the queue.
    await page.goto(`${server.url}/#/inbox/queue`);
    const cards = page.locator('a[data-conversation-id]');
    await expect.poll(() => cards.count()).toBe(2);
    await cards.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-conversation-id'))).toBe(
      await cards.nth(1).getAttribute('data-conversation-id'),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Take over' }).waitFor();
    await screenshot(page, 'inbox-conversation-1280');

    // A narrow window: one column at a time.
    await page.setViewportSize({ width: 400, height: 760 });
    await screenshot(page, 'conversation-narrow');
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await cards.first().waitFor();
    await screenshot(page, 'inbox-narrow');
  });
});
