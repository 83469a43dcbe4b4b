import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The web console. `npx vite build apps/web` writes apps/web/dist, which the API app serves at `/` (one origin).
 * `npx vite apps/web` runs a dev server that forwards /api to an API on :3000 (or API_URL).
 * An ES module (`.mts`, since the repository's package.json is CommonJS, and `import.meta.dirname` rather than
 * `__dirname`): Vite loads it as it will by default in its next major version, and so prints no warning about it.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: { alias: { '@web': path.resolve(import.meta.dirname, 'src') } },
  server: { proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    minify: !process.env.WEB_DEBUG_BUILD, // WEB_DEBUG_BUILD=1: readable stack traces in the browser tests
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Ant Design marks its modules "use client" (for React Server Components); irrelevant in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // React and the router change rarely: one long-cached chunk. Ant Design components are split by use, so
        // a visitor's first load carries only what the public screens need; each role's screens load when opened.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
          ],
        },
      },
    },
  },
});
