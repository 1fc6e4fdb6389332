/**
 * Bad input gets a clear, typed error and changes nothing (issue #2's list), over HTTP and,
 * where it applies, over WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenService } from '../../api/src/auth/tokens.js';
import type { BatonServer } from '../../api/src/server.js';
import { expectNoWrites } from '../helpers/db.js';
import { graphql } from '../gql/index.js';
import { connectWs, expectPresent, expectTypename, gql, invalidDocument, wsRequest } from '../helpers/graphql.js';
import { startTestServer } from '../helpers/server.js';
import {
  ACCEPT,
  addMember,
  INVITE,
  SIGN_UP,
  signUp,
  strongPassword,
  uniqueEmail,
  type SignedIn,
} from '../helpers/team.js';

const VIEWER = graphql(`
  query BadInputViewer {
    viewer {
      id
    }
  }
`);
const LOG_IN = graphql(`
  mutation BadInputLogIn($input: LogInInput!) {
    logIn(input: $input) {
      __typename
      ... on Error {
        message
        code
      }
      ... on AuthPayload {
        token
      }
    }
  }
`);
const LOG_OUT = graphql(`
  mutation BadInputLogOut {
    logOut {
      __typename
    }
  }
`);
const REVOKE = graphql(`
  mutation BadInputRevoke($id: ID!) {
    revokeInvitation(invitationId: $id) {
      __typename
      ... on Invitation {
        revokedAt
      }
    }
  }
`);
const INVITE_AS = graphql(`
  mutation BadInputInvite($input: InviteAgentInput!) {
    r: inviteAgent(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);
const PROMOTE = graphql(`
  mutation BadInputPromote($id: ID!) {
    r: changeAgentRole(agentId: $id, role: ADMIN) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation BadInputDeactivate($id: ID!) {
    r: deactivateAgent(agentId: $id) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);
const UPDATE_WORKSPACE = graphql(`
  mutation BadInputUpdateWorkspace($input: UpdateWorkspaceInput!) {
    r: updateWorkspace(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);
const PENDING = graphql(`
  query BadInputPending {
    workspace {
      name
      pendingInvitations {
        totalCount
      }
    }
  }
`);
const MAKE_OWNER = graphql(`
  mutation BadInputMakeOwner($id: ID!) {
    r: changeAgentRole(agentId: $id, role: OWNER) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);
const DEMOTE = graphql(`
  mutation BadInputDemote($id: ID!) {
    r: changeAgentRole(agentId: $id, role: AGENT) {
      __typename
      ... on NotFoundError {
        entity
      }
    }
  }
`);
const NODE = graphql(`
  query BadInputNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Agent {
        email
      }
      ... on Workspace {
        name
      }
    }
  }
`);
const REVOKE_FOREIGN = graphql(`
  mutation BadInputRevokeForeign($id: ID!) {
    r: revokeInvitation(invitationId: $id) {
      __typename
      ... on NotFoundError {
        entity
      }
    }
  }
`);
const DEACTIVATE_FOREIGN = graphql(`
  mutation BadInputDeactivateForeign($id: ID!) {
    r: deactivateAgent(agentId: $id) {
      __typename
      ... on NotFoundError {
        entity
      }
      ... on Error {
        message
      }
    }
  }
`);

let server: BatonServer;
let owner: SignedIn;
let admin: SignedIn;
let agent: SignedIn;
let other: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  owner = await signUp(server.graphqlUrl, 'Tenant A');
  admin = await addMember(server.graphqlUrl, owner, 'ADMIN', 'Ada Admin');
  agent = await addMember(server.graphqlUrl, owner, 'AGENT', 'Arno Agent');
  other = await signUp(server.graphqlUrl, 'Tenant B');
});
afterAll(async () => {
  await server?.close();
});

async function tokenWith(overrides: { expiresAt?: Date; sessionOf?: SignedIn }): Promise<string> {
  const secret = await server.db.prisma.serverSetting.findUniqueOrThrow({ where: { key: 'token_secret' } });
  const base = overrides.sessionOf ?? owner;
  const payload = JSON.parse(Buffer.from(base.token.split('.')[1]!, 'base64url').toString()) as {
    sid: string;
    sub: string;
  };
  return new TokenService(secret.value).signAgentSession(
    { sub: payload.sub, sid: payload.sid },
    overrides.expiresAt ?? new Date(Date.now() + 60_000),
  );
}

function tamper(token: string): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const flipped = `${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`;
  return `${h}.${p}.${flipped}`;
}

describe('sign up', () => {
  it('rejects an email that already has an account (any case)', async () => {
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, SIGN_UP, {
        input: { workspaceName: 'Dup', name: 'Dup', email: owner.email.toUpperCase(), password: strongPassword },
      }),
    );
    expect(res.data.signUp).toMatchObject({ __typename: 'EmailTakenError', code: 'EMAIL_TAKEN' });
  });

  it.each([
    ['empty', ''],
    ['short', 'abc123'],
    ['common', 'password123'],
    ['repetitive', 'aaaaaaaaaaaa'],
  ])('rejects a %s password with a field error', async (_label, password) => {
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, SIGN_UP, { input: { workspaceName: 'W', name: 'N', email: uniqueEmail(), password } }),
    );
    expect(expectTypename(res.data.signUp, 'ValidationError').fieldErrors.map((f) => f.path)).toEqual([
      'input.password',
    ]);
  });

  it.each(['not-an-email', 'a@', '@b.com', 'a b@c.com', ''])('rejects malformed email %j', async (email) => {
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, SIGN_UP, { input: { workspaceName: 'W', name: 'N', email, password: strongPassword } }),
    );
    expect(expectTypename(res.data.signUp, 'ValidationError').fieldErrors[0]?.path).toBe('input.email');
  });
});

describe('log in', () => {
  it('gives the same error for a wrong password and an unknown email', async () => {
    const wrong = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, LOG_IN, { input: { email: owner.email, password: 'not the password' } }),
    );
    const unknown = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, LOG_IN, { input: { email: uniqueEmail('ghost'), password: 'not the password' } }),
    );
    expect(wrong.data.logIn).toEqual({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
      message: 'The email or password is incorrect.',
    });
    expect(unknown.data.logIn).toEqual(wrong.data.logIn);
  });
});

describe('bad tokens', () => {
  const cases: Array<[string, () => Promise<string>, string]> = [
    ['expired', () => tokenWith({ expiresAt: new Date(Date.now() - 1000) }), 'EXPIRED'],
    ['tampered', async () => tamper(owner.token), 'INVALID'],
    [
      'forged with another key',
      () => new TokenService('x'.repeat(48)).signAgentSession({ sub: 'a', sid: 'b' }, new Date(Date.now() + 60_000)),
      'INVALID',
    ],
    ['garbage', async () => 'not.a.jwt', 'INVALID'],
  ];

  it.each(cases)('%s token: HTTP 401 UNAUTHENTICATED, nothing runs', async (_label, make, reason) => {
    const token = await make();
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, INVITE, { input: { email: uniqueEmail(), role: 'AGENT' } }, token),
    );
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
  });

  it.each(cases)('%s token: WebSocket closed with 4403 at connection_init', async (_label, make) => {
    const ws = connectWs(server.wsUrl, { authorization: `Bearer ${await make()}` });
    expect(await ws.closed).toBe(4403);
    await ws.dispose();
  });

  it('revoked token: HTTP 401 and WebSocket 4403; a socket opened before logout stops working', async () => {
    const member = await addMember(server.graphqlUrl, owner, 'AGENT', 'Short Lived');
    const early = connectWs(server.wsUrl, { authorization: `Bearer ${member.token}` });
    expect((await wsRequest(early.client, VIEWER)).data.viewer?.id).toBe(member.agentId);

    await gql(server.graphqlUrl, LOG_OUT, {}, member.token);
    const res = await gql(server.graphqlUrl, VIEWER, {}, member.token);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });

    const late = connectWs(server.wsUrl, { authorization: `Bearer ${member.token}` });
    expect(await late.closed).toBe(4403);
    await late.dispose();

    // The log-out closed the socket opened before it (security/revocation-reaches-live-sockets).
    expect(await early.closed).toBe(4403);
    await early.dispose();
  });
});

describe('invitations', () => {
  it('cannot be accepted twice', async () => {
    const invite = await gql(
      server.graphqlUrl,
      INVITE,
      { input: { email: uniqueEmail(), role: 'AGENT' } },
      owner.token,
    );
    const { token } = expectTypename(invite.data.inviteAgent, 'InvitationPayload');
    const first = await gql(server.graphqlUrl, ACCEPT, { input: { token, name: 'Once', password: strongPassword } });
    expectTypename(first.data.acceptInvitation, 'AuthPayload');
    const second = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, ACCEPT, { input: { token, name: 'Twice', password: strongPassword } }),
    );
    expect(second.data.acceptInvitation).toMatchObject({
      __typename: 'InvitationInvalidError',
      reason: 'ALREADY_ACCEPTED',
    });
  });

  it('cannot be accepted after expiry, or when revoked, or when unknown', async () => {
    const invite = expectTypename(
      (await gql(server.graphqlUrl, INVITE, { input: { email: uniqueEmail(), role: 'AGENT' } }, owner.token)).data
        .inviteAgent,
      'InvitationPayload',
    );
    const { token } = invite;
    await server.db.prisma.invitation.updateMany({
      where: { email: invite.invitation.email },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, ACCEPT, { input: { token, name: 'Late', password: strongPassword } }),
    );
    expect(expired.data.acceptInvitation).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'EXPIRED' });

    const invite2 = expectTypename(
      (await gql(server.graphqlUrl, INVITE, { input: { email: uniqueEmail(), role: 'AGENT' } }, owner.token)).data
        .inviteAgent,
      'InvitationPayload',
    );
    const revoke = await gql(server.graphqlUrl, REVOKE, { id: invite2.invitation.id }, owner.token);
    expect(expectTypename(revoke.data.revokeInvitation, 'Invitation').revokedAt).toBeTruthy();
    const revoked = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, ACCEPT, { input: { token: invite2.token, name: 'R', password: strongPassword } }),
    );
    expect(revoked.data.acceptInvitation).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'REVOKED' });

    const unknown = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, ACCEPT, { input: { token: 'nope', name: 'R', password: strongPassword } }),
    );
    expect(unknown.data.acceptInvitation).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'NOT_FOUND' });
  });

  it('rejects inviting an email that already has an account, and weak passwords on accept', async () => {
    const dup = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, INVITE, { input: { email: agent.email, role: 'AGENT' } }, owner.token),
    );
    expect(dup.data.inviteAgent.__typename).toBe('EmailTakenError');

    const invite = expectTypename(
      (await gql(server.graphqlUrl, INVITE, { input: { email: uniqueEmail(), role: 'AGENT' } }, owner.token)).data
        .inviteAgent,
      'InvitationPayload',
    );
    const weak = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, ACCEPT, { input: { token: invite.token, name: '', password: 'short' } }),
    );
    expect(
      expectTypename(weak.data.acceptInvitation, 'ValidationError')
        .fieldErrors.map((f) => f.path)
        .sort(),
    ).toEqual(['input.name', 'input.password']);
  });
});

describe('roles', () => {
  /** Each admin operation on `target`, as the holder of `token`: its result's `r`. */
  const adminOps: Array<[string, (target: SignedIn, token?: string) => Promise<{ __typename: string }>]> = [
    [
      'inviteAgent',
      async (_t, token) =>
        (await gql(server.graphqlUrl, INVITE_AS, { input: { email: uniqueEmail(), role: 'AGENT' } }, token)).data.r,
    ],
    ['changeAgentRole', async (t, token) => (await gql(server.graphqlUrl, PROMOTE, { id: t.agentId }, token)).data.r],
    [
      'deactivateAgent',
      async (t, token) => (await gql(server.graphqlUrl, DEACTIVATE, { id: t.agentId }, token)).data.r,
    ],
    [
      'updateWorkspace',
      async (_t, token) =>
        (await gql(server.graphqlUrl, UPDATE_WORKSPACE, { input: { responseTimeTargetSeconds: 60 } }, token)).data.r,
    ],
  ];

  it.each(adminOps)('an AGENT cannot %s', async (_name, run) => {
    const r = await expectNoWrites(server, () => run(admin, agent.token));
    expect(r).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const adminRow = await server.db.prisma.agent.findFirstOrThrow({ where: { email: admin.email } });
    expect(adminRow).toMatchObject({ role: 'ADMIN', deactivatedAt: null });
    const ws = await server.db.prisma.workspace.findUniqueOrThrow({ where: { id: adminRow.workspaceId } });
    expect(ws.responseTimeTargetSeconds).toBe(300);
  });

  it.each(adminOps)('signed out, %s is an AuthenticationError', async (_name, run) => {
    const r = await expectNoWrites(server, () => run(admin));
    expect(r.__typename).toBe('AuthenticationError');
  });

  it('an AGENT cannot list pending invitations', async () => {
    const res = await gql(server.graphqlUrl, PENDING, {}, agent.token);
    expect(res.body.data).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/not authorized/i);
  });

  it("nobody can take or change the owner's role or deactivate the owner", async () => {
    const toOwner = await gql(server.graphqlUrl, MAKE_OWNER, { id: agent.agentId }, owner.token);
    expect(toOwner.data.r).toEqual({ __typename: 'InvalidOperationError', code: 'INVALID_OPERATION' });
    const demoteOwner = await gql(server.graphqlUrl, DEMOTE, { id: owner.agentId }, admin.token);
    expect(demoteOwner.data.r.__typename).toBe('ForbiddenError');
    const deactivateOwner = await gql(server.graphqlUrl, DEACTIVATE, { id: owner.agentId }, admin.token);
    expect(deactivateOwner.data.r.__typename).toBe('ForbiddenError');
    const self = await gql(server.graphqlUrl, DEACTIVATE, { id: admin.agentId }, admin.token);
    expect(self.data.r.__typename).toBe('InvalidOperationError');
    const ownerRow = await server.db.prisma.agent.findFirstOrThrow({ where: { email: owner.email } });
    expect(ownerRow).toMatchObject({ role: 'OWNER', deactivatedAt: null });
  });
});

