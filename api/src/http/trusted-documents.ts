/**
 * Trusted documents: the one home of the rule "who may run which GraphQL document".
 *
 * - Agents (signed-in sessions, and API keys, which are agent viewers) run any document.
 * - Visitor tokens run only the widget's documents.
 * - Callers without credentials run only first-party documents: the widget's and the inbox's
 *   (the inbox signs in, signs up and accepts invitations before it has a token).
 *
 * The documents are the manifests `pnpm codegen` writes next to each app's generated client
 * (client preset `persistedDocuments`, committed): `widget/src/gql/persisted-documents.json` and
 * `inbox-app/src/lib/gql/persisted-documents.json`, maps from the SHA-256 of an operation's
 * normalized text to that text, read once at start. `BATON_EXTRA_TRUSTED_DOCUMENTS` adds
 * manifests anyone may run — for tests and development only (the test servers trust the test
 * suite's `tests/gql/persisted-documents.json`); off by default.
 *
 * A request names its document either by hash — `extensions.persistedQuery` =
 * `{ version: 1, sha256Hash }` with no `query` (or `query: ""` over graphql-ws, whose subscribe
 * message requires the field), which is what the widget and the inbox send — or by text in
 * `query`. A text from a visitor or an anonymous caller is trusted only when its normalized form
 * hashes to a document that caller may run (the same normalization codegen hashes:
 * @graphql-tools/documents' `printExecutableGraphQLDocument`); anything else is refused before
 * Yoga parses, validates or executes it.
 *
 * Errors (typed, nothing executed):
 * - `PERSISTED_QUERY_ONLY` (HTTP 403): a text that is not one of the caller's trusted documents.
 * - `PERSISTED_QUERY_NOT_FOUND` (HTTP 400, message "PersistedQueryNotFound"): a hash that names
 *   no document this caller may run (for a visitor, an inbox hash is as unknown as a made-up one).
 * - `BAD_REQUEST` (HTTP 400): a malformed `persistedQuery` extension, or a hash and a text at once.
 *
 * Over HTTP the check is a Yoga `onParams` plugin (`useTrustedDocuments`); graphql-ws operations
 * call `resolve()` in their set-up (graphql-ws.ts). Both see the same viewer the resolvers get.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { GraphQLError, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import type { Config } from '../config.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The first-party manifests, relative to the repository root. */
export const firstPartyManifests = {
  widget: 'widget/src/gql/persisted-documents.json',
  inbox: 'inbox-app/src/lib/gql/persisted-documents.json',
} as const;

/** Beyond this many tokens a text is no trusted document (none comes close); it is not parsed further. */
const maxTrustedTokens = 5000;

const sha256Hash = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash: 64 lower-case hex digits');
const manifestSchema = z.record(sha256Hash, z.string().min(1));
const persistedQuerySchema = z.object({ version: z.literal(1), sha256Hash });

/** What a caller sent to name its document (GraphQL-over-HTTP params, or a graphql-ws subscribe payload). */
export interface DocumentParams {
  query?: string | null | undefined;
  extensions?: Record<string, unknown> | null | undefined;
}

/** A refused document: the code and message clients see, and the HTTP status. */
export class UntrustedDocumentError extends Error {
  constructor(
    readonly code: 'PERSISTED_QUERY_ONLY' | 'PERSISTED_QUERY_NOT_FOUND' | 'BAD_REQUEST',
    message: string,
    readonly status: 400 | 403,
  ) {
    super(message);
  }

  /** The GraphQL error a graphql-ws client gets (no HTTP status). */
  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code } });
  }
}

type Manifest = ReadonlyMap<string, string>;

function readManifest(path: string): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Trusted documents: cannot read the manifest ${path} (run \`pnpm codegen\`)`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Trusted documents: ${path} is not JSON`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Trusted documents: ${path} is not a { sha256: document } manifest: ${parsed.error.message}`);
  }
  return new Map(Object.entries(parsed.data));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Texts hashed lately, by the SHA-256 of the raw text (the same few documents come again and
 * again; parsing and printing each time would not be free): bounded, emptied when full.
 */
const recentHashes = new Map<string, string | null>();
const maxRecentHashes = 1000;

/** The SHA-256 codegen gives a document's text: of its normalized print, or null when it does not parse. */
export function documentHash(text: string): string | null {
  const key = sha256(text);
  const recent = recentHashes.get(key);
  if (recent !== undefined) return recent;
  if (recentHashes.size >= maxRecentHashes) recentHashes.clear();
  const hash = normalizedHash(text);
  recentHashes.set(key, hash);
  return hash;
}

