import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// In development the API runs on :4000 (`pnpm dev` at the root); the inbox talks to it at the
// same origin through this proxy, exactly as it does in production where the API serves dist/.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [svelte()],
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/widget.js': { target: api },
      '/healthz': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
