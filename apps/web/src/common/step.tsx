import { type ReactNode, useId, useState } from 'react';
import { Heading } from 'suomifi-ui-components';

/** The next step on an arrangement, under its heading. */
export function StepPanel({ title, children }: { title: string; children: ReactNode }) {
  // Several steps may show at once on a running service, each labelled by its own heading.
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
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

/** One fact of a record in a description list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
