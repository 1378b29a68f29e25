import { defineConfig, type Plugin } from 'vite';
import START_PAGE_NEEDS from './src/start-pages.json' with { type: 'json' };

/**
 * The web app, built into dist/web and served by the API from the same origin. Each page is its own
 * chunk, loaded when first visited, so a first visit loads only the shell and the page it opens.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [startPageMeta()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // What every visit runs (rolldown's `$initial`: what the entry imports without `import()`) in two files,
      // the libraries' and ours, rather than the thirty that splitting by the lazy pages' sharing makes: over
      // HTTP/1.1 a browser asks for six at a time, and the session's answers waited behind the app's files. The
      // libraries' file keeps its name from one release of ours to the next, and stays in the browser's cache.
      output: {
        codeSplitting: {
          groups: [
            { name: 'libraries', tags: ['$initial'], test: /[\\/]node_modules[\\/]/, priority: 1 },
            { name: 'shell', tags: ['$initial'] },
          ],
        },
      },
      // TanStack Query marks its hooks "use client" for server components, which this app has none of.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});

/**
 * Names in the page (`<meta name="start-page">`, one a start page) the files of each start page's code that
 * the app's own entry does not already load, and the API paths of its first data (start-pages.json):
 * public/early-session.js asks for those of the page opened once the page is parsed, not after the app's
 * code has loaded and run. A start page without a chunk of its own fails the build, rather than be
 * quietly left out.
 */
function startPageMeta(): Plugin {
  let base = '/';
  return {
    name: 'start-page-meta',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
        );
        const withImports = (files: string[], seen = new Set<string>()): Set<string> => {
          for (const file of files) {
            if (seen.has(file)) continue;
            seen.add(file);
            withImports(chunks.get(file)?.imports ?? [], seen);
          }
          return seen;
        };
        const entry = withImports([...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName));
        return {
          html,
          tags: Object.entries(START_PAGE_NEEDS).map(([path, { module, data }]) => {
            const page = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(`/src/${module}`));
            if (!page) throw new Error(`the start page ${path} has no chunk of its own (src/${module})`);
            const files = [...withImports([page.fileName])].filter((f) => !entry.has(f)).map((f) => `${base}${f}`);
            return {
              tag: 'meta',
              attrs: {
                name: 'start-page',
                'data-path': path,
                content: files.join(' '),
                'data-requests': data.join(' '),
              },
              injectTo: 'head' as const,
            };
          }),
        };
      },
    },
  };
}
