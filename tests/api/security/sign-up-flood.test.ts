/**
 * Threat: workspace spam. 5 `signUp` aliases in one request made 5 workspaces in 157 ms, and
 * nothing limited sign-ups from one IP. One sign-in per request; sign-ups per IP (5 an hour).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';
import { strongPassword, uniqueEmail } from '../../helpers/team.js';

const SIGN_UP = graphql(`
  mutation FloodSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on RateLimitedError {
        code
        retryAfterSeconds
      }
    }
  }
`);
const FIVE_SIGN_UPS = graphql(`
  mutation FloodFiveSignUps($a: SignUpInput!, $b: SignUpInput!, $c: SignUpInput!, $d: SignUpInput!, $e: SignUpInput!) {
    a: signUp(input: $a) {
      __typename
    }
    b: signUp(input: $b) {
      __typename
    }
    c: signUp(input: $c) {
      __typename
    }
    d: signUp(input: $d) {
      __typename
    }
    e: signUp(input: $e) {
      __typename
    }
  }
`);

let server: BatonServer;

beforeAll(async () => {
  server = await startRateLimitedServer();
});
afterAll(async () => {
  await server?.close();
});

const input = () => ({
  workspaceName: 'Spam Inc',
  name: 'Spammer',
  email: uniqueEmail('spam'),
  password: strongPassword,
});
const workspaces = () => server.db.prisma.workspace.count({ where: { name: 'Spam Inc' } });

describe('sign-up', () => {
  it('5 signUp aliases in one request make one workspace', async () => {
    const before = await workspaces();
    const res = await gql(
      server.graphqlUrl,
      FIVE_SIGN_UPS,
      { a: input(), b: input(), c: input(), d: input(), e: input() },
      fromIp('192.0.2.50'),
    );
    const { a, b, c, d, e } = res.data;
    expect([a, b, c, d, e].map((r) => r.__typename)).toEqual([
      'AuthPayload',
      'InvalidOperationError',
      'InvalidOperationError',
      'InvalidOperationError',
      'InvalidOperationError',
    ]);
    expect(await workspaces()).toBe(before + 1);
  });

  it('the sixth sign-up from one IP within the hour is refused and creates nothing', async () => {
    const ip = '192.0.2.60';
    for (let i = 0; i < 5; i++) {
      expectTypename(
        (await gql(server.graphqlUrl, SIGN_UP, { input: input() }, fromIp(ip))).data.signUp,
        'AuthPayload',
      );
    }
    const before = await workspaces();
    const refused = expectTypename(
      (await gql(server.graphqlUrl, SIGN_UP, { input: input() }, fromIp(ip))).data.signUp,
      'RateLimitedError',
    );
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await workspaces()).toBe(before);
    expectTypename(
      (await gql(server.graphqlUrl, SIGN_UP, { input: input() }, fromIp('192.0.2.61'))).data.signUp,
      'AuthPayload',
    );
  });
});
