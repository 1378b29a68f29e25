import { defineConfig } from 'vite';

/**
 * The web app, built into dist/web and served by the API from the same origin. Each page is its own
 * chunk, loaded when first visited, so a first visit loads only the shell and the page it opens.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // TanStack Query marks its hooks "use client" for server components, which this app has none of.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
