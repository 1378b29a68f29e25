import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { config as zodConfig } from 'zod';
import { closeEarlyAnswers } from './api/early-answers';
import { App, preloadStartPage } from './app';
import { SessionProvider, sessionQuery } from './auth/session';
import { setUpLanguages } from './common/i18n';
import { Loading } from './common/loading';

// The family's own view is a separate entry (its own session, a person's, never a worker's), in its own chunk.
// public/early-session.js tells the family's pages by the same rule.
const FamilyApp = lazy(() => import('./family/family-app').then((m) => ({ default: m.FamilyApp })));
const family = location.pathname === '/family' || location.pathname.startsWith('/family/');

// The content security policy allows no eval: zod is told not to compile its parsers at run time.
zodConfig({ jitless: true });

/**
 * Every answer of the API is cached by its resource's key; a command invalidates what it changes. A
 * refused command is not retried (the API said no), and a read is retried once.
 */
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true }, mutations: { retry: false } },
});

// Who is signed in, the page's code and its data are asked for before anything renders, side by side.
let startPageCode: Promise<unknown> = Promise.resolve();
if (!family) {
  // The first reads take the answers the page's early script asked for (the session's, the start page's
  // data); any left are dropped once those reads are done.
  const me = queryClient.fetchQuery(sessionQuery).then(
    (current) => current?.me ?? null,
    () => null,
  );
  const start = preloadStartPage(queryClient, location.pathname, me);
  void start.data.finally(closeEarlyAnswers);
  startPageCode = start.code;
}
/**
 * How long the first render waits for the start page's code, which usually arrives about when the languages
 * are set up: a page rendered before its code suspends, and React holds the reveal of a suspended boundary
 * back this long after its fallback showed. Waiting longer than that would only keep the page blank.
 */
const REVEAL_THROTTLE_MS = 300;
// Not a top-level await: the pages' chunks import the entry's chunk this module is built into (vite.config.mts),
// and an import of a module still awaiting would wait for it, here for the page's own code: a wait of 300 ms.
void Promise.all([
  setUpLanguages(),
  Promise.race([startPageCode, new Promise((resolve) => setTimeout(resolve, REVEAL_THROTTLE_MS))]),
]).then(render);

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          {family ? (
            <Suspense fallback={<Loading />}>
              <FamilyApp />
            </Suspense>
          ) : (
            <SessionProvider>
              <App />
            </SessionProvider>
          )}
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