describe('tenancy', () => {
  it("an agent of workspace A cannot read B's objects through node(id:)", async () => {
    const bInvite = expectTypename(
      (await gql(server.graphqlUrl, INVITE, { input: { email: uniqueEmail(), role: 'AGENT' } }, other.token)).data
        .inviteAgent,
      'InvitationPayload',
    );
    const ids = [other.agentId, other.workspaceId, bInvite.invitation.id];
    for (const id of ids) {
      const res = await gql(server.graphqlUrl, NODE, { id }, owner.token);
      expect(res.body.data, id).toEqual({ node: null });
      expect(res.errors, id).toBeUndefined();
      expect(JSON.stringify(res)).not.toContain(other.email);
      expect(JSON.stringify(res)).not.toContain('Tenant B');
    }
    // Sanity: the same query finds A's own agent.
    const own = await gql(server.graphqlUrl, NODE, { id: agent.agentId }, owner.token);
    expect(expectTypename(expectPresent(own.data.node, 'node'), 'Agent').email).toBe(agent.email.toLowerCase());
  });

  it("an admin of workspace A cannot change B's members or invitations", async () => {
    const bInvite = expectTypename(
      (await gql(server.graphqlUrl, INVITE, { input: { email: uniqueEmail(), role: 'AGENT' } }, other.token)).data
        .inviteAgent,
      'InvitationPayload',
    );
    const attempts: Array<[string, () => Promise<{ __typename: string }>]> = [
      [
        'deactivateAgent',
        async () => (await gql(server.graphqlUrl, DEACTIVATE_FOREIGN, { id: other.agentId }, owner.token)).data.r,
      ],
      [
        'changeAgentRole',
        async () => (await gql(server.graphqlUrl, DEMOTE, { id: other.agentId }, owner.token)).data.r,
      ],
      [
        'revokeInvitation',
        async () => (await gql(server.graphqlUrl, REVOKE_FOREIGN, { id: bInvite.invitation.id }, owner.token)).data.r,
      ],
    ];
    for (const [name, attempt] of attempts) {
      const r = await expectNoWrites(server, attempt);
      expect(r.__typename, name).toBe('NotFoundError');
    }
    const bOwner = await server.db.prisma.agent.findFirstOrThrow({ where: { email: other.email } });
    expect(bOwner).toMatchObject({ role: 'OWNER', deactivatedAt: null });
    const bInv = await server.db.prisma.invitation.findFirstOrThrow({ where: { email: bInvite.invitation.email } });
    expect(bInv.revokedAt).toBeNull();
  });

  it('rejects an id that is not a global id of the right type', async () => {
    const res = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, DEACTIVATE_FOREIGN, { id: other.workspaceId }, owner.token),
    );
    expect(res.data.r.__typename).toBe('ValidationError');
    const garbage = await expectNoWrites(server, () =>
      gql(server.graphqlUrl, DEACTIVATE_FOREIGN, { id: '%%%' }, owner.token),
    );
    expect(garbage.data.r.__typename).toBe('ValidationError');
  });
});