function normalizedHash(text: string): string | null {
  let normalized: string;
  try {
    normalized = printExecutableGraphQLDocument(parse(text, { maxTokens: maxTrustedTokens, noLocation: true }));
  } catch {
    return null;
  }
  return sha256(normalized);
}

const persistedQueryOnly = (who: string, which: string) =>
  new UntrustedDocumentError(
    'PERSISTED_QUERY_ONLY',
    `${who} may run only ${which}: send its hash in extensions.persistedQuery. ` +
      'Other documents need an agent session or an API key.',
    403,
  );

const notFound = () => new UntrustedDocumentError('PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound', 400);

export class TrustedDocuments {
  readonly #widget: Manifest;
  readonly #inbox: Manifest;
  readonly #extra: Manifest;

  constructor(manifests: { widget: Manifest; inbox: Manifest; extra?: Manifest }) {
    this.#widget = manifests.widget;
    this.#inbox = manifests.inbox;
    this.#extra = manifests.extra ?? new Map();
  }

  /** The committed first-party manifests, plus the extra ones of `config.trustedDocuments`. */
  static load(config: Pick<Config, 'trustedDocuments'>): TrustedDocuments {
    const extra = new Map<string, string>();
    for (const path of config.trustedDocuments.extraManifests) {
      for (const [hash, text] of readManifest(path)) extra.set(hash, text);
    }
    return new TrustedDocuments({
      widget: readManifest(resolvePath(repoRoot, firstPartyManifests.widget)),
      inbox: readManifest(resolvePath(repoRoot, firstPartyManifests.inbox)),
      extra,
    });
  }

  /** The manifests `viewer` may run documents of; null: any document. */
  #manifestsFor(viewer: Viewer): readonly Manifest[] | null {
    switch (viewer.kind) {
      case 'agent':
        return null;
      case 'visitor':
        return [this.#widget, this.#extra];
      case 'anonymous':
        return [this.#widget, this.#inbox, this.#extra];
    }
  }

  /**
   * The text of the document `viewer` runs for these params: the trusted text a hash names, the
   * text sent when the caller may run it, or `undefined` when neither a hash nor a text was sent
   * (Yoga then answers its own "Must provide query string"). Throws UntrustedDocumentError.
   */
  resolve(viewer: Viewer, params: DocumentParams): string | undefined {
    const allowed = this.#manifestsFor(viewer);
    const query = params.query || undefined;
    const persisted = params.extensions?.['persistedQuery'];
    if (persisted !== undefined && persisted !== null) {
      const parsed = persistedQuerySchema.safeParse(persisted);
      if (!parsed.success) {
        throw new UntrustedDocumentError(
          'BAD_REQUEST',
          'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<64 hex digits>" }.',
          400,
        );
      }
      if (query !== undefined) {
        throw new UntrustedDocumentError(
          'BAD_REQUEST',
          'Send a document either as text (query) or as its hash (extensions.persistedQuery), not both.',
          400,
        );
      }
      const { sha256Hash: hash } = parsed.data;
      for (const manifest of allowed ?? [this.#widget, this.#inbox, this.#extra]) {
        const text = manifest.get(hash);
        if (text !== undefined) return text;
      }
      throw notFound();
    }
    if (query === undefined || allowed === null) return query;
    const hash = documentHash(query);
    if (hash !== null && allowed.some((manifest) => manifest.has(hash))) return query;
    throw viewer.kind === 'visitor'
      ? persistedQueryOnly('A visitor token', "the widget's documents")
      : persistedQueryOnly('A request without credentials', "the widget's and the inbox's documents");
  }
}

const loaded = new WeakMap<Pick<Config, 'trustedDocuments'>, TrustedDocuments>();

/** The trusted documents of a server's configuration, read once (HTTP and graphql-ws share them). */
export function trustedDocuments(config: Pick<Config, 'trustedDocuments'>): TrustedDocuments {
  let documents = loaded.get(config);
  if (!documents) loaded.set(config, (documents = TrustedDocuments.load(config)));
  return documents;
}

/**
 * The HTTP side: before Yoga parses anything, a request's document is resolved for its viewer —
 * a hash replaced by its trusted text, an untrusted text refused (`viewerOf` gives the viewer
 * from Yoga's server context, as the GraphQL context does).
 */
export function useTrustedDocuments<TServerContext extends object>(
  documents: TrustedDocuments,
  viewerOf: (serverContext: TServerContext) => Viewer,
): Plugin<object, TServerContext> {
  return {
    onParams({ params, setParams, context }) {
      let query: string | undefined;
      try {
        query = documents.resolve(viewerOf(context), params);
      } catch (error) {
        if (!(error instanceof UntrustedDocumentError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: error.code, http: { status: error.status } },
        });
      }
      if (query !== params.query) setParams({ ...params, query });
    },
  };
}
