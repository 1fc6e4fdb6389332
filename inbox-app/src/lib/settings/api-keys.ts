/**
 * The API keys screen: its GraphQL operations and the rows' vocabulary (expiry choices, whether a
 * key still works). The scopes' labels are in api-scopes.ts.
 */
import { graphql } from '../gql';
import type { SettingsApiKeyFieldsFragment } from '../gql/graphql';

// ── Documents ───────────────────────────────────────────────────────────────────────────────

export const ApiKeyFieldsFragment = graphql(`
  fragment SettingsApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    createdBy {
      id
      name
    }
    lastUsedAt
    expiresAt
    revokedAt
  }
`);

export const ApiKeysQuery = graphql(`
  query SettingsApiKeys {
    apiKeys {
      ...SettingsApiKeyFields
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload {
        secret
        apiKey {
          ...SettingsApiKeyFields
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
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation SettingsRevokeApiKey($apiKeyId: ID!) {
    revokeApiKey(apiKeyId: $apiKeyId) {
      __typename
      ... on ApiKey {
        ...SettingsApiKeyFields
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────

/** A key as the list shows it (the fields of `SettingsApiKeyFields`). */
export type ApiKeyRow = SettingsApiKeyFieldsFragment;

/** The expiry choices of the create form. */
export type ExpiryChoice = 'never' | '30' | '90' | 'date';

/**
 * The `expiresAt` to send: null (never), now + 30 / 90 days, or the end of the chosen local day
 * (a key "expiring on 31 March" works all of that day). Whether it is in the future is the API's
 * to say.
 */
export function expiryFor(choice: ExpiryChoice, date: string, now = Date.now()): string | null {
  if (choice === 'never') return null;
  if (choice === 'date') {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(y!, m! - 1, d!, 23, 59, 59, 999).toISOString();
  }
  return new Date(now + Number(choice) * 86_400_000).toISOString();
}

export function isExpired(key: Pick<ApiKeyRow, 'expiresAt'>, now = Date.now()): boolean {
  return !!key.expiresAt && new Date(key.expiresAt).getTime() <= now;
}
