import type { TypedDocumentString } from '../gql/graphql';

/** A failed request: `status` 0 means the network failed (no answer at all). */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The server's Retry-After, when it said when to try again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  /** Worth retrying as is: no answer, overloaded or failing server. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

/**
 * A GraphQL request over plain fetch: documents are generated as strings (codegen's
 * `documentMode: 'string'`), so the widget ships no GraphQL client or parser.
 */
export async function request<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string | null,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: String(document), variables }),
    });
  } catch {
    throw new RequestError('Cannot reach the chat server', 0);
  }
  let body: { data?: TResult | null; errors?: { message: string }[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's error page): reported by status below.
  }
  if (!response.ok || body.data == null) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new RequestError(
      body.errors?.[0]?.message ?? `The chat server answered ${response.status}`,
      response.status || 500,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return body.data;
}
