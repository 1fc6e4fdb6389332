/**
 * How an API key's scopes meet the schema's auth scopes (schema/builder.ts): a password session
 * holds every scope, a key the ones it was created with. A denied field names the scope the key
 * lacks (ForbiddenError `missingScope`, `extensions.missingScope` over HTTP) and nothing else.
 */
import { AuthScopeFailureType, type AuthFailure, type ForbiddenResult } from '@pothos/plugin-scope-auth';
import { isApiScope, type ApiScope } from '../domain/api-keys/scopes.js';
import { AuthenticationError, ForbiddenError } from '../domain/errors.js';
import type { AgentViewer, Viewer } from './viewer.js';

/** Whether the agent's credentials allow a field needing `scope` (`any`: no particular scope). */
export function keyAllows(agent: AgentViewer, scope: ApiScope | 'any'): boolean {
  return agent.apiKey === null || scope === 'any' || agent.apiKey.scopes.includes(scope);
}

const sessionOnly = new Set(['session', 'adminSession']);

/** The error of a denied field: sign in (anonymous), the missing scope (API key), or FORBIDDEN. */
export function deniedError(viewer: Viewer, result: ForbiddenResult): Error {
  if (viewer.kind === 'anonymous') return new AuthenticationError();
  if (viewer.kind === 'agent' && viewer.apiKey !== null) {
    const { scopes } = viewer.apiKey;
    const failures = flatten(result.failure);
    const missing = failures.find(
      (f) =>
        (f.scope === 'member' || f.scope === 'manager') && isApiScope(f.parameter) && !scopes.includes(f.parameter),
    );
    if (missing && isApiScope(missing.parameter)) {
      return new ForbiddenError(`This API key does not have the ${missing.parameter} scope.`, missing.parameter);
    }
    if (failures.some((f) => sessionOnly.has(f.scope))) {
      return new ForbiddenError('API keys cannot do this: it needs a signed-in session.');
    }
  }
  return new ForbiddenError(result.message);
}

interface ScopeFailure {
  scope: string;
  parameter: unknown;
}

function flatten(failure: AuthFailure): ScopeFailure[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return [{ scope: failure.scope, parameter: failure.parameter }];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(flatten);
    default:
      return [];
  }
}
