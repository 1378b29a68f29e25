import { createContext, useContext, useState } from 'react';

const PREFIX = 'luvn.draft.';
const Owner = createContext<string | null>(null);

/**
 * Whose drafts the forms within keep: the signed-in worker's user id, or the family's person (prefixed, so that
 * the two never meet); null while no one is signed in.
 */
export const DraftOwner = Owner.Provider;

/**
 * A form's state kept as it is typed, so that a reload or a lost connection loses nothing; cleared once
 * the form has been saved to the API. It lives in this tab's session storage under the signed-in person
 * and the record, never in local storage: on a shared workstation it is gone with sign-out, the tab or
 * the browser, and the next person signed in never gets it. (The family's view keeps its drafts when
 * its session times out, for the same person to find after signing in again; a sign-out clears them.)
 * `stored` is what the tab held when the form opened (null: nothing).
 */
export function useDraft<T>(name: string) {
  const key = `${PREFIX}${useContext(Owner) ?? 'nobody'}.${name}`;
  const [stored] = useState(() => {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
    } catch {
      return null;
    }
  });
  return {
    stored,
    keep: (value: T) => sessionStorage.setItem(key, JSON.stringify(value)),
    clear: () => sessionStorage.removeItem(key),
  };
}

/** Forgets every draft this tab keeps: at sign-out, and when the session has ended. */
export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  // Drafts an earlier version kept in local storage, keyed by the client alone.
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
}
