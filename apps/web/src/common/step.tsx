import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';

/**
 * A step offered on a button until it is due or asked for: a form nobody needs yet would push what is
 * due out of sight. `open` says whether it is due (the API's word); `button` opens it; `note` says when
 * it will be due.
 */
export interface Fold {
  open: boolean;
  button: string;
  note?: string | null;
}

/** A step on a record, under its heading; folded to a button while it is not due (see Fold). */
export function StepPanel({ title, children, fold }: { title: string; children: ReactNode; fold?: Fold }) {
  // Several steps may show at once on a running service, each labelled by its own heading.
  const id = useId();
  const [asked, setAsked] = useState(false);
  const section = useRef<HTMLElement>(null);
  const folded = fold && !fold.open && !asked;
  useEffect(() => {
    // The pressed button is gone with the fold: the focus goes on to the form's first control.
    if (asked) section.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }, [asked]);
  return (
    <section className="card" aria-labelledby={id} ref={section}>
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      {folded ? (
        <>
          {fold.note && <Paragraph>{fold.note}</Paragraph>}
          <div className="actions">
            <Button variant="secondary" aria-expanded={false} onClick={() => setAsked(true)}>
              {fold.button}
            </Button>
          </div>
        </>
      ) : (
        children
      )}
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
