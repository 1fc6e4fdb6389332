import { cpSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

/**
 * Two outputs, built by one `vite build`:
 *
 * - `dist/widget.js` — the launcher, a classic IIFE script (so `document.currentScript` works)
 *   that host pages load with `<script src="https://baton.example/widget.js" data-workspace="…" async>`.
 *   Plain TypeScript, no framework: it stays a few KB.
 * - `dist/widget/chat-<hash>.js` — the chat UI (Svelte), loaded on first open from the URL of
 *   the launcher's own script (`new URL('widget/chat-<hash>.js', script.src)`), so from Baton's
 *   origin, not the host page's. Also an IIFE, added as a classic <script>: a cross-origin
 *   `import()` of an ES module would need CORS headers on the static files. It registers
 *   `window.BatonChat = { mountChat }`. Built first, by the plugin below, which hands its file
 *   name to the launcher as `__BATON_CHAT__`.
 *
 * Component styles are injected by the components into the widget's shadow root. `demo/` is
 * copied to `dist/widget/demo/` (served at `/widget/demo/…`).
 */
const root = import.meta.dirname;
const outDir = resolve(root, 'dist');

const shared = {
  // Library builds keep `process.env.NODE_ENV`; the widget runs in pages without `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false as const,
  logLevel: 'warn' as const,
};

/**
 * GraphQL text without the whitespace the language ignores: runs become one space, and none is
 * kept next to punctuation (`{ } ( ) : ! , = [ ] | & @ ...`). The widget's documents have no
 * string literals, whose spaces would matter.
 */
function compactGraphQL(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{}():!,=[\]|&@]|\.\.\.) ?/g, '$1')
    .trim();
}

/**
 * Codegen's output, made bundle-friendly without touching the generated file. The operations
 * are generated as their hash only (`{ __meta__: { hash } }`, trusted documents); what is left
 * as text are the fragments (`new TypedDocumentString(`…`, meta?)`), which the code never
 * sends: each becomes a plain (compacted) string literal, so an unused one is dropped with no
 * TypedDocumentString class in the bundle.
 */
function compactDocuments(): Plugin {
  return {
    name: 'baton-compact-documents',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/gql/graphql.ts')) return null;
      return code.replace(
        /new TypedDocumentString\(`([^`]*)`(?:\s*,\s*\{[^}]*\})?\s*\)/g,
        (_, text: string) => `\`${compactGraphQL(text)}\``,
      );
    },
  };
}

const chatBuild: InlineConfig = {
  ...shared,
  configFile: false,
  root,
  plugins: [compactDocuments(), svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    // BATON_SOURCEMAP=1: a source map next to the chat chunk, to see what its weight is made of.
    sourcemap: process.env['BATON_SOURCEMAP'] === '1',
    modulePreload: false,
    rolldownOptions: {
      input: resolve(root, 'src/chat/index.ts'),
      output: { format: 'iife', entryFileNames: 'widget/chat-[hash].js' },
    },
  },
};

function chatChunk(): Plugin {
  return {
    name: 'baton-chat-chunk',
    apply: 'build',
    async config() {
      await build(chatBuild);
      const file = readdirSync(resolve(outDir, 'widget')).find((f) => /^chat-.*\.js$/.test(f));
      if (!file) throw new Error('The chat chunk was not built');
      return { define: { __BATON_CHAT__: JSON.stringify(`widget/${file}`) } };
    },
    closeBundle() {
      const demo = resolve(root, 'demo');
      if (existsSync(demo)) cpSync(demo, resolve(outDir, 'widget/demo'), { recursive: true });
    },
  };
}

export default defineConfig({
  ...shared,
  plugins: [compactDocuments(), chatChunk()],
  build: {
    outDir,
    // The chat build (which runs first) empties it.
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(root, 'src/main.ts'),
      formats: ['iife'],
      name: 'BatonWidget',
      fileName: () => 'widget.js',
    },
  },
});
