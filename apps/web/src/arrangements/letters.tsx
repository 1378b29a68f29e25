import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { api, sessionHeaders, unwrap } from '../api/client';
import type { ArrangementDetail } from '../api/types';
import { ErrorMessage } from '../common/errors';
import { finnishDate } from '../common/format';
import { keys } from './queries';

/**
 * The arrangement's decisions, each with its letter as the client got it (a PDF in the client's language),
 * opened in a new tab: fetched with the bearer token, which a plain link would not send.
 */
export function DecisionLetters({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const { data: decisions = [], error } = useQuery({
    queryKey: keys.decisions(a.id),
    queryFn: () => unwrap(api.GET('/arrangements/{id}/decisions', { params: { path: { id: a.id } } })),
  });
  if (decisions.length === 0) return <ErrorMessage error={error} />;
  const open = async (seq: number) => {
    // The tab opens at once (a popup blocker allows it on the click), the letter arrives into it.
    const tab = window.open('', '_blank');
    try {
      // The session cookie goes with it (same origin); a read needs no CSRF token.
      const res = await fetch(`/arrangements/${a.id}/decisions/${seq}/letter`, {
        headers: sessionHeaders('GET', new Headers()),
      });
      if (!res.ok) throw new Error(`letter ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      if (tab) tab.location.href = url;
      else window.location.href = url;
      setFailure(null);
    } catch (err) {
      tab?.close();
      setFailure(err);
    }
  };
  return (
    <>
      <Heading variant="h3" mt="m">
        {t('letters.title')}
      </Heading>
      <ErrorMessage error={failure} />
      <ul className="rows">
        {decisions.map((d) => (
          <li key={d.seq}>
            <span className="row-main">
              {t(`letters.kind.${d.kind}`)} · {t(`arrangement.outcome.${d.outcome}`)} · {finnishDate(d.decidedOn)}
            </span>
            <Button variant="secondary" onClick={() => void open(d.seq)}>
              {t('letters.open')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
