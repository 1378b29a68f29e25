import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { api, ApiFailure, PEEK_HEADER, session, unwrap } from '../api/client';
import type { SessionFacts } from '../api/types';

const TICK_MS = 1_000;

/**
 * The idle time-out as the person meets it: a dialog `warningSeconds` before the session would end
 * unused, with a way to stay; at the end, the API is asked (without counting as use) whether the session
 * is really over, since another tab may have used it meanwhile, and only then is the page signed out.
 * The API ends the session by itself regardless: this only tells the person first.
 */
export function IdleWarning({
  facts,
  onEnded,
  onSignOut,
}: {
  facts: SessionFacts;
  onEnded: () => void;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [warning, setWarning] = useState(false);
  const stay = useRef<HTMLButtonElement>(null);
  // The day's limit counts from when the page learnt it; the idle time from the page's last request.
  const [endsBy] = useState(() => Date.now() + facts.maxLeft * 1000);
  useEffect(() => {
    let checking = false;
    const timer = setInterval(() => {
      const idleLeft = facts.idleSeconds - (Date.now() - session.lastUse()) / 1000;
      const left = Math.min(idleLeft, (endsBy - Date.now()) / 1000);
      setWarning(idleLeft <= facts.warningSeconds && left > 0);
      if (left > 0 || checking) return;
      checking = true;
      unwrap(api.GET('/session', { headers: { [PEEK_HEADER]: '1' } }))
        .then((now) => session.used(Date.now() - (facts.idleSeconds - now.idleLeft) * 1000))
        .catch((err: unknown) => {
          if (err instanceof ApiFailure && err.status === 401) onEnded();
        })
        .finally(() => (checking = false));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [facts, endsBy, onEnded]);
  return (
    <Modal
      appElementId="root"
      visible={warning}
      variant="default"
      focusOnOpenRef={stay}
      onEscKeyDown={() => void api.GET('/session')}
      ariaLabelledBy="idle-warning-title"
    >
      <ModalContent>
        <ModalTitle id="idle-warning-title">{t('session.idleTitle')}</ModalTitle>
        <Paragraph>{t('session.idleText', { count: facts.warningSeconds })}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button ref={stay} onClick={() => void api.GET('/session')}>
          {t('session.stay')}
        </Button>
        <Button variant="secondary" onClick={() => void onSignOut()}>
          {t('app.signOut')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
