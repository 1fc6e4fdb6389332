/**
 * The handoff policy and content gaps in the inbox, in real Chromium against a real server:
 * an admin switches a built-in sensitive topic off and adds a topic of their own (kept across a
 * reload and in the API); similar questions the knowledge base cannot answer show as one content
 * gap, and an agent's reply saved as an article closes it and lands in Knowledge; a sensitive
 * handoff names its topic on the queue card. Visitors are driven through the API. Screenshots
 * go to test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { ask } from '../helpers/assistant.js';
import { launchBrowser, PagePool, screenshot, signInWithToken } from '../helpers/browser.js';
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { publicKeyOf, REPLY, startSession, SUBMIT_ACTION, TAKE_OVER } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, signUp } from '../helpers/team.js';

let server: BatonServer;
let browser: Browser;
const pool = new PagePool(() => browser);
const newPage = () => pool.newPage();
const signInAs = (page: Page, token: string) => signInWithToken(page, server.url, token, '#/inbox/queue');

function toast(page: Page, text: string) {
  return page.locator('.bt-toast').filter({ hasText: text });
}

const POLICY = graphql(`
  query BrowserPolicy {
    assistantSettings {
      sensitiveTopics {
        key
        enabled
      }
      instructionTopics
    }
    handoffTopics {
      name
      examples
      enabled
    }
  }
`);
const TOPIC_IDS = graphql(`
  query BrowserPolicyTopicIds {
    handoffTopics {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation BrowserPolicyResolve($id: ID!) {
    resolveConversation(conversationId: $id) {
      __typename
      ... on Conversation {
        status
      }
    }
  }
`);
const GAPS = graphql(`
  query BrowserPolicyGaps {
    contentGaps {
      question
      count
      examples
      conversationIds
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

describe('handoff policy settings', () => {
  it('switches a built-in topic off, adds a topic of its own (field errors inline), reads “never discuss” from the instructions; all kept across a reload', async () => {
    const owner = await signUp(server.graphqlUrl, 'Policy Shoes');
    const page = await newPage();
    await signInAs(page, owner.token);
    await page.goto(`${server.url}/#/settings/assistant`);
    await page.getByRole('heading', { name: 'Handoff policy' }).waitFor();

    // The instructions' "Never discuss …" becomes a read-only line once saved.
    await page
      .getByLabel('Behaviour instructions')
      .fill('Be warm and brief. Never discuss competitor brands; hand those to the team.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const fromInstructions = page.getByTestId('instruction-topics');
    await expect.poll(() => fromInstructions.textContent()).toContain('From your instructions: competitor brands');

    // A built-in topic off: saved at once.
    const legal = page.getByRole('switch', { name: 'Legal threats and complaints' });
    expect(await legal.isChecked()).toBe(true);
    await legal.uncheck();
    await toast(page, 'Legal threats and complaints').waitFor();

    // An own topic: a taken name is refused next to the field, then a good one is added.
    const addForm = page.getByRole('form', { name: 'Add topic' });
    await addForm.getByLabel('Topic name').fill('fraud');
    await addForm.getByRole('button', { name: 'Add topic' }).click();
    await expect.poll(() => addForm.locator('.bt-field-error').textContent()).toContain('exists already');
    expect(await addForm.getByLabel('Topic name').getAttribute('aria-invalid')).toBe('true');
    await addForm.getByLabel('Topic name').fill('Wholesale');
    await addForm
      .getByLabel('Examples')
      .fill('I own a store and want to order 300 pairs at a trade price\n\nbulk discount for my team of 50');
    await addForm.getByRole('button', { name: 'Add topic' }).click();
    const ownTopics = page.getByRole('list', { name: 'Your topics' });
    await expect.poll(() => ownTopics.textContent()).toContain('Wholesale');
    await expect.poll(() => addForm.getByLabel('Topic name').inputValue()).toBe('');
    await page
      .locator('.bt-toast-close')
      .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
    await expect.poll(() => page.locator('.bt-toast').count()).toBe(0);
    await page.getByRole('heading', { name: 'Handoff policy' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'settings-handoff-policy');
    await ownTopics.evaluate((list) => list.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'settings-handoff-own-topics');

    // Edit it: the examples come back one per line.
    await page.getByRole('button', { name: 'Edit Wholesale' }).click();
    const editForm = page.getByRole('form', { name: 'Edit topic Wholesale' });
    expect(await editForm.getByLabel('Examples').inputValue()).toBe(
      'I own a store and want to order 300 pairs at a trade price\nbulk discount for my team of 50',
    );
    await editForm
      .getByLabel('Examples')
      .fill(
        'I own a store and want to order 300 pairs at a trade price\nbulk discount for my team of 50\ndo you do trade accounts?',
      );
    await screenshot(page, 'settings-handoff-topic-edit');
    await editForm.getByRole('button', { name: 'Save topic' }).click();
    await toast(page, '“Wholesale” saved').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Handoff policy' }).waitFor();
    await expect.poll(() => page.getByRole('switch', { name: 'Legal threats and complaints' }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Fraud or unauthorised payments' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('list', { name: 'Your topics' }).textContent()).toContain('Wholesale');
    expect(await page.getByRole('switch', { name: 'Enable Wholesale' }).isChecked()).toBe(true);
    expect(await page.getByTestId('instruction-topics').textContent()).toContain('competitor brands');

    const api = await gql(server.graphqlUrl, POLICY, {}, owner.token);
    expect(api.data.assistantSettings.sensitiveTopics).toContainEqual({ key: 'legal', enabled: false });
    expect(api.data.assistantSettings.sensitiveTopics).toContainEqual({ key: 'fraud', enabled: true });
    expect(api.data.assistantSettings.instructionTopics).toEqual(['competitor brands']);
    expect(api.data.handoffTopics).toEqual([
      {
        name: 'Wholesale',
        examples: [
          'I own a store and want to order 300 pairs at a trade price',
          'bulk discount for my team of 50',
          'do you do trade accounts?',
        ],
        enabled: true,
      },
    ]);

    // Delete through the confirmation dialog.
    await page.getByRole('button', { name: 'Delete Wholesale' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete' }).click();
    await toast(page, '“Wholesale” deleted').waitFor();
    expect((await gql(server.graphqlUrl, TOPIC_IDS, {}, owner.token)).data.handoffTopics).toEqual([]);

    // A phone-width window: the policy still reads in one column.
    await page.setViewportSize({ width: 400, height: 760 });
    await page.getByRole('heading', { name: 'Sensitive topics' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'settings-handoff-policy-narrow');
  });
});

describe('content gaps', () => {
  it('two similar unanswered questions are one gap; the agent’s reply saved as an article closes it and appears in Knowledge', async () => {
    const owner = await signUp(server.graphqlUrl, 'Gap Shoes');
    const agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Gus');
    const key = await publicKeyOf(server.graphqlUrl, owner.token);

    // An empty knowledge base answers neither.
    const first = await startSession(server.graphqlUrl, key);
    const firstTurn = await ask(server, first, 'do you sell kayaks?');
    expect(firstTurn.reply?.suggestionTrigger).toBe('LOW_CONFIDENCE');
    const second = await startSession(server.graphqlUrl, key);
    expect((await ask(server, second, 'are kayaks something you sell?')).reply?.suggestionTrigger).toBe(
      'LOW_CONFIDENCE',
    );

    const page = await newPage();
    await signInAs(page, owner.token);
    await page.goto(`${server.url}/#/settings/gaps`);
    await page.getByRole('heading', { name: 'Content gaps', level: 1 }).waitFor();
    const gaps = page.locator('[data-gap-id]');
    await expect.poll(() => gaps.count()).toBe(1);
    expect(await gaps.first().getByTestId('gap-count').textContent()).toBe('2');
    const gapText = await gaps.first().textContent();
    expect(gapText).toContain('are kayaks something you sell?');
    expect(gapText).toContain('do you sell kayaks?');
    expect(await gaps.first().getByRole('link').count()).toBe(2);
    await screenshot(page, 'settings-content-gaps');

    // The visitor accepts the offer; the agent takes over, replies and resolves.
    await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: first.conversationId, actionId: firstTurn.reply!.suggestedActionIds[0]! } },
      first.token,
    );
    expect(
      (await gql(server.graphqlUrl, TAKE_OVER, { id: first.conversationId }, agent.token)).data.takeOver.__typename,
    ).toBe('Conversation');
    const answer = 'We do not sell kayaks or other boats — only running, hiking and casual shoes.';
    expect(
      (
        await gql(
          server.graphqlUrl,
          REPLY,
          { input: { conversationId: first.conversationId, body: answer } },
          agent.token,
        )
      ).data.replyToConversation.__typename,
    ).toBe('SendMessagePayload');
    const resolved = await gql(server.graphqlUrl, RESOLVE, { id: first.conversationId }, agent.token);
    expect(expectTypename(resolved.data.resolveConversation, 'Conversation').status).toBe('RESOLVED');

    // The admin opens it from the gap (it opens under Resolved) and saves the reply.
    await page.reload();
    await gaps.first().waitFor();
    await gaps
      .first()
      .locator(`a[href$="${encodeURIComponent(first.conversationId)}"]`)
      .click();
    await page.waitForURL((url) => url.hash === `#/inbox/resolved/${encodeURIComponent(first.conversationId)}`);
    const transcript = page.getByLabel('Transcript');
    await expect.poll(() => transcript.textContent()).toContain('We do not sell kayaks');
    // Only the agent's reply offers it (not the visitor's, the assistant's or system messages).
    const save = transcript.getByRole('button', { name: 'Save as article' });
    await expect.poll(() => save.count()).toBe(1);
    await screenshot(page, 'conversation-save-as-article');
    await save.click();
    await toast(page, 'Saved to knowledge: do you sell kayaks?').waitFor();
    await expect.poll(() => transcript.getByText('Saved to knowledge').count()).toBe(1);
    await screenshot(page, 'conversation-saved-as-article');

    // The whole gap (both phrasings) is closed; the document is in Knowledge.
    const apiGaps = (await gql(server.graphqlUrl, GAPS, {}, owner.token)).data.contentGaps;
    expect(apiGaps).toEqual([]);
    await page.goto(`${server.url}/#/settings/gaps`);
    await page.getByRole('heading', { name: 'Unanswered questions' }).waitFor();
    await expect
      .poll(async () =>
        (await page.getByRole('heading', { name: 'Unanswered questions' }).locator('.bt-count').textContent())?.trim(),
      )
      .toBe(String(apiGaps.length));
    expect(await page.locator(`a[href$="${encodeURIComponent(first.conversationId)}"]`).count()).toBe(0);
    expect(await page.getByTestId('gap-count').filter({ hasText: '2' }).count()).toBe(0);
    await page.getByText('No content gaps.').waitFor();
    await screenshot(page, 'settings-content-gaps-after');
    await page.goto(`${server.url}/#/settings/knowledge`);
    await expect
      .poll(() => page.locator('.bt-doc-row').allTextContents())
      .toEqual([expect.stringContaining('do you sell kayaks?')]);
  });

  it('shows what appears there when there are no gaps', async () => {
    const owner = await signUp(server.graphqlUrl, 'No Gaps');
    const page = await newPage();
    await signInAs(page, owner.token);
    await page.goto(`${server.url}/#/settings/gaps`);
    await page.getByText('No content gaps.').waitFor();
    expect(await page.locator('.bt-empty').textContent()).toContain('not confident enough to answer');
    await screenshot(page, 'settings-content-gaps-empty');
  });
});

describe('sensitive handoffs in the inbox', () => {
  it('a SENSITIVE suggestion accepted by the visitor shows its topic on the queue card and in the handoff panel', async () => {
    const owner = await signUp(server.graphqlUrl, 'Sensitive Shoes');
    const key = await publicKeyOf(server.graphqlUrl, owner.token);
    const page = await newPage();
    await signInAs(page, owner.token);

    const visitor = await startSession(server.graphqlUrl, key);
    const turn = await ask(server, visitor, 'someone used my credit card without my permission');
    expect(turn.reply).toMatchObject({ suggestionTrigger: 'SENSITIVE', suggestionTopic: 'fraud' });
    const submitted = await gql(
      server.graphqlUrl,
      SUBMIT_ACTION,
      { input: { conversationId: visitor.conversationId, actionId: turn.reply!.suggestedActionIds[0]! } },
      visitor.token,
    );
    expect(submitted.data.submitAction.__typename).toBe('HandoffPayload');

    const card = page.locator(`a[data-conversation-id="${visitor.conversationId}"]`);
    await card.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => card.locator('.badge.trigger').textContent())
      .toBe('Sensitive: Fraud or unauthorised payments');
    await screenshot(page, 'inbox-queue-sensitive');
    await card.click();
    const context = page.getByRole('complementary', { name: 'Context' });
    await expect
      .poll(() => context.locator('.trigger').textContent())
      .toContain('Sensitive: Fraud or unauthorised payments');
    await expect
      .poll(() => page.getByLabel('Transcript').textContent())
      .toContain('Offered a handoff · Sensitive: Fraud or unauthorised payments');
    await screenshot(page, 'conversation-sensitive');
  });
});
