/** API key fixtures driven through the public API (an owner's session creates and revokes keys). */
import { graphql } from '../gql/index.js';
import type { ApiScope } from '../gql/graphql.js';
import { expectTypename, gql } from './graphql.js';
import type { SignedIn } from './team.js';

export const CREATE_KEY = graphql(`
  mutation ApiKeysCreate($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload {
        secret
        apiKey {
          id
          name
          prefix
          scopes
          expiresAt
          lastUsedAt
          revokedAt
          createdBy {
            id
          }
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on ForbiddenError {
        missingScope
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const REVOKE_KEY = graphql(`
  mutation ApiKeysRevoke($id: ID!) {
    revokeApiKey(apiKeyId: $id) {
      __typename
      ... on ApiKey {
        id
        revokedAt
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export async function createKey(
  graphqlUrl: string,
  admin: SignedIn,
  scopes: ApiScope[],
  extra: { name?: string; expiresAt?: string } = {},
): Promise<{ id: string; secret: string }> {
  const res = await gql(
    graphqlUrl,
    CREATE_KEY,
    { input: { name: extra.name ?? 'CRM sync', scopes, ...extra } },
    admin.token,
  );
  const created = expectTypename(res.data.createApiKey, 'CreateApiKeyPayload');
  return { id: created.apiKey.id, secret: created.secret };
}
