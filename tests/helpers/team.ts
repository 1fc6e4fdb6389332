/** Team fixtures driven through the public API, as a client would. */
import { graphql } from '../gql/index.js';
import { expectTypename, gql } from './graphql.js';

export const strongPassword = 'correct horse battery staple';

export interface SignedIn {
  token: string;
  agentId: string;
  workspaceId: string;
  email: string;
}

let seq = 0;
export function uniqueEmail(prefix = 'agent'): string {
  seq += 1;
  return `${prefix}.${process.pid}.${Date.now()}.${seq}@example.com`;
}

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on AuthPayload {
        token
        agent {
          id
          role
          workspace {
            id
          }
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const INVITE = graphql(`
  mutation Invite($input: InviteAgentInput!) {
    inviteAgent(input: $input) {
      __typename
      ... on InvitationPayload {
        token
        url
        invitation {
          id
          email
          role
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const ACCEPT = graphql(`
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on AuthPayload {
        token
        agent {
          id
          role
          email
          workspace {
            id
          }
        }
      }
      ... on InvitationInvalidError {
        reason
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export async function signUp(graphqlUrl: string, workspaceName = 'Acme'): Promise<SignedIn> {
  const email = uniqueEmail('owner');
  const res = await gql(graphqlUrl, SIGN_UP, {
    input: { workspaceName, name: 'Olivia Owner', email, password: strongPassword },
  });
  const payload = expectTypename(res.data.signUp, 'AuthPayload');
  return { token: payload.token, agentId: payload.agent.id, workspaceId: payload.agent.workspace.id, email };
}

/** Invites and accepts a member with the given role; returns their session. */
export async function addMember(
  graphqlUrl: string,
  admin: SignedIn,
  role: 'ADMIN' | 'AGENT' = 'AGENT',
  name = 'Anna Agent',
): Promise<SignedIn> {
  const email = uniqueEmail(role.toLowerCase());
  const invite = await gql(graphqlUrl, INVITE, { input: { email, role } }, admin.token);
  const { token } = expectTypename(invite.data.inviteAgent, 'InvitationPayload');
  const accepted = await gql(graphqlUrl, ACCEPT, { input: { token, name, password: strongPassword } });
  const payload = expectTypename(accepted.data.acceptInvitation, 'AuthPayload');
  return { token: payload.token, agentId: payload.agent.id, workspaceId: payload.agent.workspace.id, email };
}
