/**
 * Threat: a visitor types someone else's name, email or customer id into `Baton.identify` (or
 * calls identifyVisitor directly) and agents take it for the customer's account. Identities are
 * believed only with the company server's signature (hex HMAC-SHA256 of the externalId, or of
 * the email when there is none, keyed with the workspace's identity secret); agents see the rest
 * as unverified; with verification enforced, unsigned identities are refused and nothing
 * changes. Only owners and admins can read or rotate the secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { expectNoWrites } from '../../helpers/db.js';
import { expectTypename, gql } from '../../helpers/graphql.js';
import { publicKeyOf, startSession, type VisitorSession } from '../../helpers/handoff.js';
import {
  identify,
  REQUIRE_IDENTITY,
  ROTATE_IDENTITY_SECRET,
  rotateSecret,
  sign,
  visitorOf,
} from '../../helpers/identity.js';
import { startTestServer } from '../../helpers/server.js';
import { addMember, signUp, type SignedIn } from '../../helpers/team.js';

const IDENTITY_SETTINGS = graphql(`
  query IdentitySpoofingSettings {
    workspace {
      identitySecret
      identityVerificationRequired
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let agent: SignedIn;
let publicKey: string;

const newVisitor = (): Promise<VisitorSession> => startSession(server.graphqlUrl, publicKey);
const seen = (v: VisitorSession) => visitorOf(server.graphqlUrl, agent.token, v.conversationId);

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Spoofing Ltd');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ava Agent');
  publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
});
afterAll(async () => {
  await server?.close();
});

describe('without a signature, agents see the identity as unverified', () => {
  it('a typed email is shown as an unverified email, never as a verified customer', async () => {
    const v = await newVisitor();
    const res = await identify(server.graphqlUrl, v.token, {
      name: 'Olivia Owner',
      email: 'ceo@bigcustomer.example',
      externalId: 'cust-1',
    });
    expect(expectTypename(res.data.identifyVisitor, 'IdentifyVisitorPayload').identityVerified).toBe(false);
    expect(await seen(v)).toMatchObject({
      email: 'ceo@bigcustomer.example',
      identityVerified: false,
      externalIdVerified: false,
      emailVerified: false,
    });
  });
});

describe('with the identity secret', () => {
  let secret: string;
  beforeAll(async () => {
    secret = await rotateSecret(server.graphqlUrl, owner.token);
  });

  it('a valid signature of the externalId verifies it; the email sent with it stays unverified', async () => {
    const v = await newVisitor();
    const res = await identify(server.graphqlUrl, v.token, {
      externalId: 'cust-100',
      email: 'vera@example.com',
      signature: sign(secret, 'cust-100'),
    });
    expect(expectTypename(res.data.identifyVisitor, 'IdentifyVisitorPayload').identityVerified).toBe(true);
    expect(await seen(v)).toMatchObject({
      externalId: 'cust-100',
      identityVerified: true,
      externalIdVerified: true,
      emailVerified: false,
    });
  });

  it('an email-only identity is signed over the lower-cased email', async () => {
    const v = await newVisitor();
    const res = await identify(server.graphqlUrl, v.token, {
      email: 'Mia@Example.com',
      signature: sign(secret, 'mia@example.com'),
    });
    expectTypename(res.data.identifyVisitor, 'IdentifyVisitorPayload');
    expect(await seen(v)).toMatchObject({ email: 'mia@example.com', identityVerified: true, emailVerified: true });
  });

  it('a wrong signature (another id, a forged one, a malformed one) is refused and changes nothing', async () => {
    const v = await newVisitor();
    for (const signature of [sign(secret, 'cust-other'), sign('not-the-secret', 'cust-200'), 'zz', 'A'.repeat(64)]) {
      const res = await expectNoWrites(server, () =>
        identify(server.graphqlUrl, v.token, { externalId: 'cust-200', name: 'Mallory', signature }),
      );
      expect(expectTypename(res.data.identifyVisitor, 'IdentityVerificationError').reason).toBe('SIGNATURE_INVALID');
    }
    expect(await seen(v)).toMatchObject({ name: null, externalId: null, identityVerified: false });
  });

  it('a verified identity cannot be changed without a signature', async () => {
    const v = await newVisitor();
    await identify(server.graphqlUrl, v.token, { externalId: 'cust-300', signature: sign(secret, 'cust-300') });
    const res = await identify(server.graphqlUrl, v.token, { externalId: 'cust-301' });
    expect(expectTypename(res.data.identifyVisitor, 'IdentityVerificationError').reason).toBe('SIGNATURE_REQUIRED');
    expect(await seen(v)).toMatchObject({ externalId: 'cust-300', externalIdVerified: true });
    // Its name and attributes may change; they were never verified.
    const named = await identify(server.graphqlUrl, v.token, {
      name: 'Pat',
      attributes: [{ key: 'plan', value: 'pro' }],
    });
    expectTypename(named.data.identifyVisitor, 'IdentifyVisitorPayload');
  });

  it('rotating the secret refuses signatures made with the old one', async () => {
    const old = secret;
    secret = await rotateSecret(server.graphqlUrl, owner.token);
    expect(secret).not.toBe(old);
    const v = await newVisitor();
    const stale = await identify(server.graphqlUrl, v.token, {
      externalId: 'cust-400',
      signature: sign(old, 'cust-400'),
    });
    expect(expectTypename(stale.data.identifyVisitor, 'IdentityVerificationError').reason).toBe('SIGNATURE_INVALID');
    const fresh = await identify(server.graphqlUrl, v.token, {
      externalId: 'cust-400',
      signature: sign(secret, 'cust-400'),
    });
    expect(expectTypename(fresh.data.identifyVisitor, 'IdentifyVisitorPayload').identityVerified).toBe(true);
  });

  it('with verification enforced, an unsigned externalId or email is refused and nothing changes', async () => {
    const on = await gql(server.graphqlUrl, REQUIRE_IDENTITY, { required: true }, owner.token);
    expect(expectTypename(on.data.updateWorkspace, 'Workspace').identityVerificationRequired).toBe(true);
    try {
      const v = await newVisitor();
      for (const input of [{ externalId: 'cust-500' }, { email: 'eve@example.com', name: 'Eve' }]) {
        const res = await expectNoWrites(server, () => identify(server.graphqlUrl, v.token, input));
        expect(expectTypename(res.data.identifyVisitor, 'IdentityVerificationError').reason).toBe('SIGNATURE_REQUIRED');
      }
      expect(await seen(v)).toMatchObject({ name: null, email: null, externalId: null, identityVerified: false });
      // Anonymous chats and a name alone still work; a signed identity is accepted.
      expectTypename(
        (await identify(server.graphqlUrl, v.token, { name: 'Eve' })).data.identifyVisitor,
        'IdentifyVisitorPayload',
      );
      const signed = await identify(server.graphqlUrl, v.token, {
        externalId: 'cust-500',
        signature: sign(secret, 'cust-500'),
      });
      expect(expectTypename(signed.data.identifyVisitor, 'IdentifyVisitorPayload').identityVerified).toBe(true);
    } finally {
      await gql(server.graphqlUrl, REQUIRE_IDENTITY, { required: false }, owner.token);
    }
  });
});

describe('the identity secret and the switch', () => {
  it('enforcement needs a secret first', async () => {
    const other = await signUp(server.graphqlUrl, 'No Secret Yet');
    const res = await gql(server.graphqlUrl, REQUIRE_IDENTITY, { required: true }, other.token);
    expect(expectTypename(res.data.updateWorkspace, 'ValidationError').fieldErrors.map((f) => f.path)).toEqual([
      'input.identityVerificationRequired',
    ]);
  });

  it('agents can neither read nor rotate the secret, nor switch enforcement; admins can read it', async () => {
    const asAdmin = await gql(server.graphqlUrl, IDENTITY_SETTINGS, {}, owner.token);
    expect(asAdmin.data.workspace.identitySecret).toMatch(/^bis_[\w-]{43}$/);

    const asAgent = await gql(server.graphqlUrl, IDENTITY_SETTINGS, {}, agent.token);
    expect(asAgent.body.data?.workspace.identitySecret ?? null).toBeNull();
    expect(JSON.stringify(asAgent.body)).not.toContain(asAdmin.data.workspace.identitySecret!);
    expect(asAgent.errors?.map((e) => e.path?.join('.'))).toEqual(['workspace.identitySecret']);

    const rotate = await gql(server.graphqlUrl, ROTATE_IDENTITY_SECRET, {}, agent.token);
    expect(rotate.data.rotateIdentitySecret.__typename).toBe('ForbiddenError');
    const enforce = await gql(server.graphqlUrl, REQUIRE_IDENTITY, { required: true }, agent.token);
    expect(enforce.data.updateWorkspace.__typename).toBe('ForbiddenError');
    const after = await gql(server.graphqlUrl, IDENTITY_SETTINGS, {}, owner.token);
    expect(after.data.workspace).toEqual(asAdmin.data.workspace);
  });
});
