import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, lazy, type ReactNode, Suspense, useContext, useEffect, useState } from 'react';
import { api, ApiFailure, session, sessionApi, unwrap } from '../api/client';
import type { Me, SessionFacts } from '../api/types';
import { clearDrafts, DraftOwner } from '../common/draft';

/**
 * Why the last session ended without the person signing out, or why a sign-out is in doubt: the sign-in
 * page says it.
 */
export type EndReason = 'idle' | 'ended' | 'sign_out_failed' | 'provider_sign_out_unavailable';

interface Session {
  me: Me | null;
  loading: boolean;
  ended: EndReason | null;
  /** A session the API has begun (its cookie set): the person is read and the app opens. */
  signedIn: (facts: SessionFacts) => Promise<void>;
  signOut: () => Promise<void>;
}

interface Current {
  facts: SessionFacts;
  me: Me;
}

// Only a signed-in person has a session to watch: the sign-in page of a first visit goes without its code.
const IdleWarning = lazy(() => import('./idle-warning').then((m) => ({ default: m.IdleWarning })));

const SessionContext = createContext<Session | null>(null);
const KEY = ['session'];
/** Every tab of this browser shares the cookie: a sign-in, sign-out or end in one is told to the others. */
const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('luvn.session');

/** The session the cookie names, if any, and its person (both asked at once); null when there is none (401). */
async function current(): Promise<Current | null> {
  try {
    const [facts, me] = await Promise.all([unwrap(api.GET('/session')), unwrap(api.GET('/me'))]);
    session.begin(facts.csrfToken);
    return { facts, me };
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) return null;
    throw err;
  }
}

/** Asked as the app starts (main.tsx), beside the page's code and data, and watched by the provider. */
export const sessionQuery = queryOptions({ queryKey: KEY, queryFn: current, staleTime: Infinity, retry: false });

/**
 * Who is signed in. The session is the API's (an httpOnly cookie); the page asks it who the person is,
 * and ends its own view of it on sign-out, on idle time-out and whenever the API answers 401. Each end
 * forgets every answer read before and every draft, so that the next person at the workstation sees
 * nothing of the last one's records or typing.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState<EndReason | null>(null);
  const state = useQuery(sessionQuery);
  // Every answer but the session's own is dropped; the session's is replaced, so that the provider,
  // which watches it, renders the new state (a cleared cache would leave it watching a removed query).
  const replace = (next: Current | null) => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== KEY[0] });
    queryClient.setQueryData(KEY, next);
  };
  const forget = (reason: EndReason | null) => {
    session.forget();
    clearDrafts();
    replace(null);
    setEnded(reason);
  };
  /** Ends this tab's view of the session and tells the other tabs, which end theirs. */
  const end = (reason: EndReason | null) => {
    forget(reason);
    tabs?.postMessage('changed');
  };
  useEffect(() => session.whenEnded(() => end('ended')));
  useEffect(() => {
    if (!tabs) return;
    // Another tab signed in or out, or its session ended: this one forgets what it showed, and asks
    // the API who (if anyone) the cookie now names.
    const changed = () => {
      forget('ended');
      void queryClient.refetchQueries({ queryKey: KEY });
    };
    tabs.addEventListener('message', changed);
    return () => tabs.removeEventListener('message', changed);
  });
  const value: Session = {
    me: state.data?.me ?? null,
    loading: state.isPending,
    ended,
    signedIn: async (facts) => {
      session.begin(facts.csrfToken);
      replace({ facts, me: await unwrap(api.GET('/me')) });
      setEnded(null);
      tabs?.postMessage('changed');
    },
    signOut: async () => {
      const out = await sessionApi.POST('/session/sign-out').catch(() => null);
      // Ended on the server (or already over): forgotten here. Otherwise the screen is cleared all the
      // same, and the person is told that the sign-out is in doubt (close the browser).
      const confirmed = out !== null && (out.response.ok || out.response.status === 401);
      end(!confirmed ? 'sign_out_failed' : out.data?.closeBrowser ? 'provider_sign_out_unavailable' : null);
      // Signed in through the county's provider: signed out there too, which sends the browser back here.
      if (out?.data?.signOutUrl) location.assign(out.data.signOutUrl);
    },
  };
  return (
    <SessionContext.Provider value={value}>
      <DraftOwner value={value.me?.userId ?? null}>{children}</DraftOwner>
      {state.data && (
        <Suspense fallback={null}>
          <IdleWarning facts={state.data.facts} onEnded={end} onSignOut={value.signOut} />
        </Suspense>
      )}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
