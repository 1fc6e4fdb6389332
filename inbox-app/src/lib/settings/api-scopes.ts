/**
 * The API keys screen's scopes as people read them. No relative import but a type-only one with
 * its `.js` extension, so the repo test (tests/repo/inbox-api-scopes.test.ts, under Node's module
 * resolution) can load this file and compare it with schema.graphql.
 */
import type { ApiScope } from '../gql/graphql.js';

/**
 * Each scope as the screen shows it: the name the API's errors use (`missingScope`) and what it
 * allows, as schema.graphql describes the `ApiScope` values (the repo test keeps them equal).
 * Keyed by the generated `ApiScope` type, so a scope added to the API fails the inbox's
 * typecheck until it is described here; the order is the order of the checkboxes.
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
