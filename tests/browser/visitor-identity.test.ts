/**
 * Visitor identity in the inbox, in real Chromium: a signed identity shows as Verified, a typed
 * one as Unverified (with "Unverified email"), on the card, the header and the context panel;
 * "End chat session" signs the visitor's widget out; the admin's identity-verification section
 * shows the secret and switches enforcement. Screenshots go to test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { expectPresent, expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, type VisitorSession } from '../helpers/handoff.js';
import { identify, rotateSecret, sign } from '../helpers/identity.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';

let server: BatonServer;
let browser: Browser;
let owner: SignedIn;
let secret: string;
let publicKey: string;
const pool = new PagePool(() => browser);

const END_SESSIONS = graphql(`
  mutation BrowserIdentityEndSessions($visitorId: ID!) {
    endVisitorSessions(visitorId: $visitorId) {
      __typename
    }
  }
`);

async function chattingVisitor(): Promise<VisitorSession> {
  const v = await startSession(server.graphqlUrl, publicKey);
  const sent = await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: v.conversationId, body: 'Where is my order?' } },
    v.token,
  );
  expectTypename(sent.data.sendMessage, 'SendMessagePayload');
  await server.assistant.idle();
  return v;
}

/** Opens the conversation from its card in the list (its link, so a re-rendering list cannot swallow the click). */
async function openConversation(page: Page, v: VisitorSession) {
  const card = page.locator(`a[data-conversation-id="${v.conversationId}"]`);
  const href = expectPresent(await card.getAttribute('href'), 'the card link');
  await page.goto(new URL(href, `${server.url}/`).href);
  await page.getByLabel('Session metadata').waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  owner = await signUp(server.graphqlUrl, 'Acme Shoes');
  secret = await rotateSecret(server.graphqlUrl, owner.token);
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await server?.close();
});

describe('visitor identity in the inbox', () => {
  it('a signed identity is Verified; a typed one is Unverified; an agent can end the visitor’s session', async () => {
    const verified = await chattingVisitor();
    await identify(server.graphqlUrl, verified.token, {
      name: 'Vera Customer',
      email: 'vera@example.com',
      externalId: 'cust-42',
      signature: sign(secret, 'cust-42'),
    });
    const typed = await chattingVisitor();
    await identify(server.graphqlUrl, typed.token, { name: 'Olivia Owner', email: 'ceo@acme.example' });

    const page = await pool.newPage();
    await signInWithToken(page, server.url, owner.token, '#/inbox/open');
    const card = (v: VisitorSession) => page.locator(`a[data-conversation-id="${v.conversationId}"]`);
    await page.goto(`${server.url}/#/inbox/open`);
    await expect.poll(() => card(verified).textContent()).toContain('Verified');
    expect(await card(typed).textContent()).toContain('Unverified');

    await openConversation(page, verified);
    const details = page.getByLabel('Visitor details');
    await expect.poll(() => details.textContent()).toContain('cust-42');
    expect(await page.locator('.head h2').textContent()).toContain('Verified');
    expect(await details.textContent()).toContain('Unverified email'); // only the id was signed
    await screenshot(page, 'visitor-identity-verified');

    await openConversation(page, typed);
    await expect.poll(() => page.getByLabel('Visitor details').textContent()).toContain('ceo@acme.example');
    expect(await page.locator('.head h2').textContent()).toContain('Unverified identity');
    expect(await page.getByLabel('Visitor details').textContent()).toContain('Unverified email');
    await screenshot(page, 'visitor-identity-unverified');

    await page.getByRole('button', { name: 'End chat session…' }).click();
    await page.getByRole('button', { name: 'End session' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Chat session ended' }).count()).toBe(1);
    await screenshot(page, 'visitor-session-ended');
    const res = await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: typed.conversationId, body: 'still there?' } },
      typed.token,
    );
    expect(res.status).toBe(401);
  });

  it('the widget: a signed Baton.identify verifies the visitor; after the session is ended it starts again and re-identifies', async () => {
    const site = await pool.newPage({ failOnDialog: false });
    await site.goto(`${server.url}/widget/demo/index.html?key=${encodeURIComponent(publicKey)}`);
    await site.getByRole('button', { name: 'Open chat' }).click();
    const signature = sign(secret, 'cust-77');
    await site.evaluate(
      (sig) =>
        (window as Window & { Baton?: { identify(p: object): void } }).Baton!.identify({
          name: 'Wendy',
          externalId: 'cust-77',
          signature: sig,
        }),
      signature,
    );
    const claims = () =>
      site.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('baton.visitor.'))!;
        const token = localStorage.getItem(key)!;
        return JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
          sub: string;
          sid: string;
        };
      });
    const visitorRow = (id: string) => server.db.prisma.visitor.findUniqueOrThrow({ where: { id } });
    const first = await claims();
    await expect.poll(async () => (await visitorRow(first.sub)).identityVerified).toBe(true);
    // The chat is live: a message and the assistant's answer went through its socket.
    const chat = site.getByRole('dialog', { name: 'Chat with Acme Shoes' });
    await chat.getByLabel('Message').fill('Hello there');
    await chat.getByLabel('Message').press('Enter');
    await expect.poll(() => chat.getByRole('log').textContent(), { timeout: 15_000 }).toContain('Hello there');
    await server.assistant.idle();

    const visitorId = Buffer.from(`Visitor:${first.sub}`).toString('base64');
    const ended = await gql(server.graphqlUrl, END_SESSIONS, { visitorId }, owner.token);
    expectTypename(ended.data.endVisitorSessions, 'EndVisitorSessionsPayload');
    // The widget is refused, starts a new session and sends Baton.identify again: being the
    // verified cust-77, that session joins the same customer record.
    await expect
      .poll(
        async () => {
          const now = await claims();
          return now.sub === first.sub && now.sid !== first.sid;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const next = await claims();
    const sessions = await server.db.prisma.visitorSession.findMany({ where: { visitorId: first.sub } });
    expect(sessions.find((s) => s.id === first.sid)?.revokedAt).not.toBeNull();
    expect(sessions.find((s) => s.id === next.sid)?.revokedAt).toBeNull();
    await chat.getByLabel('Message').fill('Back again');
    await chat.getByLabel('Message').press('Enter');
    await expect.poll(() => chat.getByRole('log').textContent(), { timeout: 15_000 }).toContain('Back again');
    await screenshot(site, 'widget-after-session-ended');
  });

  it('the admin’s identity-verification section: the secret, its copy button, the enforcement switch', async () => {
    const workspaceUuid = Buffer.from(owner.workspaceId, 'base64').toString().split(':')[1];
    const page = await pool.newPage();
    await signInWithToken(page, server.url, owner.token, '#/settings/workspace');
    const section = page.getByRole('region', { name: 'Identity verification' });
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => section.getByLabel('Identity secret').inputValue()).toBe(secret);
    await section.getByRole('button', { name: 'Show' }).click();
    expect(await section.getByRole('button', { name: 'Copy secret' }).count()).toBe(1);
    expect(await section.getByLabel('On your server (Node.js)').inputValue()).toContain("createHmac('sha256'");
    await section.getByRole('switch', { name: 'Require verified identities' }).check();
    await expect
      .poll(
        async () =>
          (await server.db.prisma.workspace.findFirstOrThrow({ where: { id: workspaceUuid } }))
            .identityVerificationRequired,
      )
      .toBe(true);
    await screenshot(page, 'identity-verification-settings');
  });
});
