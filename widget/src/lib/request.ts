import { persistedQuery } from '@baton/client-core/persisted-documents';
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
 * A GraphQL request over plain fetch. The widget's documents are trusted documents generated as
 * their hash only (codegen's `persistedDocuments`, `replaceDocumentWithHash`): the request names
 * the document by hash (`extensions.persistedQuery`) and carries no query text, and the widget
 * ships no GraphQL client, parser or document text.
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
      body: JSON.stringify({ variables, extensions: persistedQuery(document) }),
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
