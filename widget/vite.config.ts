import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * One classic script, `dist/widget.js`, that host pages load with
 * `<script src="https://baton.example/widget.js" data-workspace="pk_…" async>`.
 * IIFE (not an ES module) so `document.currentScript` is available while it runs; component
 * styles are injected by the components themselves into the widget's shadow root.
 */
export default defineConfig({
  plugins: [svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
  define: {
    // Library builds keep `process.env.NODE_ENV`; the widget runs in pages without `process`.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/main.ts',
      formats: ['iife'],
      name: 'BatonWidget',
      fileName: () => 'widget.js',
    },
  },
});
