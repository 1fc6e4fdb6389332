/**
 * What goes wrong talking to Baton, as one error type: `BatonError` with a `code` to branch on.
 *
 * - GraphQL errors (`kind: 'graphql'`): the first error's `extensions.code` (e.g.
 *   `UNAUTHENTICATED`, `FORBIDDEN`, `GRAPHQL_VALIDATION_FAILED`) and its `path`; all of them in
 *   `errors`.
 * - Error results (`kind: 'result'`): mutations answer a union of the payload and error types
 *   implementing `Error`; `unwrap(value, typename)` throws the error members with their `code`,
 *   `__typename` (`typename`) and the whole member (`result`, e.g. ConversationTakenError's
 *   `agentName`).
 * - HTTP answers without a GraphQL body (`kind: 'http'`, code `HTTP_<status>`), the network
 *   (`kind: 'network'`, code `NETWORK`), and the socket refusing the key (`kind: 'socket'`).
 */

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export type BatonErrorKind = 'graphql' | 'result' | 'http' | 'network' | 'socket';

/** An error member of a result union, as the SDK's documents select it (`... on Error`). */
export interface ErrorResult {
  __typename: string;
  code?: string;
  message?: string;
}

export interface BatonErrorInit {
  kind: BatonErrorKind;
  code: string;
  message: string;
  path?: ReadonlyArray<string | number>;
  errors?: readonly GraphQLErrorShape[];
  status?: number;
  typename?: string;
  result?: ErrorResult;
  cause?: unknown;
}

export class BatonError extends Error {
  override readonly name = 'BatonError';
  readonly kind: BatonErrorKind;
  readonly code: string;
  /** Where in the result the (first) GraphQL error happened. */
  readonly path: ReadonlyArray<string | number> | undefined;
  /** Every GraphQL error of the response (empty for other kinds). */
  readonly errors: readonly GraphQLErrorShape[];
  /** The HTTP status, for requests over HTTP. */
  readonly status: number | undefined;
  /** The error member's type, for `kind: 'result'` (e.g. `ConversationTakenError`). */
  readonly typename: string | undefined;
  /** The error member itself, for `kind: 'result'`. */
  readonly result: ErrorResult | undefined;

  constructor(init: BatonErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.code = init.code;
    this.path = init.path;
    this.errors = init.errors ?? [];
    this.status = init.status;
    this.typename = init.typename;
    this.result = init.result;
  }

  /** From a response's `errors` (at least one). */
  static fromGraphQLErrors(errors: readonly GraphQLErrorShape[], status?: number): BatonError {
    const first = errors[0];
    const code = first?.extensions?.code;
    return new BatonError({
      kind: 'graphql',
      code: typeof code === 'string' ? code : 'GRAPHQL_ERROR',
      message: errors.map((e) => e.message).join('; ') || 'GraphQL error',
      path: first?.path,
      errors,
      status,
    });
  }
}

/**
 * The member `typename` of a result union, narrowed; any other member is thrown as a
 * `BatonError` of kind `result` (its `code` and `message` when the document selects them on
 * `Error`, else its type name). The document must select `__typename`.
 */
export function unwrap<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value?.__typename === typename) return value as Extract<T, { __typename?: N }>;
  if (!value) throw new BatonError({ kind: 'result', code: 'NO_RESULT', message: `Expected ${typename}, got nothing` });
  const member = value as ErrorResult;
  throw new BatonError({
    kind: 'result',
    code: typeof member.code === 'string' ? member.code : (member.__typename ?? 'UNEXPECTED_RESULT'),
    message: typeof member.message === 'string' ? member.message : `Expected ${typename}, got ${member.__typename}`,
    typename: member.__typename,
    result: member,
  });
}

/** Whether a union member is an error type (the document selected `code` on `Error`). */
export function isErrorResult(value: unknown): value is ErrorResult & { code: string } {
  return typeof value === 'object' && value !== null && typeof (value as ErrorResult).code === 'string';
}
