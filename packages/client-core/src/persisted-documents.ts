/**
 * Trusted documents on the client side: the widget and the inbox name each operation by the
 * SHA-256 codegen gave it (client preset `persistedDocuments`, on the generated document as
 * `__meta__.hash`) and never send its text; the server runs the text of its own copy of the
 * manifest (api/src/http/trusted-documents.ts). Over HTTP the request body is
 * `{ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }`; over graphql-ws
 * the subscribe payload is the same with `query: ""` (the protocol requires the field).
 */

/** The `extensions` that name a trusted document by its hash. */
export interface PersistedQueryExtensions {
  persistedQuery: { version: 1; sha256Hash: string };
}

/**
 * `extensions.persistedQuery` for a document generated with `persistedDocuments` (every
 * document in the widget's and the inbox's `gql/` folders). A document without a hash — not
 * generated so — gets an empty `sha256Hash`, which the server refuses as malformed.
 */
export function persistedQuery(document: object): PersistedQueryExtensions {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  return { persistedQuery: { version: 1, sha256Hash: hash ?? '' } };
}
