/**
 * Settings → API keys in real Chromium against a real server: an owner signs up, sees the empty
 * state, is refused by the API (no scope, an expiry in the past — each message next to its field,
 * nothing created), creates a `conversations:read` key, copies its secret from the page, and a
 * program (this test, over real HTTP) reads conversations with it, is denied `aiUsage` (the
 * missing scope named), then is refused once the key is revoked in the UI. Screenshots go to
 * test-artifacts/screenshots/api-keys-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { createKey, REVOKE_KEY } from '../helpers/api-keys.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, startSession } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp, strongPassword, uniqueEmail } from '../helpers/team.js';

let server: BatonServer;
let browser: Browser;
const pool = new PagePool(() => browser);

const KEYS = graphql(`
  query BrowserApiKeys {
    apiKeys {
      id
      name
      scopes
      revokedAt
    }
  }
`);
const CONVERSATIONS = graphql(`
  query BrowserApiKeysConversations {
    conversations(first: 10) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const USAGE = graphql(`
  query BrowserApiKeysUsage {
    aiUsage(days: 7) {
      period
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

describe('Settings → API keys', () => {
  it('create with scopes → secret shown once → the key works over HTTP within its scopes → revoke → refused', async () => {
    const page = await pool.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });

    // An owner signs up in the inbox.
    await page.goto(`${server.url}/#sign-up`);
    await page.getByLabel('Workspace name').fill('Acme Shoes');
    await page.getByLabel('Your name').fill('Olivia');
    await page.getByLabel('Email').fill(uniqueEmail('owner'));
    await page.getByLabel('Password').fill(strongPassword);
    await page.getByRole('button', { name: /create/i }).click();
    await page.getByRole('navigation', { name: 'Inbox' }).waitFor();
    const ownerToken = await page.evaluate(
      () => (JSON.parse(localStorage.getItem('baton.session') ?? '{}') as { token: string }).token,
    );
    // A visitor's conversation, for the key to read.
    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, ownerToken));

    // Settings → API keys: the empty state.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API keys' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/settings\/api-keys$/);
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    await page.getByText('No API keys yet.').waitFor();
    await screenshot(page, 'api-keys-empty');

    // A blank name, no scope and an expiry in the past (the form checks none of them): the API's
    // messages, each next to its field; nothing created.
    await page.getByRole('button', { name: 'New API key' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('CRM sync');
    await page.getByLabel('Name').fill('   ');
    await page.getByRole('radio', { name: 'On a date' }).check();
    await page.getByLabel('Expiry date').fill('2020-01-01');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('Name the key').waitFor();
    await page.getByText('Choose at least one scope').waitFor();
    await page.getByText('Choose a moment in the future, or no expiry').waitFor();
    expect(await page.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    // Focus is taken to the first problem.
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement === document.querySelector('input[placeholder="CRM sync"]')),
      )
      .toBe(true);
    await expect.poll(() => page.getByLabel('Expiry date').getAttribute('aria-describedby')).toMatch(/expiry-error/);
    await screenshot(page, 'api-keys-errors');
    expect((await gql(server.graphqlUrl, KEYS, {}, ownerToken)).data.apiKeys).toEqual([]);
    await expect.poll(() => page.getByText('No API keys yet.').count()).toBe(1);

    // A key that may only read conversations, never expiring.
    await page.getByLabel('Name').fill('CRM sync');
    await page.getByRole('radio', { name: 'Never' }).check();
    await page.getByRole('checkbox', { name: 'conversations:read' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secretBox = page.getByLabel('Your new API key');
    await secretBox.waitFor();
    await page.getByText('This is the only time Baton shows it.').waitFor();
    // Focus lands on the secret, so it is read out and selected.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Your new API key');
    const shown = await secretBox.inputValue();
    expect(shown).toMatch(/^bk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByRole('status').filter({ hasText: 'Key copied to clipboard' }).waitFor();
    const secret = await page.evaluate(() => navigator.clipboard.readText());
    expect(secret).toBe(shown);
    // The new row is listed behind the secret box.
    const row = page.getByRole('listitem').filter({ hasText: 'CRM sync' });
    await row.getByText('conversations:read').waitFor();
    await row.getByText('Never used').waitFor();
    await row.getByText('Never expires').waitFor();
    expect(await row.getByText(`${secret.slice(0, 11)}…`).count()).toBe(1);
    await screenshot(page, 'api-keys-secret');

    // Dismissed: the secret leaves the page, focus moves to the key's row.
    await page.getByRole('button', { name: 'I have stored the key' }).click();
    await page.getByRole('button', { name: 'New API key' }).waitFor();
    expect(await page.getByLabel('Your new API key').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('CRM sync');

    // A program uses the key over HTTP: it reads conversations …
    const read = await gql(server.graphqlUrl, CONVERSATIONS, {}, secret);
    expect(read.status).toBe(200);
    expect(read.errors).toBeUndefined();
    expect(read.data.conversations.edges.map((e) => e.node.id)).toContain(visitor.conversationId);
    // … and is denied what needs another scope, which the error names.
    const usage = await gql(server.graphqlUrl, USAGE, {}, secret);
    expect(usage.body.data).toBeNull();
    expect(usage.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', missingScope: 'usage:read' });

    // The list shows it was used.
    await page.reload();
    await row.getByText('Last used just now').waitFor();
    await screenshot(page, 'api-keys-list');

    // Revoke, confirmed in the dialog: the row says so, focus stays on it.
    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the key “CRM sync”?' });
    await dialog.waitFor();
    await screenshot(page, 'api-keys-revoke-confirm');
    await dialog.getByRole('button', { name: 'Yes, revoke' }).click();
    await row.getByText(/^Revoked /).waitFor();
    expect(await row.getByRole('button', { name: 'Revoke CRM sync' }).count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('CRM sync, revoked');
    await page.getByText('API key “CRM sync” revoked').waitFor();
    await screenshot(page, 'api-keys-revoked');

    // The same request is refused now.
    const refused = await gql(server.graphqlUrl, CONVERSATIONS, {}, secret);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
    const [stored] = (await gql(server.graphqlUrl, KEYS, {}, ownerToken)).data.apiKeys;
    expect(stored).toMatchObject({ name: 'CRM sync', scopes: ['CONVERSATIONS_READ'] });
    expect(stored?.revokedAt).not.toBeNull();

    // On a narrow screen the rows and the form still fit.
    await page.setViewportSize({ width: 420, height: 900 });
    await screenshot(page, 'api-keys-narrow');
  });

  it('shows each key’s expiry, an expired and a revoked key; agents see the admins-only notice', async () => {
    const owner = await signUp(server.graphqlUrl, 'Keys Inc');
    const dana = await addMember(server.graphqlUrl, owner, 'ADMIN', 'Dana Admin');
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Anna Agent');
    const in30Days = new Date(Date.now() + 30 * 86_400_000);
    await createKey(server.graphqlUrl, owner, ['CONVERSATIONS_READ', 'CONVERSATIONS_WRITE', 'MESSAGES_WRITE'], {
      name: 'Zendesk bridge',
      expiresAt: in30Days.toISOString(),
    });
    // A key that has expired since: created with an expiry, then that moment moved into the past.
    const report = await createKey(server.graphqlUrl, dana, ['USAGE_READ'], {
      name: 'Monthly usage report',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await server.db.prisma.apiKey.update({
      where: { prefix: report.secret.slice(3, 11) },
      data: { expiresAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    const relay = await createKey(server.graphqlUrl, owner, ['WEBHOOKS_MANAGE'], { name: 'Old webhook relay' });
    expectTypename(
      (await gql(server.graphqlUrl, REVOKE_KEY, { id: relay.id }, owner.token)).data.revokeApiKey,
      'ApiKey',
    );

    const page = await pool.newPage();
    await signInWithToken(page, server.url, owner.token, '#/settings/api-keys');
    const rowOf = (name: string) => page.getByRole('listitem').filter({ hasText: name });
    const expiryLabel = new Intl.DateTimeFormat(await page.evaluate(() => navigator.language), {
      dateStyle: 'medium',
    }).format(in30Days);
    await rowOf('Zendesk bridge').getByText(`Expires ${expiryLabel}`).waitFor();
    await rowOf('Zendesk bridge').getByText('messages:write').waitFor();
    await rowOf('Monthly usage report').getByText('Expired', { exact: true }).waitFor();
    await rowOf('Monthly usage report').getByText('Created by Dana Admin', { exact: false }).waitFor();
    await rowOf('Old webhook relay')
      .getByText(/^Revoked /)
      .waitFor();
    expect(
      await rowOf('Old webhook relay')
        .getByRole('button', { name: /Revoke/ })
        .count(),
    ).toBe(0);
    // Expired keys can still be revoked; only the Zendesk key counts as active.
    expect(
      await rowOf('Monthly usage report').getByRole('button', { name: 'Revoke Monthly usage report' }).count(),
    ).toBe(1);
    await page.getByText('1 active').waitFor();
    await screenshot(page, 'api-keys-states');

    // Narrow: the form and the rows wrap.
    await page.setViewportSize({ width: 400, height: 1000 });
    await page.getByRole('button', { name: 'New API key' }).click();
    await page.getByRole('radio', { name: 'On a date' }).check();
    await screenshot(page, 'api-keys-narrow-form');

    // An agent sees the admins-only notice, no keys and no form.
    const agentPage = await pool.newPage();
    await signInWithToken(agentPage, server.url, agent.token, '#/settings/api-keys');
    await agentPage.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    await agentPage.getByText('Only owners and admins can change settings.').waitFor();
    expect(await agentPage.getByRole('button', { name: 'New API key' }).count()).toBe(0);
    expect(await agentPage.getByText('Zendesk bridge').count()).toBe(0);
    await screenshot(agentPage, 'api-keys-agent');
  });
});
