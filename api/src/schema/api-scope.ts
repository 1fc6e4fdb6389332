/** The `ApiScope` enum: the scopes of api-keys/scopes.ts (`CONVERSATIONS_READ` ↔ `conversations:read`). */
import { apiScopes, scopeEnumName, type ApiScope } from '../domain/api-keys/scopes.js';
import { builder } from './builder.js';

const descriptions: Record<ApiScope, string> = {
  'conversations:read': 'Read conversations, their messages and visitors, the team, and subscribe to their events.',
  'conversations:write': 'Take over, release, hand back, resolve and reassign conversations; end visitor sessions.',
  'messages:write': 'Reply to conversations and show typing.',
  'actions:manage': 'Read and manage custom actions.',
  'knowledge:manage': 'Read and manage the knowledge base, assistant settings, handoff topics and content gaps.',
  'usage:read': 'Read AI usage and the spend cap.',
  'webhooks:manage': 'Manage webhook endpoints and read their deliveries.',
};

export const ApiScopeEnum = builder.enumType('ApiScope', {
  description: 'What an API key may do; each field of the API names the scope it needs (README "API keys").',
  values: Object.fromEntries(
    apiScopes.map((scope) => [
      scopeEnumName(scope),
      { value: scope, description: `\`${scope}\`: ${descriptions[scope]}` },
    ]),
  ) as Record<string, { value: ApiScope; description: string }>,
});
