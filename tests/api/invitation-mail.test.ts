/**
 * Invitations e-mailed through a real local SMTP server (smtp-server, parsed with mailparser):
 * the invitee gets the link and can join with it; a server that refuses the recipient or never
 * answers leaves the invitation created with the failure recorded, and a resend after the
 * server recovers delivers it. Without SMTP nothing is sent and the link stays copyable from
 * the pending list at any time. Admins only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../api/src/config.js';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from '../helpers/graphql.js';
import { startTestServer } from '../helpers/server.js';
import { startSilentServer, startSmtpReceiver, type SmtpReceiver } from '../helpers/smtp-receiver.js';
import { ACCEPT, addMember, signUp, strongPassword, uniqueEmail, type SignedIn } from '../helpers/team.js';

const INVITE_MAIL = graphql(`
  mutation InviteMail($input: InviteAgentInput!) {
    inviteAgent(input: $input) {
      __typename
      ... on InvitationPayload {
        token
        url
        invitation {
          id
          email
          url
          emailStatus
          emailError
          emailedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const RESEND = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(invitationId: $id) {
      __typename
      ... on Invitation {
        id
        emailStatus
        emailError
        emailedAt
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
const PENDING = graphql(`
  query PendingInvitationLinks {
    workspace {
      pendingInvitations(first: 50) {
        edges {
          node {
            id
            email
            url
            emailStatus
            emailError
          }
        }
      }
    }
  }
`);

async function invite(server: BatonServer, owner: SignedIn, email = uniqueEmail('invitee')) {
  const res = await gql(server.graphqlUrl, INVITE_MAIL, { input: { email, role: 'AGENT' } }, owner.token);
  return expectTypename(res.data.inviteAgent, 'InvitationPayload');
}

async function pending(server: BatonServer, token: string) {
  const res = await gql(server.graphqlUrl, PENDING, {}, token);
  return res.data.workspace.pendingInvitations.edges.map((e) => e.node);
}

describe('with an SMTP server', () => {
  let smtp: SmtpReceiver;
  let server: BatonServer;
  let owner: SignedIn;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    server = await startTestServer({ SMTP_URL: smtp.url, SMTP_FROM: 'Acme Support <support@acme.test>' });
    owner = await signUp(server.graphqlUrl, 'Acme Mail');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('e-mails the link; the invitee joins with it', async () => {
    const email = uniqueEmail('mailed');
    const payload = await invite(server, owner, email);
    expect(payload.invitation).toMatchObject({ emailStatus: 'SENT', emailError: null, url: payload.url });
    expect(payload.invitation.emailedAt).not.toBeNull();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual([email]);
    expect(mail!.from).toBe('"Acme Support" <support@acme.test>');
    expect(mail!.subject).toBe('Olivia Owner invited you to join Acme Mail on Baton');
    expect(mail!.text).toContain(payload.url);
    expect(mail!.html).toContain(`href="${payload.url}"`);
    // The link in the mail is the one that works.
    const token = /\/invite\/([\w-]+)/.exec(mail!.text)![1]!;
    const joined = await gql(server.graphqlUrl, ACCEPT, {
      input: { token, name: 'Mia Mailed', password: strongPassword },
    });
    expect(expectTypename(joined.data.acceptInvitation, 'AuthPayload').agent.email).toBe(email);
  });

  it('a refused recipient leaves the invitation created with the failure shown; a resend delivers it', async () => {
    smtp.mode = 'refuse';
    const before = smtp.mails.length;
    const payload = await invite(server, owner);
    expect(payload.invitation.emailStatus).toBe('FAILED');
    expect(payload.invitation.emailError).toMatch(/^The mail server refused the message \(550/);
    expect(payload.invitation.emailError).not.toContain('127.0.0.1');
    const listed = (await pending(server, owner.token)).find((i) => i.id === payload.invitation.id);
    expect(listed).toMatchObject({ emailStatus: 'FAILED', url: payload.url });

    smtp.mode = 'accept';
    const resent = await gql(server.graphqlUrl, RESEND, { id: payload.invitation.id }, owner.token);
    expect(expectTypename(resent.data.resendInvitation, 'Invitation')).toMatchObject({
      emailStatus: 'SENT',
      emailError: null,
    });
    const mails = await smtp.waitFor(before + 1);
    expect(mails.at(-1)!.to).toEqual([payload.invitation.email]);
    expect(mails.at(-1)!.text).toContain(payload.url);
  });

  it('refuses to resend an accepted, revoked or unknown invitation, and agents may not resend', async () => {
    const member = await addMember(server.graphqlUrl, owner, 'AGENT', 'Ada Agent');
    const open = await invite(server, owner);
    const denied = await gql(server.graphqlUrl, RESEND, { id: open.invitation.id }, member.token);
    expect(expectTypename(denied.data.resendInvitation, 'ForbiddenError').code).toBe('FORBIDDEN');
    const accepted = await invite(server, owner);
    await gql(server.graphqlUrl, ACCEPT, { input: { token: accepted.token, name: 'Joe', password: strongPassword } });
    const again = await gql(server.graphqlUrl, RESEND, { id: accepted.invitation.id }, owner.token);
    expect(expectTypename(again.data.resendInvitation, 'InvitationInvalidError').message).toMatch(/already/i);
    const other = await signUp(server.graphqlUrl, 'Other Co');
    const foreign = await gql(server.graphqlUrl, RESEND, { id: open.invitation.id }, other.token);
    expect(expectTypename(foreign.data.resendInvitation, 'NotFoundError').code).toBe('NOT_FOUND');
  });
});

describe('with an SMTP server that never answers', () => {
  it('times out, records the failure and keeps the invitation', async () => {
    const silent = await startSilentServer();
    const server = await startTestServer({ SMTP_URL: silent.url, BATON_SMTP_TIMEOUT_MS: '300' });
    try {
      const owner = await signUp(server.graphqlUrl, 'Slow Mail');
      const payload = await invite(server, owner);
      expect(payload.invitation).toMatchObject({
        emailStatus: 'FAILED',
        emailError: 'The mail server did not answer in time.',
      });
      expect((await pending(server, owner.token)).map((i) => i.id)).toContain(payload.invitation.id);
    } finally {
      await server.close();
      await silent.close();
    }
  });
});

describe('without SMTP', () => {
  let server: BatonServer;
  let owner: SignedIn;
  beforeAll(async () => {
    server = await startTestServer();
    owner = await signUp(server.graphqlUrl, 'No Mail');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends nothing, and the link stays copyable from the pending list at any time', async () => {
    const payload = await invite(server, owner);
    expect(payload.invitation).toMatchObject({ emailStatus: 'NOT_CONFIGURED', emailedAt: null, url: payload.url });
    const listed = (await pending(server, owner.token)).find((i) => i.id === payload.invitation.id)!;
    expect(listed.url).toBe(payload.url);
    // The copied link works.
    const token = listed.url!.split('/invite/')[1]!;
    const joined = await gql(server.graphqlUrl, ACCEPT, {
      input: { token, name: 'Cody Copied', password: strongPassword },
    });
    expectTypename(joined.data.acceptInvitation, 'AuthPayload');
    const resend = await gql(
      server.graphqlUrl,
      RESEND,
      { id: (await invite(server, owner)).invitation.id },
      owner.token,
    );
    expect(expectTypename(resend.data.resendInvitation, 'InvalidOperationError').message).toMatch(/No mail server/);
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(() => parseConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL must look like smtp:\/\//);
  });
});
