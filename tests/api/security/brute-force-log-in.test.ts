/**
 * Threat: password guessing. 30 wrong passwords in a row, then the right one, logged in; 20
 * `logIn` aliases in one request were 20 guesses. Failed log-ins are counted per email + IP
 * (5 per 5 minutes, then blocked — even the right password — until the block ends) and per IP
 * over all emails; a success forgets the email's failures; one sign-in per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';
import { signUp, strongPassword, type SignedIn } from '../../helpers/team.js';

const LOG_IN = graphql(`
  mutation BruteLogIn($input: LogInInput!) {
    logIn(input: $input) {
      __typename
      ... on AuthPayload {
        token
      }
      ... on RateLimitedError {
        code
        message
        retryAfterSeconds
      }
      ... on Error {
        code
      }
    }
  }
`);

const TWENTY_LOG_INS = graphql(`
  mutation BruteTwentyLogIns($email: String!) {
    a1: logIn(input: { email: $email, password: "guess-0001" }) {
      __typename
    }
    a2: logIn(input: { email: $email, password: "guess-0002" }) {
      __typename
    }
    a3: logIn(input: { email: $email, password: "guess-0003" }) {
      __typename
    }
    a4: logIn(input: { email: $email, password: "guess-0004" }) {
      __typename
    }
    a5: logIn(input: { email: $email, password: "guess-0005" }) {
      __typename
    }
    a6: logIn(input: { email: $email, password: "guess-0006" }) {
      __typename
    }
    a7: logIn(input: { email: $email, password: "guess-0007" }) {
      __typename
    }
    a8: logIn(input: { email: $email, password: "guess-0008" }) {
      __typename
    }
    a9: logIn(input: { email: $email, password: "guess-0009" }) {
      __typename
    }
    a10: logIn(input: { email: $email, password: "guess-0010" }) {
      __typename
    }
    a11: logIn(input: { email: $email, password: "guess-0011" }) {
      __typename
    }
    a12: logIn(input: { email: $email, password: "guess-0012" }) {
      __typename
    }
    a13: logIn(input: { email: $email, password: "guess-0013" }) {
      __typename
    }
    a14: logIn(input: { email: $email, password: "guess-0014" }) {
      __typename
    }
    a15: logIn(input: { email: $email, password: "guess-0015" }) {
      __typename
    }
    a16: logIn(input: { email: $email, password: "guess-0016" }) {
      __typename
    }
    a17: logIn(input: { email: $email, password: "guess-0017" }) {
      __typename
    }
    a18: logIn(input: { email: $email, password: "guess-0018" }) {
      __typename
    }
    a19: logIn(input: { email: $email, password: "guess-0019" }) {
      __typename
    }
    a20: logIn(input: { email: $email, password: "correct horse battery staple" }) {
      __typename
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;

beforeAll(async () => {
  // The real per-email policy (5 failures / 5 minutes, blocked 5 minutes); a small per-IP one.
  server = await startRateLimitedServer(['logInFailureIp=12/3600/3600']);
  owner = await signUp(server.graphqlUrl, 'Brute Ltd');
});
afterAll(async () => {
  await server?.close();
});

const logIn = (ip: string, password: string, email = owner.email) =>
  gql(server.graphqlUrl, LOG_IN, { input: { email, password } }, fromIp(ip)).then((res) => res.data.logIn);
const sessions = () => server.db.prisma.agentSession.count({ where: { agent: { email: owner.email } } });

describe('log-in brute force', () => {
  it('after 5 wrong passwords the right one is refused too, until the block ends', async () => {
    const ip = '192.0.2.10';
    for (let i = 0; i < 5; i++) {
      expect((await logIn(ip, `wrong-password-${i}`)).__typename).toBe('InvalidCredentialsError');
    }
    const before = await sessions();
    for (let i = 5; i < 30; i++) expect((await logIn(ip, `wrong-password-${i}`)).__typename).toBe('RateLimitedError');
    const refused = expectTypename(await logIn(ip, strongPassword), 'RateLimitedError');
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfterSeconds).toBeGreaterThan(200);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(300);
    expect(await sessions()).toBe(before);
    // The owner, from another IP, is not locked out.
    expectTypename(await logIn('192.0.2.11', strongPassword), 'AuthPayload');
  });

  it('a successful log-in forgets the failures before it', async () => {
    const ip = '192.0.2.20';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect((await logIn(ip, `nope-${round}-${i}`)).__typename).toBe('InvalidCredentialsError');
      expectTypename(await logIn(ip, strongPassword), 'AuthPayload');
    }
  });

  it('20 logIn aliases in one request are one guess', async () => {
    const ip = '192.0.2.30';
    const res = await gql(server.graphqlUrl, TWENTY_LOG_INS, { email: owner.email }, fromIp(ip));
    const typenames = Array.from({ length: 20 }, (_, i) => res.data[`a${i + 1}` as `a${1 | 2}`].__typename);
    expect(typenames[0]).toBe('InvalidCredentialsError');
    // Refused before any password check — including the right password in the last alias.
    expect(new Set(typenames.slice(1))).toEqual(new Set(['InvalidOperationError']));
    // So four more wrong passwords are still answered as wrong (5 failures in all), the next is limited.
    for (let i = 0; i < 4; i++) expect((await logIn(ip, `after-${i}`)).__typename).toBe('InvalidCredentialsError');
    expect((await logIn(ip, strongPassword)).__typename).toBe('RateLimitedError');
  });

  it('one IP guessing across many emails is blocked by the per-IP count', async () => {
    const ip = '192.0.2.40';
    const typenames: string[] = [];
    for (let i = 0; i < 14; i++)
      typenames.push((await logIn(ip, 'wrong-password', `nobody${i}@example.com`)).__typename);
    expect(typenames.slice(0, 12).every((t) => t === 'InvalidCredentialsError')).toBe(true);
    expect(typenames.slice(12)).toEqual(['RateLimitedError', 'RateLimitedError']);
    expectTypename(await logIn(ip, strongPassword), 'RateLimitedError');
  });
});
