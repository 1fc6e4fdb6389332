/**
 * The team journey over real HTTP and WebSocket: sign up → invite → accept → log in → viewer,
 * members, roles and deactivation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, expectTypename, gql, wsRequest } from '../helpers/graphql.js';
import { startTestServer } from '../helpers/server.js';
import { ACCEPT, INVITE, signUp, strongPassword, uniqueEmail } from '../helpers/team.js';

const VIEWER = graphql(`
  query TeamViewer {
    viewer {
      id
      name
      email
      role
      active
      workspace {
        id
        name
        publicKey
        responseTimeTargetSeconds
      }
    }
  }
`);

const LOG_IN = graphql(`
  mutation TeamLogIn($input: LogInInput!) {
    logIn(input: $input) {
      __typename
      ... on AuthPayload {
        token
        expiresAt
        agent {
          id
          email
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

const SIGN_UP_WITH_WORKSPACE = graphql(`
  mutation TeamSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on AuthPayload {
        token
        agent {
          id
          name
          email
          role
          workspace {
            id
            name
            publicKey
            widgetSnippet
          }
        }
      }
    }
  }
`);
const PREVIEW = graphql(`
  query TeamInvitationPreview($token: String!) {
    invitation(token: $token) {
      __typename
      ... on InvitationPreview {
        email
        role
        workspaceName
      }
    }
  }
`);
const PENDING = graphql(`
  query TeamPendingInvitations {
    workspace {
      pendingInvitations {
        totalCount
        edges {
          node {
            email
          }
        }
      }
    }
  }
`);
const MEMBERS = graphql(`
  query TeamMembers {
    workspace {
      agents {
        totalCount
        edges {
          node {
            name
            role
            active
          }
        }
      }
      pendingInvitations {
        totalCount
      }
    }
  }
`);
const PROMOTE = graphql(`
  mutation TeamPromote($id: ID!) {
    changeAgentRole(agentId: $id, role: ADMIN) {
      __typename
      ... on Agent {
        role
      }
      ... on Error {
        code
      }
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation TeamDeactivate($id: ID!) {
    deactivateAgent(agentId: $id) {
      __typename
      ... on Agent {
        active
        deactivatedAt
      }
    }
  }
`);
const REACTIVATE = graphql(`
  mutation TeamReactivate($id: ID!) {
    reactivateAgent(agentId: $id) {
      __typename
      ... on Agent {
        active
      }
    }
  }
`);
const UPDATE_WORKSPACE = graphql(`
  mutation TeamUpdateWorkspace($input: UpdateWorkspaceInput!) {
    updateWorkspace(input: $input) {
      __typename
      ... on Workspace {
        name
        responseTimeTargetSeconds
        allowedOrigins
      }
    }
  }
`);
const LOG_OUT = graphql(`
  mutation TeamLogOut {
    logOut {
      __typename
      ... on LogOutPayload {
        ok
      }
    }
  }
`);

let server: BatonServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('team journey', () => {
  it('signs up, invites, accepts, logs in and reads the viewer over HTTP and WebSocket', async () => {
    const url = server.graphqlUrl;
    const ownerEmail = uniqueEmail('Owner');
    const signUpRes = await gql(url, SIGN_UP_WITH_WORKSPACE, {
      input: { workspaceName: '  Acme Shoes ', name: 'Olivia', email: ownerEmail, password: strongPassword },
    });
    expect(signUpRes.status).toBe(200);
    const owner = expectTypename(signUpRes.data.signUp, 'AuthPayload');
    expect(owner.agent).toMatchObject({ name: 'Olivia', email: ownerEmail.toLowerCase(), role: 'OWNER' });
    expect(owner.agent.workspace.name).toBe('Acme Shoes');
    expect(owner.agent.workspace.publicKey).toMatch(/^pk_/);
    expect(owner.agent.workspace.widgetSnippet).toContain(`data-workspace="${owner.agent.workspace.publicKey}"`);

    // Invite an agent: the link carries the secret once.
    const inviteeEmail = uniqueEmail('anna');
    const invite = await gql(url, INVITE, { input: { email: inviteeEmail, role: 'AGENT' } }, owner.token);
    const { token: inviteToken, url: inviteUrl } = expectTypename(invite.data.inviteAgent, 'InvitationPayload');
    expect(inviteUrl).toBe(`${server.url}/invite/${inviteToken}`);

    // The accept screen can preview the invitation without signing in.
    const preview = await gql(url, PREVIEW, { token: inviteToken });
    expect(preview.data.invitation).toEqual({
      __typename: 'InvitationPreview',
      email: inviteeEmail.toLowerCase(),
      role: 'AGENT',
      workspaceName: 'Acme Shoes',
    });

    // Pending invitations are listed for admins.
    const pending = await gql(url, PENDING, {}, owner.token);
    expect(pending.data.workspace.pendingInvitations.edges.map((e) => e.node.email)).toEqual([
      inviteeEmail.toLowerCase(),
    ]);

    const accepted = await gql(url, ACCEPT, { input: { token: inviteToken, name: 'Anna', password: strongPassword } });
    const anna = expectTypename(accepted.data.acceptInvitation, 'AuthPayload');
    expect(anna.agent).toMatchObject({ role: 'AGENT', email: inviteeEmail.toLowerCase() });
    expect(anna.agent.workspace.id).toBe(owner.agent.workspace.id);

    // Log in with the new password (email is case-insensitive).
    const login = await gql(url, LOG_IN, { input: { email: inviteeEmail.toUpperCase(), password: strongPassword } });
    const session = expectTypename(login.data.logIn, 'AuthPayload');
    const annaToken = session.token;
    expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const viewer = await gql(url, VIEWER, {}, annaToken);
    expect(viewer.status).toBe(200);
    expect(viewer.data.viewer).toMatchObject({
      name: 'Anna',
      role: 'AGENT',
      active: true,
      workspace: { id: owner.agent.workspace.id, name: 'Acme Shoes' },
    });

    // The same viewer over a real graphql-ws WebSocket, token in connectionParams.
    const ws = connectWs(server.wsUrl, { authorization: `Bearer ${annaToken}` });
    try {
      const overWs = await wsRequest(ws.client, VIEWER);
      expect(overWs.errors).toBeUndefined();
      expect(overWs.data).toEqual(viewer.data);
    } finally {
      await ws.dispose();
    }

    // Members list: both, oldest first; no pending invitations left.
    const members = await gql(url, MEMBERS, {}, owner.token);
    expect(members.data.workspace.agents.totalCount).toBe(2);
    expect(members.data.workspace.agents.edges.map((e) => e.node)).toEqual([
      { name: 'Olivia', role: 'OWNER', active: true },
      { name: 'Anna', role: 'AGENT', active: true },
    ]);
    expect(members.data.workspace.pendingInvitations.totalCount).toBe(0);
  });

  it('anonymous viewer is null over HTTP and WebSocket', async () => {
    const res = await gql(server.graphqlUrl, VIEWER);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { viewer: null } });
    const ws = connectWs(server.wsUrl);
    try {
      expect((await wsRequest(ws.client, VIEWER)).data).toEqual({ viewer: null });
    } finally {
      await ws.dispose();
    }
  });

  it('changes roles and deactivates members; a deactivated member is signed out everywhere', async () => {
    const url = server.graphqlUrl;
    const owner = await signUp(url, 'Roles Inc');
    const inviteeEmail = uniqueEmail('bob');
    const invite = await gql(url, INVITE, { input: { email: inviteeEmail, role: 'AGENT' } }, owner.token);
    const accepted = await gql(url, ACCEPT, {
      input: {
        token: expectTypename(invite.data.inviteAgent, 'InvitationPayload').token,
        name: 'Bob',
        password: strongPassword,
      },
    });
    const bob = expectTypename(accepted.data.acceptInvitation, 'AuthPayload');

    const promote = await gql(url, PROMOTE, { id: bob.agent.id }, owner.token);
    expect(promote.data.changeAgentRole).toEqual({ __typename: 'Agent', role: 'ADMIN' });

    // Bob, now an admin, can invite.
    const bobInvite = await gql(url, INVITE, { input: { email: uniqueEmail('carol'), role: 'AGENT' } }, bob.token);
    expectTypename(bobInvite.data.inviteAgent, 'InvitationPayload');

    const deactivate = await gql(url, DEACTIVATE, { id: bob.agent.id }, owner.token);
    expect(expectTypename(deactivate.data.deactivateAgent, 'Agent').active).toBe(false);

    const stale = await gql(url, VIEWER, {}, bob.token);
    expect(stale.status).toBe(401);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });

    const relogin = await gql(url, LOG_IN, { input: { email: inviteeEmail, password: strongPassword } });
    expect(relogin.data.logIn.__typename).toBe('InvalidCredentialsError');

    const reactivate = await gql(url, REACTIVATE, { id: bob.agent.id }, owner.token);
    expect(reactivate.data.reactivateAgent).toEqual({ __typename: 'Agent', active: true });
    expect(
      (await gql(url, LOG_IN, { input: { email: inviteeEmail, password: strongPassword } })).data.logIn.__typename,
    ).toBe('AuthPayload');
  });

  it('updates workspace settings (admin) and normalises origins', async () => {
    const owner = await signUp(server.graphqlUrl, 'Settings Co');
    const res = await gql(
      server.graphqlUrl,
      UPDATE_WORKSPACE,
      {
        input: {
          name: 'Settings Co.',
          responseTimeTargetSeconds: 120,
          allowedOrigins: ['https://shop.example.com/path', 'https://shop.example.com'],
        },
      },
      owner.token,
    );
    expect(res.data.updateWorkspace).toEqual({
      __typename: 'Workspace',
      name: 'Settings Co.',
      responseTimeTargetSeconds: 120,
      allowedOrigins: ['https://shop.example.com'],
    });
  });

  it('logs out: the token stops working over HTTP and WebSocket', async () => {
    const owner = await signUp(server.graphqlUrl, 'Logout Ltd');
    const out = await gql(server.graphqlUrl, LOG_OUT, {}, owner.token);
    expect(out.data.logOut).toEqual({ __typename: 'LogOutPayload', ok: true });
    const after = await gql(server.graphqlUrl, VIEWER, {}, owner.token);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVOKED' });
    const ws = connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` });
    expect(await ws.closed).toBe(4403);
    await ws.dispose();
  });
});
