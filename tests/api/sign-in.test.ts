/**
 * A sign-in mutation makes the rest of its request act as the new session, once: a second
 * sign-in in the same request is refused before its password is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { gql } from '../helpers/graphql.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, strongPassword, type SignedIn } from '../helpers/team.js';

const TWO_LOG_INS = graphql(`
  mutation TwoLogIns($email: String!, $first: String!, $second: String!) {
    a: logIn(input: { email: $email, password: $first }) {
      __typename
      ... on AuthPayload {
        agent {
          name
          workspace {
            name
          }
        }
      }
      ... on Error {
        code
      }
    }
    b: logIn(input: { email: $email, password: $second }) {
      __typename
      ... on AuthPayload {
        token
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Sign-in Ltd');
});
afterAll(async () => {
  await server?.close();
});

describe('one sign-in per request', () => {
  it('the first log-in resolves its payload as the new session; the second alias is refused', async () => {
    const res = await gql(server.graphqlUrl, TWO_LOG_INS, {
      email: owner.email,
      first: strongPassword,
      second: strongPassword,
    });
    expect(res.data.a).toEqual({
      __typename: 'AuthPayload',
      agent: { name: 'Olivia Owner', workspace: { name: 'Sign-in Ltd' } },
    });
    expect(res.data.b).toMatchObject({ __typename: 'InvalidOperationError', code: 'INVALID_OPERATION' });
  });

  it('a wrong password first: the second alias is still not a second guess', async () => {
    const res = await gql(server.graphqlUrl, TWO_LOG_INS, {
      email: owner.email,
      first: 'wrong password!!',
      second: strongPassword,
    });
    expect(res.data.a).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect(res.data.b).toMatchObject({ __typename: 'InvalidOperationError' });
  });
});
