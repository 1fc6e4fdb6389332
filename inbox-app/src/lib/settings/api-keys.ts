/**
 * The API keys screen: its GraphQL operations, the scopes as people read them, and the rows'
 * vocabulary (expiry choices, whether a key still works).
 */
import { graphql } from '../gql';
import type { ApiScope, SettingsApiKeyFieldsFragment } from '../gql/graphql';

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

/**
 * Each scope as the screen shows it: the name the API's errors use (`missingScope`) and what it
 * allows, as schema.graphql describes the `ApiScope` values. Keyed by the generated `ApiScope`
 * type, so a scope added to the API fails the inbox's typecheck until it is described here; the
 * order is the order of the checkboxes.
 */
export const scopeInfo: Record<ApiScope, { name: string; description: string }> = {
  CONVERSATIONS_READ: {
    name: 'conversations:read',
    description: 'Read conversations, their messages and visitors, the team, and subscribe to their events.',
  },
  CONVERSATIONS_WRITE: {
    name: 'conversations:write',
    description: 'Take over, release, hand back, resolve and reassign conversations; end visitor sessions.',
  },
  MESSAGES_WRITE: { name: 'messages:write', description: 'Reply to conversations and show typing.' },
  ACTIONS_MANAGE: { name: 'actions:manage', description: 'Read and manage custom actions.' },
  KNOWLEDGE_MANAGE: {
    name: 'knowledge:manage',
    description: 'Read and manage the knowledge base, assistant settings, handoff topics and content gaps.',
  },
  USAGE_READ: { name: 'usage:read', description: 'Read AI usage and the spend cap.' },
  WEBHOOKS_MANAGE: { name: 'webhooks:manage', description: 'Manage webhook endpoints and read their deliveries.' },
};

export const scopeOrder = Object.keys(scopeInfo) as ApiScope[];

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
