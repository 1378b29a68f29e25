import { useEffect, useState } from 'react';

/**
 * A form's state kept in this browser as it is typed: a reload, a closed tab or a lost connection loses
 * nothing; cleared once the form has been saved to the API. The fourth value says whether the form came
 * back from this browser's storage.
 */
export function useDraft<T>(name: string, initial: () => T): [T, (v: T) => void, () => void, boolean] {
  const key = `luvn.draft.${name}`;
  const [stored] = useState(() => localStorage.getItem(key));
  const [value, setValue] = useState<T>(() => (stored ? { ...initial(), ...(JSON.parse(stored) as T) } : initial()));
  useEffect(() => {
    localStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);
  return [value, setValue, () => localStorage.removeItem(key), stored !== null];
}
