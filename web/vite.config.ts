import { defineConfig } from 'vite';

// The console: plain TypeScript, built into web/dist and served by src/api/console.ts.
// Every asset is bundled locally; nothing is fetched from another host at run time.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
