/**
 * Threat: filling the human queue. 100 new visitors made 100 handoffs. Each new visitor needs a
 * widget session (limited per IP), and custom action submissions — the handoffs — are limited
 * per visitor and per IP; a refused submission queues nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { metadata, publicKeyOf } from '../../helpers/handoff.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

const START = graphql(`
  mutation QueueFloodStart($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
      ... on WidgetSession {
        token
        conversation {
          id
        }
      }
    }
  }
`);
const ACTIONS = graphql(`
  query QueueFloodActions {
    customActions {
      id
      label
    }
  }
`);
const SUBMIT = graphql(`
  mutation QueueFloodSubmit($input: SubmitActionInput!) {
    submitAction(input: $input) {
      __typename
      ... on HandoffPayload {
        alreadyRequested
      }
      ... on RateLimitedError {
        retryAfterSeconds
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  server = await startRateLimitedServer(['widgetSession=6/3600', 'actionSubmit=2/600', 'actionSubmitIp=4/3600']);
  owner = await signUp(server.graphqlUrl, 'Queue Co');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

const queued = () => server.db.prisma.conversation.count({ where: { workspace: { publicKey }, status: 'QUEUED' } });

/** A new visitor from `ip` asks for a person; returns what each step answered. */
async function newVisitorAsksForAPerson(ip: string): Promise<string> {
  const started = (await gql(server.graphqlUrl, START, { input: { publicKey, metadata } }, fromIp(ip))).data
    .startWidgetSession;
  if (started.__typename !== 'WidgetSession') return `session: ${started.__typename}`;
  const actions = await gql(server.graphqlUrl, ACTIONS, {}, fromIp(ip, started.token));
  const human = actions.data.customActions.find((a) => a.label === 'Talk to a human')!;
  const res = await gql(
    server.graphqlUrl,
    SUBMIT,
    { input: { conversationId: started.conversation.id, actionId: human.id } },
    fromIp(ip, started.token),
  );
  return `handoff: ${res.data.submitAction.__typename}`;
}

describe('the human queue', () => {
  it('20 new visitors from one IP queue 4 handoffs', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) outcomes.push(await newVisitorAsksForAPerson('198.18.0.1'));
    expect(outcomes.filter((o) => o === 'handoff: HandoffPayload')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'handoff: RateLimitedError')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'session: RateLimitedError')).toHaveLength(14);
    expect(await queued()).toBe(4);
  });

  it('one visitor pressing the action again and again is limited too', async () => {
    const ip = '198.18.0.2';
    const started = expectTypename(
      (await gql(server.graphqlUrl, START, { input: { publicKey, metadata } }, fromIp(ip))).data.startWidgetSession,
      'WidgetSession',
    );
    const actions = await gql(server.graphqlUrl, ACTIONS, {}, fromIp(ip, started.token));
    const human = actions.data.customActions.find((a) => a.label === 'Talk to a human')!;
    const typenames: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await gql(
        server.graphqlUrl,
        SUBMIT,
        { input: { conversationId: started.conversation.id, actionId: human.id } },
        fromIp(ip, started.token),
      );
      typenames.push(res.data.submitAction.__typename);
    }
    expect(typenames).toEqual([
      'HandoffPayload',
      'HandoffPayload',
      'RateLimitedError',
      'RateLimitedError',
      'RateLimitedError',
    ]);
  });
});
