import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, session, unwrap } from './api/client';
import type { Me } from './api/types';

interface Session {
  me: Me | null;
  loading: boolean;
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: the token lives in this tab's session storage, the person is read from /me. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const load = useCallback(async () => {
    if (!session.token()) {
      setMe(null);
      setLoading(false);
      return;
    }
    try {
      setMe(await unwrap(api.GET('/me')));
    } catch {
      session.signOut();
      setMe(null);
    }
    setLoading(false);
  }, []);
  useEffect(() => void load(), [load]);
  const value: Session = {
    me,
    loading,
    signIn: async (token) => {
      session.signIn(token);
      setLoading(true);
      await load();
    },
    signOut: () => {
      session.signOut();
      setMe(null);
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
