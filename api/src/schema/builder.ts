import SchemaBuilder from '@pothos/core';
import { DateTimeResolver } from 'graphql-scalars';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from '../context.js';
import { ServiceUnavailableError } from '../domain/errors.js';
import type PrismaTypes from '../generated/prisma/pothos-types.js';
import { getDatamodel } from '../generated/prisma/pothos-types.js';
import { zodToValidationError } from '../domain/validation.js';
import { isAdmin } from '../domain/team/roles.js';
import type { ApiScope } from '../domain/api-keys/scopes.js';
import { deniedError, keyAllows } from '../auth/api-key-scopes.js';
import { defaultPageSize, maxPageSize } from './pagination.js';
import { complexityDefaults } from './query-cost.js';
import './plumbing-descriptions.js';

/**
 * Who may use a field. Team members are checked through `member` / `manager`, parameterised by
 * the API scope the field needs: a password session holds every scope, an API key only the
 * ones it was created with (and never more than its creator's current role). `session` /
 * `adminSession` are for what keys must never do (their own management, log-out, the team,
 * workspace security settings).
 */
export interface AuthScopes {
  /** A signed-in team member; for an API key, it must hold the scope (`any`: any key of the workspace). */
  member: ApiScope | 'any';
  /** OWNER or ADMIN; for an API key (of an owner/admin), the scope too. */
  manager: ApiScope;
  /** A team member signed in with a password session (never an API key). */
  session: boolean;
  /** OWNER or ADMIN signed in with a password session (never an API key). */
  adminSession: boolean;
  /** A website visitor holding a visitor token. */
  visitor: boolean;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  defaultFieldNullability: false,
  // Errors must wrap scope-auth so that authorization failures become typed union members.
  // queryCost (query-cost.ts) after complexity: it sets the cost of connections and their edges.
  // plumbingDescriptions last: it describes what the other plugins generate.
  plugins: [
    ErrorsPlugin,
    ScopeAuthPlugin,
    PrismaPlugin,
    RelayPlugin,
    ValidationPlugin,
    ComplexityPlugin,
    'queryCost',
    'plumbingDescriptions',
  ],
  // Field costs only: the limit is checked before execution, with the request's variables
  // (http/query-limits.ts), so the plugin's own check at resolve time stays off.
  complexity: complexityDefaults,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    // Larger pages are refused before execution (pagination.ts); this is only the backstop.
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: defaultPageSize,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Descriptions of the generated Relay plumbing (docs/api.md, "Pagination").
    idFieldOptions: {
      description:
        'Opaque global id (Relay): unique across types, stable, accepted by `node(id:)` and by every argument that takes this object.',
    },
    nodeTypeOptions: {
      description: 'An object with a global id, fetchable with `node(id:)`.',
    },
    pageInfoTypeOptions: {
      description:
        'Where a page of a connection sits; page on with `after: endCursor` (or back with `before: startCursor`).',
    },
    hasNextPageFieldOptions: {
      description:
        'Whether more items follow: exact when paging forward (`first`); when paging backward, true exactly when `before` was given.',
    },
    hasPreviousPageFieldOptions: {
      description:
        'Whether items precede: exact when paging backward (`last`); when paging forward, true exactly when `after` was given.',
    },
    startCursorFieldOptions: { description: "The first edge's cursor; null when the page is empty." },
    endCursorFieldOptions: { description: "The last edge's cursor; null when the page is empty." },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in order, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: {
      description: 'Opaque position of this item: pass it as `after` (or `before`) to page from here.',
    },
    firstArgOptions: {
      description: `Page forward: at most this many items after \`after\` (0–${maxPageSize}; default ${defaultPageSize}).`,
    },
    afterArgOptions: { description: 'Start after the item with this cursor (an `endCursor` or edge `cursor`).' },
    lastArgOptions: {
      description: `Page backward: at most this many items before \`before\` (0–${maxPageSize}).`,
    },
    beforeArgOptions: { description: 'End before the item with this cursor (a `startCursor` or edge `cursor`).' },
    // A node that does not exist, or lives in another workspace (lookups are scoped to the
    // viewer's workspace), is simply null: no error, nothing that tells the two apart.
    nodeQueryOptions: {
      description:
        "Any object by its global id, or null when it does not exist or the caller may not see it (another workspace's ids are null too).",
      args: { id: { description: 'A global id, as returned by any `id` field.' } },
      resolve: (_root, { id }, _ctx, _info, resolveNode) => Promise.resolve(resolveNode(id)).catch(nullIfMissing),
    },
    nodesQueryOptions: false,
  },
  scopeAuth: {
    authScopes: (ctx) => {
      const { viewer } = ctx;
      const agent = viewer.kind === 'agent' ? viewer : null;
      return {
        member: (scope) => agent !== null && keyAllows(agent, scope),
        manager: (scope) => agent !== null && isAdmin(agent.role) && keyAllows(agent, scope),
        session: agent !== null && agent.apiKey === null,
        adminSession: agent !== null && agent.apiKey === null && isAdmin(agent.role),
        visitor: viewer.kind === 'visitor',
      };
    },
    unauthorizedError: (_parent, ctx, _info, result) => deniedError(ctx.viewer, result),
  },
  errors: {
    directResult: true,
    // A transient database fault (db/database-faults.ts) is a member of every result union.
    defaultTypes: [ServiceUnavailableError],
    // Lets argument validation failures (plugin-validation) surface as the typed ValidationError.
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (failure) => zodToValidationError(failure.issues, ''),
  },
});

function nullIfMissing(error: unknown): null {
  if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2025') return null;
  throw error;
}

builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({
  description: 'Reads. Over HTTP (`POST /graphql`); see docs/api.md for authentication, scopes and limits.',
});
builder.mutationType({
  description:
    'Writes. Expected failures are typed members of each result union (`... on Error`), not top-level errors.',
});
builder.subscriptionType({
  description: 'Live events over WebSocket (graphql-ws, `/graphql`); see docs/api.md, "Subscriptions".',
});
