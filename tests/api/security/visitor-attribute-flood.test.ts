/**
 * Threat: one visitor grows their record without bound through `Baton.setAttributes` (the review
 * stored 1,000 attributes, 488 KiB, on one visitor in 20 calls). A visitor has at most 50
 * attribute keys and 16 KiB of attributes in total after merging; beyond that the call is a
 * ValidationError and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { expectTypename } from '../../helpers/graphql.js';
import { publicKeyOf, startSession } from '../../helpers/handoff.js';
import { identify, visitorOf } from '../../helpers/identity.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;

const attrs = (prefix: string, count: number, value = 'x') =>
  Array.from({ length: count }, (_, i) => ({ key: `${prefix}${i}`, value }));

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Attributes Ltd');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

describe('attributes per visitor', () => {
  it('50 keys in total: a call that would make 51 is refused and nothing changes', async () => {
    const v = await startSession(server.graphqlUrl, publicKey);
    for (const batch of [attrs('a', 25), attrs('b', 25)]) {
      const ok = await identify(server.graphqlUrl, v.token, { attributes: batch });
      expectTypename(ok.data.identifyVisitor, 'IdentifyVisitorPayload');
    }
    // Replacing existing keys is fine.
    const replaced = await identify(server.graphqlUrl, v.token, { attributes: attrs('a', 25, 'y') });
    expectTypename(replaced.data.identifyVisitor, 'IdentifyVisitorPayload');

    const over = await identify(server.graphqlUrl, v.token, { name: 'Flood', attributes: attrs('c', 1) });
    expect(expectTypename(over.data.identifyVisitor, 'ValidationError').fieldErrors.map((f) => f.path)).toEqual([
      'input.attributes',
    ]);
    const seen = await visitorOf(server.graphqlUrl, owner.token, v.conversationId);
    expect(seen.name).toBeNull();
    expect(seen.attributes).toHaveLength(50);
    expect(seen.attributes.some((a) => a.key === 'c0')).toBe(false);
  });

  it('16 KiB in total: calls within the per-call limits cannot add up past it', async () => {
    const v = await startSession(server.graphqlUrl, publicKey);
    const big = (prefix: string) => attrs(prefix, 15, 'v'.repeat(500)); // ≈ 7.5 KB a call
    for (const prefix of ['p', 'q']) {
      expectTypename(
        (await identify(server.graphqlUrl, v.token, { attributes: big(prefix) })).data.identifyVisitor,
        'IdentifyVisitorPayload',
      );
    }
    const over = await identify(server.graphqlUrl, v.token, { attributes: big('r') });
    expect(expectTypename(over.data.identifyVisitor, 'ValidationError').fieldErrors[0]?.path).toBe('input.attributes');
    const seen = await visitorOf(server.graphqlUrl, owner.token, v.conversationId);
    expect(seen.attributes).toHaveLength(30);
  });
});
