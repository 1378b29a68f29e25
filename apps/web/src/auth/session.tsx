import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { api, session, unwrap } from '../api/client';
import type { Me } from '../api/types';
import { clearDrafts } from '../common/draft';

interface Session {
  me: Me | null;
  loading: boolean;
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is signed in: the token lives in this tab's session storage, the person is read from /me. Signing in
 * or out forgets every answer read before, and signing out every draft, so that no one sees another's
 * records or typing.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState(session.token());
  const me = useQuery({
    queryKey: ['me', token],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/me'));
      } catch {
        session.signOut();
        clearDrafts();
        setToken(null);
        return null;
      }
    },
    enabled: token !== null,
    staleTime: Infinity,
  });
  const value: Session = {
    me: (token !== null && me.data) || null,
    loading: token !== null && me.isPending,
    signIn: async (next) => {
      session.signIn(next);
      queryClient.clear();
      setToken(next);
      await queryClient.fetchQuery({ queryKey: ['me', next], queryFn: () => unwrap(api.GET('/me')) });
    },
    signOut: () => {
      session.signOut();
      clearDrafts();
      queryClient.clear();
      setToken(null);
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
