import { type ReactNode, useState } from 'react';
import { Heading } from 'suomifi-ui-components';

/** The next step on an arrangement, under its heading. */
export function StepPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby="next-step">
      <Heading variant="h2" id="next-step">
        {title}
      </Heading>
      {children}
    </section>
  );
}

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
