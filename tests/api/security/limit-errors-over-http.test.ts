/**
 * Threat to the protocol: depth, alias, directive, token and cost rejections answered HTTP 200
 * with no `extensions.code`, so a client could not tell a refused request from a result. With
 * `Accept: application/graphql-response+json` they answer 400 with a code on every error; with
 * `application/json` the GraphQL-over-HTTP spec's 200 stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { gql, invalidDocument } from '../../helpers/graphql.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

let server: BatonServer;
let owner: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl);
});
afterAll(() => server?.close());

const deep = `{ viewer { ${'workspace { agents { edges { node { '.repeat(4)} id ${'} } } }'.repeat(4)} } }`;
const rejections = [
  ['depth', deep, 'QUERY_TOO_DEEP'],
  ['aliases', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`, 'TOO_MANY_ALIASES'],
  ['directives', `{ viewer { ${'id @include(if: true) '.repeat(30)} } }`, 'TOO_MANY_DIRECTIVES'],
  ['tokens', `{ viewer { ${'id '.repeat(3100)} } }`, 'GRAPHQL_PARSE_FAILED'],
  [
    'cost',
    `{ conversations(first: 100) { edges { node { messages(first: 100) { edges { node { id body seq } } } } } } }`,
    'QUERY_TOO_COSTLY',
  ],
  ['page size', `{ conversations(first: 1000) { edges { node { id } } } }`, 'PAGE_SIZE_TOO_LARGE'],
] as const;

describe('limit rejections over HTTP', () => {
  it.each(rejections)('%s: 400 with extensions.code for application/graphql-response+json', async (_, text, code) => {
    const res = await gql(server.graphqlUrl, invalidDocument(text), {}, owner.token);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const error of res.errors ?? []) expect(error.extensions?.code, JSON.stringify(error)).toBe(code);
  });

  it.each(rejections)('%s: 200 with the same code for application/json', async (_, text, code) => {
    const res = await gql(
      server.graphqlUrl,
      invalidDocument(text),
      {},
      {
        token: owner.token,
        headers: { accept: 'application/json' },
      },
    );
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });
});
