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
 * Codegen's `documentMode: 'string'` output, made bundle-friendly without touching the generated
 * file: each `new TypedDocumentString(…)` is marked pure (so a bundle only keeps the operations
 * it uses) and the GraphQL text is squeezed to single spaces.
 */
function compactDocuments(): Plugin {
  return {
    name: 'baton-compact-documents',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/gql/graphql.ts')) return null;
      return code.replace(
        /new TypedDocumentString\(`([^`]*)`/g,
        (_, text: string) => `/* @__PURE__ */ new TypedDocumentString(\`${text.replace(/\s+/g, ' ').trim()}\``,
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
    sourcemap: false,
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
