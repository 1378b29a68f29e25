import { useState } from 'react';

/**
 * A form's state kept in this browser as it is typed: a reload, a closed tab or a lost connection loses
 * nothing; cleared once the form has been saved to the API. `stored` is what this browser held when the
 * form opened (null: nothing).
 */
export function useDraft<T>(name: string) {
  const key = `luvn.draft.${name}`;
  const [stored] = useState(() => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null') as T | null;
    } catch {
      return null;
    }
  });
  return {
    stored,
    keep: (value: T) => localStorage.setItem(key, JSON.stringify(value)),
    clear: () => localStorage.removeItem(key),
  };
}
