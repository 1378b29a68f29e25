import { useEffect, useState } from 'react';

/**
 * A form's state kept in this browser as it is typed: a reload, a closed tab or a lost connection loses
 * nothing; cleared once the form has been saved to the API.
 */
export function useDraft<T>(name: string, initial: () => T): [T, (v: T) => void, () => void] {
  const key = `luvn.draft.${name}`;
  const [value, setValue] = useState<T>(() => {
    const stored = localStorage.getItem(key);
    return stored ? { ...initial(), ...(JSON.parse(stored) as T) } : initial();
  });
  useEffect(() => {
    localStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);
  return [value, setValue, () => localStorage.removeItem(key)];
}
