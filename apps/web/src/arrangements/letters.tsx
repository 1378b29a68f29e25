import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { api, session, unwrap } from '../../api/client';
import type { ArrangementDetail, DecisionSummary } from '../../api/types';
import { finnishDate } from '../../format';

/**
 * The arrangement's decisions, each with its letter as the client got it (a PDF in the client's language),
 * opened in a new tab: fetched with the bearer token, which a plain link would not send.
 */
export function DecisionLetters({ a, onError }: { a: ArrangementDetail; onError: (err: unknown) => void }) {
  const { t } = useTranslation();
  const [decisions, setDecisions] = useState<DecisionSummary[]>([]);
  useEffect(() => {
    unwrap(api.GET('/arrangements/{id}/decisions', { params: { path: { id: a.id } } })).then(setDecisions, onError);
  }, [a.id, a.status, onError]);
  if (decisions.length === 0) return null;
  const open = async (seq: number) => {
    // The tab opens at once (a popup blocker allows it on the click), the letter arrives into it.
    const tab = window.open('', '_blank');
    try {
      const res = await fetch(`/arrangements/${a.id}/decisions/${seq}/letter`, {
        headers: { Authorization: `Bearer ${session.token() ?? ''}` },
      });
      if (!res.ok) throw new Error(`letter ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (err) {
      tab?.close();
      onError(err);
    }
  };
  return (
    <>
      <Heading variant="h3" mt="m">
        {t('letters.title')}
      </Heading>
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
