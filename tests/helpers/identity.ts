/** Visitor identity fixtures: identifyVisitor, the identity secret, what agents see of a visitor. */
import { createHmac } from 'node:crypto';
import { graphql } from '../gql/index.js';
import type { IdentifyVisitorInput } from '../gql/graphql.js';
import { expectPresent, expectTypename, gql } from './graphql.js';

export const IDENTIFY_VISITOR = graphql(`
  mutation IdentityIdentify($input: IdentifyVisitorInput!) {
    identifyVisitor(input: $input) {
      __typename
      ... on IdentifyVisitorPayload {
        name
        email
        identityVerified
        visitorToken
      }
      ... on IdentityVerificationError {
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

export const ROTATE_IDENTITY_SECRET = graphql(`
  mutation IdentityRotateSecret {
    rotateIdentitySecret {
      __typename
      ... on Workspace {
        identitySecret
        identityVerificationRequired
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const REQUIRE_IDENTITY = graphql(`
  mutation IdentityRequire($required: Boolean!) {
    updateWorkspace(input: { identityVerificationRequired: $required }) {
      __typename
      ... on Workspace {
        identityVerificationRequired
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

export const CONVERSATION_VISITOR = graphql(`
  query IdentityConversationVisitor($id: ID!) {
    conversation(id: $id) {
      id
      visitor {
        id
        name
        email
        externalId
        identityVerified
        externalIdVerified
        emailVerified
        attributes {
          key
          value
        }
      }
    }
  }
`);

/** What the company's server computes: hex HMAC-SHA256(secret, externalId — or the email when there is none). */
export const sign = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('hex');

export function identify(graphqlUrl: string, visitorToken: string, input: IdentifyVisitorInput) {
  return gql(graphqlUrl, IDENTIFY_VISITOR, { input }, visitorToken);
}

/** Generates (or rotates) the workspace's identity secret as an admin; returns it. */
export async function rotateSecret(graphqlUrl: string, adminToken: string): Promise<string> {
  const res = await gql(graphqlUrl, ROTATE_IDENTITY_SECRET, {}, adminToken);
  return expectPresent(expectTypename(res.data.rotateIdentitySecret, 'Workspace').identitySecret, 'the secret');
}

/** The visitor of a conversation, as an agent sees it. */
export async function visitorOf(graphqlUrl: string, agentToken: string, conversationId: string) {
  const res = await gql(graphqlUrl, CONVERSATION_VISITOR, { id: conversationId }, agentToken);
  return expectPresent(res.data.conversation, 'the conversation').visitor;
}
