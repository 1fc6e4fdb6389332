/**
 * The real widget and inbox on a server with the default trusted documents (only the widget's
 * and the inbox's manifests; the test suite's documents are not trusted here): an owner signs
 * up in the inbox, a visitor chats in the widget on the demo site, the owner sees it live, takes
 * over and replies, and the visitor gets the reply live. Every GraphQL request both pages send —
 * over HTTP and over the WebSocket — names its document by hash and carries no query text.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { launchBrowser, PagePool, screenshot } from '../helpers/browser.js';
import { gql } from '../helpers/graphql.js';
import { startTestServer } from '../helpers/server.js';
import { strongPassword, uniqueEmail } from '../helpers/team.js';
import { firstPartyDocumentsOnly } from '../helpers/trusted-documents.js';

// Agents may send any document: the test reads the widget key with its own, as the owner.
const WIDGET_KEY = graphql(`
  query TrustedWidgetKey {
    workspace {
      publicKey
    }
  }
`);

let server: BatonServer;
let browser: Browser;
const pool = new PagePool(() => browser);

interface Sent {
  http: string[];
  socket: string[];
}

/** Records every GraphQL request body (HTTP) and every message sent on a GraphQL socket. */
function record(page: Page): Sent {
  const sent: Sent = { http: [], socket: [] };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST')
      sent.http.push(request.postData() ?? '');
  });
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname !== '/graphql') return;
    socket.on('framesent', (frame) => sent.socket.push(String(frame.payload)));
  });
  return sent;
}

interface Operation {
  query?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

/** Every operation went out as a hash, with no query text. */
function expectHashesOnly(sent: Sent, what: string): void {
  const subscribes = sent.socket
    .map((frame) => JSON.parse(frame) as { type: string; payload?: Operation })
    .filter((message) => message.type === 'subscribe');
  const operations: Operation[] = [
    ...sent.http.map((body) => JSON.parse(body) as Operation),
    ...subscribes.map((m) => m.payload ?? {}),
  ];
  expect(sent.http.length, `${what}: HTTP requests`).toBeGreaterThan(0);
  expect(subscribes.length, `${what}: subscriptions`).toBeGreaterThan(0);
  for (const operation of operations) {
    expect(operation.query ?? '', `${what}: ${JSON.stringify(operation)}`).toBe('');
    expect(operation.extensions?.persistedQuery?.version).toBe(1);
    expect(operation.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
  }
}

beforeAll(async () => {
  server = await startTestServer(firstPartyDocumentsOnly);
  browser = await launchBrowser();
});
afterAll(async () => {
  await pool.closeAll();
  await browser?.close();
  await server?.close();
});

describe('trusted documents in the browser', () => {
  it('the widget and the inbox work end to end sending only hashes', async () => {
    // The owner signs up in the inbox: anonymous, with the inbox's documents.
    const inbox = await pool.newPage({ failOnDialog: false });
    const inboxSent = record(inbox);
    await inbox.goto(`${server.url}/#sign-up`);
    await inbox.getByLabel('Workspace name').fill('Trusted Shoes');
    await inbox.getByLabel('Your name').fill('Olivia');
    await inbox.getByLabel('Email').fill(uniqueEmail('trusted-browser'));
    await inbox.getByLabel('Password').fill(strongPassword);
    await inbox.getByRole('button', { name: /create/i }).click();
    await inbox.getByRole('navigation', { name: 'Inbox' }).waitFor();
    await inbox.goto(`${server.url}/#/inbox/open`);
    const stored = await inbox.evaluate(() => localStorage.getItem('baton.session'));
    const ownerToken = (JSON.parse(stored!) as { token: string }).token;
    const publicKey = (await gql(server.graphqlUrl, WIDGET_KEY, {}, ownerToken)).data.workspace.publicKey;

    // A visitor chats in the widget on the demo site: the visitor token runs the widget's documents.
    const site = await pool.newPage({ failOnDialog: false });
    const siteSent = record(site);
    await site.goto(`${server.url}/widget/demo/index.html?key=${encodeURIComponent(publicKey)}`);
    await site.getByRole('button', { name: 'Open chat' }).click();
    const chat = site.getByRole('dialog', { name: 'Chat with Trusted Shoes' });
    await chat.waitFor();
    await chat.getByLabel('Message').fill('Hello, where is my parcel?');
    await chat.getByLabel('Message').press('Enter');
    const log = chat.getByRole('log');
    await expect.poll(() => log.textContent(), { timeout: 15_000 }).toContain('where is my parcel');

    // The owner sees it arrive live, takes over and replies; the visitor sees both live.
    const card = inbox.locator('a[data-conversation-id]').first();
    await card.waitFor({ timeout: 10_000 });
    await card.click();
    await expect.poll(() => inbox.getByLabel('Transcript').textContent()).toContain('where is my parcel');
    await inbox.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => chat.textContent(), { timeout: 10_000 }).toMatch(/Olivia joined/);
    await inbox.getByLabel('Reply').fill('It left our warehouse this morning.');
    await inbox.getByLabel('Reply').press('Enter');
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('It left our warehouse this morning.');
    await screenshot(site, 'trusted-documents-widget');
    await screenshot(inbox, 'trusted-documents-inbox');

    expectHashesOnly(siteSent, 'widget');
    expectHashesOnly(inboxSent, 'inbox');
  });
});
