/**
 * The onboarding checklist (`Workspace.onboarding`): every step is read from the database, so each
 * one flips only once its real state exists — knowledge, an action beyond the seeded "Talk to a
 * human", an invitation, a widget session, a visitor message. Owners and admins read it; agents
 * are refused (FORBIDDEN) and get null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { loadKnowledge } from '../helpers/assistant.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { createAction, publicKeyOf, SEND, startSession } from '../helpers/handoff.js';
import { startTestServer } from '../helpers/server.js';
import { addMember, INVITE, signUp, uniqueEmail } from '../helpers/team.js';

const ONBOARDING = graphql(`
  query OnboardingSteps {
    workspace {
      onboarding {
        doneCount
        complete
        steps {
          id
          done
        }
      }
    }
  }
`);

let server: BatonServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function doneSteps(token: string): Promise<string[]> {
  const res = await gql(server.graphqlUrl, ONBOARDING, {}, token);
  const onboarding = res.data.workspace.onboarding!;
  const done = onboarding.steps.filter((s) => s.done).map((s) => s.id);
  expect(onboarding.doneCount).toBe(done.length);
  expect(onboarding.complete).toBe(done.length === 5);
  return done;
}

describe('onboarding checklist', () => {
  it('starts at 0 of 5 after sign-up, and each step flips only when its real state exists', async () => {
    const owner = await signUp(server.graphqlUrl, 'Checklist Shoes');
    const first = await gql(server.graphqlUrl, ONBOARDING, {}, owner.token);
    expect(first.data.workspace.onboarding!.steps.map((s) => s.id)).toEqual([
      'KNOWLEDGE',
      'ACTION',
      'INVITE',
      'WIDGET',
      'TEST_CHAT',
    ]);
    // The seeded "Talk to a human" action does not count as the team's own.
    expect(await doneSteps(owner.token)).toEqual([]);

    await loadKnowledge(server.graphqlUrl, owner.token, [
      { title: 'Returns', content: 'Returns are free for 30 days.' },
    ]);
    expect(await doneSteps(owner.token)).toEqual(['KNOWLEDGE']);

    await createAction(server.graphqlUrl, owner.token);
    expect(await doneSteps(owner.token)).toEqual(['KNOWLEDGE', 'ACTION']);

    const invite = await gql(
      server.graphqlUrl,
      INVITE,
      { input: { email: uniqueEmail('teammate'), role: 'AGENT' } },
      owner.token,
    );
    expectTypename(invite.data.inviteAgent, 'InvitationPayload');
    expect(await doneSteps(owner.token)).toEqual(['KNOWLEDGE', 'ACTION', 'INVITE']);

    // Opening the widget (a session) installs it; no visitor message yet, so no test chat.
    const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
    expect(await doneSteps(owner.token)).toEqual(['KNOWLEDGE', 'ACTION', 'INVITE', 'WIDGET']);

    const sent = await gql(
      server.graphqlUrl,
      SEND,
      { input: { conversationId: visitor.conversationId, body: 'Hello, is this thing on?' } },
      visitor.token,
    );
    expectTypename(sent.data.sendMessage, 'SendMessagePayload');
    expect(await doneSteps(owner.token)).toEqual(['KNOWLEDGE', 'ACTION', 'INVITE', 'WIDGET', 'TEST_CHAT']);
  });

  it('a second member counts as an invited teammate; agents may not read the checklist', async () => {
    const owner = await signUp(server.graphqlUrl, 'Team Shoes');
    const admin = await addMember(server.graphqlUrl, owner, 'ADMIN', 'Ada Admin');
    expect(await doneSteps(admin.token)).toEqual(['INVITE']);

    const agent = await addMember(server.graphqlUrl, owner, 'AGENT');
    const res = await gql(server.graphqlUrl, ONBOARDING, {}, agent.token);
    expect(res.body.data?.workspace.onboarding).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('another workspace’s state does not tick this one', async () => {
    const busy = await signUp(server.graphqlUrl, 'Busy Shoes');
    await loadKnowledge(server.graphqlUrl, busy.token, [{ title: 'Hours', content: 'Open 9 to 5.' }]);
    await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, busy.token));
    const fresh = await signUp(server.graphqlUrl, 'Fresh Shoes');
    expect(await doneSteps(fresh.token)).toEqual([]);
  });
});
