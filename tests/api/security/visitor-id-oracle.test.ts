/**
 * Threat: identifyVisitor as an oracle of customer ids ("Another visitor already has this id"),
 * and claiming a customer's id to take over their visitor record. Without a signature the answer
 * is the same whether the id exists or not, and a claim never takes another visitor's record (a
 * claimed-first id even gives way to the verified customer later). With a valid signature the
 * visitor IS that customer: the widget session moves to the customer's record, with the
 * conversation it had, and the old token stops working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { expectPresent, expectTypename, gql } from '../../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, type VisitorSession } from '../../helpers/handoff.js';
import { identify, rotateSecret, sign, visitorOf } from '../../helpers/identity.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp, type SignedIn } from '../../helpers/team.js';

let server: BatonServer;
let owner: SignedIn;
let publicKey: string;
let secret: string;

const newVisitor = (): Promise<VisitorSession> => startSession(server.graphqlUrl, publicKey);
const seen = (v: VisitorSession) => visitorOf(server.graphqlUrl, owner.token, v.conversationId);
const say = (v: VisitorSession, body: string) =>
  gql(server.graphqlUrl, SEND, { input: { conversationId: v.conversationId, body } }, v.token);

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Oracle Ltd');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  secret = await rotateSecret(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

describe('without a signature', () => {
  it('claiming an id another visitor has is answered exactly like claiming a new one, and takes nothing', async () => {
    const customer = await newVisitor();
    await identify(server.graphqlUrl, customer.token, {
      externalId: 'cust-7',
      signature: sign(secret, 'cust-7'),
      name: 'Carla',
    });
    const unverified = await newVisitor();
    await identify(server.graphqlUrl, unverified.token, { externalId: 'cust-8' });

    const answers = [];
    for (const externalId of ['cust-7', 'cust-8', 'cust-never-seen']) {
      const prober = await newVisitor();
      const res = await identify(server.graphqlUrl, prober.token, { externalId, name: 'Probe' });
      answers.push({ status: res.status, body: res.body });
      // The prober's record did not take the existing ids.
      expect((await seen(prober)).externalId).toBe(externalId === 'cust-never-seen' ? externalId : null);
    }
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
    expect(await seen(customer)).toMatchObject({ externalId: 'cust-7', name: 'Carla', externalIdVerified: true });
    expect(await seen(unverified)).toMatchObject({ externalId: 'cust-8' });
    // The customer's token still names the customer; the probers got nothing of theirs.
    expectTypename((await say(customer, 'still me')).data.sendMessage, 'SendMessagePayload');
  });

  it('an id claimed first without a signature gives way to the verified customer', async () => {
    const squatter = await newVisitor();
    await identify(server.graphqlUrl, squatter.token, { externalId: 'cust-9' });
    const customer = await newVisitor();
    const res = await identify(server.graphqlUrl, customer.token, {
      externalId: 'cust-9',
      signature: sign(secret, 'cust-9'),
    });
    const payload = expectTypename(res.data.identifyVisitor, 'IdentifyVisitorPayload');
    expect(payload).toMatchObject({ identityVerified: true, visitorToken: null });
    expect(await seen(customer)).toMatchObject({ externalId: 'cust-9', externalIdVerified: true });
    expect(await seen(squatter)).toMatchObject({ externalId: null, identityVerified: false });
  });
});

describe('with a valid signature', () => {
  it('the session moves to the known customer, with its conversation; the old token stops working', async () => {
    const first = await newVisitor();
    await identify(server.graphqlUrl, first.token, { externalId: 'cust-10', signature: sign(secret, 'cust-10') });
    expectTypename((await say(first, 'order 1 question')).data.sendMessage, 'SendMessagePayload');

    // Later, on another device: an anonymous visitor chats, then signs in.
    const later = await newVisitor();
    expectTypename((await say(later, 'hi again')).data.sendMessage, 'SendMessagePayload');
    const res = await identify(server.graphqlUrl, later.token, {
      externalId: 'cust-10',
      name: 'Carl',
      signature: sign(secret, 'cust-10'),
      attributes: [{ key: 'device', value: 'phone' }],
    });
    const payload = expectTypename(res.data.identifyVisitor, 'IdentifyVisitorPayload');
    const token = expectPresent(payload.visitorToken, 'the new visitor token');

    // Agents see one customer: both conversations belong to the first visitor record.
    const record = await seen(later);
    expect(record).toMatchObject({ id: (await seen(first)).id, name: 'Carl', externalIdVerified: true });
    expect(record.attributes).toEqual([{ key: 'device', value: 'phone' }]);

    // The old token names a record that no longer has this session.
    const stale = await say(later, 'with the old token');
    expect(stale.status).toBe(401);
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The new one resumes the same conversation as the customer.
    const resumed = await startSession(server.graphqlUrl, publicKey, token);
    expect(resumed).toMatchObject({ visitorId: first.visitorId, conversationId: later.conversationId });
    expectTypename(
      (await say({ ...later, token: resumed.token }, 'now signed in')).data.sendMessage,
      'SendMessagePayload',
    );
  });

  it('a second customer signing in on the same browser never takes over the first one’s record', async () => {
    const v = await newVisitor();
    await identify(server.graphqlUrl, v.token, { externalId: 'cust-20', signature: sign(secret, 'cust-20') });
    expectTypename((await say(v, 'my card is 4242')).data.sendMessage, 'SendMessagePayload');
    const res = await identify(server.graphqlUrl, v.token, {
      externalId: 'cust-21',
      name: 'Dan',
      signature: sign(secret, 'cust-21'),
    });
    const token = expectPresent(
      expectTypename(res.data.identifyVisitor, 'IdentifyVisitorPayload').visitorToken,
      'the new visitor token',
    );
    // The first customer's record and conversation are untouched.
    expect(await seen(v)).toMatchObject({ externalId: 'cust-20', name: null, externalIdVerified: true });
    const next = await startSession(server.graphqlUrl, publicKey, token);
    expect(next.visitorId).not.toBe(v.visitorId);
    expect(next.conversationId).not.toBe(v.conversationId);
    expect(await seen(next)).toMatchObject({ externalId: 'cust-21', name: 'Dan', externalIdVerified: true });
    expect((await say(v, 'old token')).status).toBe(401);
  });
});
