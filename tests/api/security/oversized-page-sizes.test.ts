/**
 * Threat: a client asks a connection for a huge page (`first: 100000`) or a negative one and the
 * server silently clamps or misreads it. Every connection refuses `first` / `last` above 100 or
 * below 0 with a typed error, before anything runs, whether the size is literal or a variable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { gql, invalidDocument } from '../../helpers/graphql.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

const PAGE = graphql(`
  query OversizedPage($first: Int, $last: Int) {
    conversations(first: $first, last: $last) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl);
});
afterAll(() => server?.close());

describe('page sizes', () => {
  it('a page of 100 is served', async () => {
    const res = await gql(server.graphqlUrl, PAGE, { first: 100 }, owner.token);
    expect(res.data.conversations.edges).toEqual([]);
  });

  it.each([
    ['first', 101, 'PAGE_SIZE_TOO_LARGE'],
    ['first', 100_000, 'PAGE_SIZE_TOO_LARGE'],
    ['last', 101, 'PAGE_SIZE_TOO_LARGE'],
    ['first', -1, 'BAD_USER_INPUT'],
    ['last', -5, 'BAD_USER_INPUT'],
  ] as const)('%s: %d in a variable is refused with %s', async (argument, value, code) => {
    const res = await gql(server.graphqlUrl, PAGE, { [argument]: value }, owner.token);
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    expect(res.errors?.[0]?.message).toContain(argument);
  });

  it('every connection refuses a literal page above 100, nested ones too', async () => {
    const documents = [
      `{ conversations(first: 101) { edges { node { id } } } }`,
      `{ conversations(first: 1) { edges { node { messages(first: 500) { edges { node { id } } } } } } }`,
      `{ viewer { workspace { agents(first: 1000) { edges { node { id } } } } } }`,
      `{ viewer { workspace { pendingInvitations(last: 101) { edges { node { id } } } } } }`,
      `{ knowledgeDocuments(first: 101) { edges { node { id } } } }`,
    ];
    for (const document of documents) {
      const res = await gql(server.graphqlUrl, invalidDocument(document), {}, owner.token);
      expect(res.status, document).toBe(400);
      expect(
        res.errors?.map((e) => e.extensions?.code),
        document,
      ).toEqual(['PAGE_SIZE_TOO_LARGE']);
    }
  });
});