describe('malformed and abusive documents', () => {
  it('a document that fails validation is refused over HTTP and WebSocket and writes nothing', async () => {
    const bad = invalidDocument(
      `mutation { signUp(input: { workspaceName: "X", name: "Y", email: "${uniqueEmail()}", password: "${strongPassword}", admin: true }) { __typename } }`,
    );
    // As an agent: arbitrary documents are theirs to send (without credentials, an untrusted
    // document is refused before validation: tests/api/security/trusted-documents.test.ts).
    const res = await expectNoWrites(server, () => gql(server.graphqlUrl, bad, {}, owner.token));
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const ws = connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` });
    await expectNoWrites(server, () =>
      expect(wsRequest(ws.client, bad)).rejects.toThrow(/admin.*is not defined by type.*SignUpInput/),
    );
    await ws.dispose();
  });

  it('refuses syntax errors, deep queries, alias floods and oversized bodies', async () => {
    const syntax = await gql(server.graphqlUrl, invalidDocument(`{ viewer { id `), {}, owner.token);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);

    const deep = invalidDocument(
      `{ viewer { ${'workspace { agents { edges { node { '.repeat(4)} id ${'} } } }'.repeat(4)} } }`,
    );
    const deepRes = await gql(server.graphqlUrl, deep, {}, owner.token);
    expect(deepRes.body.data ?? null).toBeNull();
    expect(JSON.stringify(deepRes.errors)).toMatch(/depth/i);

    const aliases = invalidDocument(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`);
    const aliasRes = await gql(server.graphqlUrl, aliases, {}, owner.token);
    expect(aliasRes.body.data ?? null).toBeNull();
    expect(JSON.stringify(aliasRes.errors)).toMatch(/alias/i);

    const huge = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: String(VIEWER), variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);

    // The server is still up.
    expect((await gql(server.graphqlUrl, VIEWER, {}, owner.token)).data.viewer?.id).toBe(owner.agentId);
  });
});
