import { type ReactNode, useId } from 'react';
import { Heading } from 'suomifi-ui-components';

/** A step on a record, under its heading. */
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

/** One fact of a record in a description list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
