import { useState } from 'react';

/** Runs a command and reloads, or shows why it was refused. */
export function useCommand(onDone: () => Promise<void>, onError: (err: unknown) => void) {
  const [busy, setBusy] = useState(false);
  return {
    busy,
    run: async (command: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await command();
        await onDone();
      } catch (err) {
        onError(err);
      } finally {
        setBusy(false);
      }
    },
  };
}
