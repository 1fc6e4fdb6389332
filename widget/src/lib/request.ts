import type { TypedDocumentString } from '../gql/graphql';

type VariablesArg<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/**
 * A GraphQL request over plain fetch: documents are generated as strings (codegen's
 * `documentMode: 'string'`), so the widget ships no GraphQL client or parser.
 */
export async function request<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  if (!response.ok || body.data == null) throw new Error(`Baton API answered ${response.status}`);
  return body.data;
}
