import { defineConfig, type Plugin } from 'vite';
import START_PAGES from './src/start-pages.json' with { type: 'json' };

/**
 * The web app, built into dist/web and served by the API from the same origin. Each page is its own
 * chunk, loaded when first visited, so a first visit loads only the shell and the page it opens.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [startPageMeta(), shellModules()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'shell', test: (id) => SHELL.has(id) }] } },
      // TanStack Query marks its hooks "use client" for server components, which this app has none of.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});

/**
 * The app's own modules that its entry imports, directly or through others, without waiting (no `import()`):
 * every visit runs them, so they go in one file (the `shell` group above) with what they use of the
 * libraries (the group takes a module's imports with it), rather than in the thirty that splitting by the lazy
 * pages' sharing makes: over HTTP/1.1 a browser asks for six at a time. Not the libraries themselves, whose
 * barrels (suomifi-ui-components' index) import every component, most of them the lazy pages' alone.
 */
const SHELL = new Set<string>();

function shellModules(): Plugin {
  return {
    name: 'shell-modules',
    apply: 'build',
    buildEnd() {
      SHELL.clear();
      const walk = (id: string) => {
        if (SHELL.has(id) || id.includes('/node_modules/')) return;
        SHELL.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) walk(imported);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) walk(id);
    },
  };
}

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
          tags: Object.entries(START_PAGES).map(([path, { module, data }]) => {
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
