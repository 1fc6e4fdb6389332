/**
 * Threat: page sizes given as variables slip past a cost limit that only reads the document:
 * `conversations(first: $a) { … messages(first: $b) }` under 20 aliases read 58,000 rows
 * (17 MiB) in 5 s. The cost is measured with the request's variables and the query refused
 * before it runs; the same document with small variables is served (no cached verdict).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { gql, invalidDocument } from '../../helpers/graphql.js';
import { publicKeyOf, SEND, startSession } from '../../helpers/handoff.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

const aliases = Array.from(
  { length: 20 },
  (_, i) => `c${i}: conversations(first: $a) { edges { node { messages(first: $b) { edges { node { id body } } } } } }`,
).join('\n');
const FLOOD = invalidDocument(`query Flood($a: Int, $b: Int) { ${aliases} }`);

let server: BatonServer;
let owner: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl);
  const visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
  await gql(
    server.graphqlUrl,
    SEND,
    { input: { conversationId: visitor.conversationId, body: 'Hello' } },
    visitor.token,
  );
});
afterAll(() => server?.close());

describe('query cost reads the variables', () => {
  it('20 aliases of 100 conversations × 100 messages are refused before running', async () => {
    const res = await gql(server.graphqlUrl, FLOOD, { a: 100, b: 100 }, owner.token);
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(res.errors?.[0]?.message).toMatch(/costs \d+, more than the maximum/);
  });

  it('one alias of 100 × 100 is refused too; the same document with small pages is served', async () => {
    const one = invalidDocument(
      `query One($a: Int, $b: Int) { conversations(first: $a) { edges { node { messages(first: $b) { edges { node { id body } } } } } } }`,
    );
    const small = await gql(server.graphqlUrl, one, { a: 5, b: 5 }, owner.token);
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
    const big = await gql(server.graphqlUrl, one, { a: 100, b: 100 }, owner.token);
    expect(big.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    // The verdict is not cached by document: small pages pass again.
    expect((await gql(server.graphqlUrl, one, { a: 5, b: 5 }, owner.token)).errors).toBeUndefined();
  });
});
