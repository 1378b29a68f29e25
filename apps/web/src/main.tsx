import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { config as zodConfig } from 'zod';
import { App } from './app';
import { SessionProvider } from './auth/session';
import { setUpLanguages } from './common/i18n';
import { FamilyApp } from './family/family-app';

// The content security policy allows no eval: zod is told not to compile its parsers at run time.
zodConfig({ jitless: true });

/**
 * Every answer of the API is cached by its resource's key; a command invalidates what it changes. A
 * refused command is not retried (the API said no), and a read is retried once.
 */
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true }, mutations: { retry: false } },
});

await setUpLanguages();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        {/* The family's own view is a separate entry: its own session, a person's, never a worker's. */}
        {location.pathname === '/family' || location.pathname.startsWith('/family/') ? (
          <FamilyApp />
        ) : (
          <SessionProvider>
            <App />
          </SessionProvider>
        )}
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
