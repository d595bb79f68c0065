import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vite config for the browser UI: built into ui/dist, which the API serves with an SPA fallback. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // `npm start` runs the API on port 3000; the dev server forwards API calls so cookies stay same-origin.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
