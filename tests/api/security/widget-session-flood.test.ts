/**
 * Threat: one IP starts hundreds of widget sessions (500 in 6 s made 500 conversations). New
 * sessions are limited per IP (`widgetSession`); a limited call is a RateLimitedError and writes
 * nothing. Resuming an open session is counted separately (an office behind one IP keeps
 * working), and a forged visitor token cannot pass a new session off as a resume.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { metadata, publicKeyOf } from '../../helpers/handoff.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

const START = graphql(`
  mutation FloodStartSession($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
      ... on WidgetSession {
        token
        resumed
        conversation {
          id
        }
      }
      ... on RateLimitedError {
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

beforeAll(async () => {
  server = await startRateLimitedServer(['widgetSession=3/3600']);
  owner = await signUp(server.graphqlUrl, 'Flood Co');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

const start = (ip: string, visitorToken?: string) =>
  gql(server.graphqlUrl, START, { input: { publicKey, visitorToken, metadata } }, fromIp(ip)).then(
    (res) => res.data.startWidgetSession,
  );

const conversations = () => server.db.prisma.conversation.count({ where: { workspace: { publicKey } } });
const visitors = () => server.db.prisma.visitor.count({ where: { workspace: { publicKey } } });

describe('widget sessions per IP', () => {
  it('the fourth new session from one IP within the hour is refused, and writes nothing', async () => {
    const ip = '198.51.100.1';
    const first = [await start(ip), await start(ip), await start(ip)];
    for (const s of first) expectTypename(s, 'WidgetSession');
    const before = { conversations: await conversations(), visitors: await visitors() };

    const refused = expectTypename(await start(ip), 'RateLimitedError');
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect({ conversations: await conversations(), visitors: await visitors() }).toEqual(before);

    // A second IP has its own budget.
    expectTypename(await start('198.51.100.2'), 'WidgetSession');

    // The visitors from the limited IP keep resuming their conversations…
    const session = expectTypename(first[0], 'WidgetSession');
    const resumed = expectTypename(await start(ip, session.token), 'WidgetSession');
    expect(resumed.resumed).toBe(true);
    expect(resumed.conversation.id).toBe(session.conversation.id);

    // …but a token that names no session is a new session, so it is refused too.
    expectTypename(await start(ip, `${session.token.slice(0, -4)}AAAA`), 'RateLimitedError');
    expectTypename(await start(ip, 'not-a-token'), 'RateLimitedError');
  });

  it('100 parallel starts from one IP make three conversations', async () => {
    const ip = '198.51.100.3';
    const before = await conversations();
    const results = await Promise.all(Array.from({ length: 100 }, () => start(ip)));
    const started = results.filter((r) => r.__typename === 'WidgetSession').length;
    expect(started).toBe(3);
    expect(results.filter((r) => r.__typename === 'RateLimitedError')).toHaveLength(97);
    expect(await conversations()).toBe(before + 3);
  });
});
