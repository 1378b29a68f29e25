import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { api, ApiFailure, PEEK_HEADER, session, unwrap } from '../api/client';
import type { SessionFacts } from '../api/types';
import type { EndReason } from './session';

const TICK_MS = 1_000;

/** The session the warning watches: the workers' or the family's; each route answers the same facts. */
export type SessionPath = '/session' | '/family/session';

/** Asks the session's facts; with `peek`, without counting as use. */
function ask(path: SessionPath, peek = false) {
  const options = peek ? { headers: { [PEEK_HEADER]: '1' } } : {};
  return path === '/session' ? api.GET('/session', options) : api.GET('/family/session', options);
}

/**
 * The idle time-out as the person meets it: a dialog `warningSeconds` before the session would end
 * unused, with a way to stay; at the end, the API is asked (without counting as use) whether the session
 * is really over, since another tab may have used it meanwhile, and only then is the page signed out.
 * The API ends the session by itself regardless: this only tells the person first. The day's limit
 * cannot be extended, so it is not warned of; the page says why the session ended. The workers' app and
 * the family's view each watch their own session (`path`); the family is offered to continue, not to work.
 */
export function IdleWarning({
  facts,
  onEnded,
  onSignOut,
  path = '/session',
  stayText,
}: {
  facts: SessionFacts;
  onEnded: (reason: EndReason) => void;
  onSignOut: () => Promise<void>;
  path?: SessionPath;
  stayText?: string;
}) {
  const { t } = useTranslation();
  const [warning, setWarning] = useState(false);
  const stay = useRef<HTMLButtonElement>(null);
  const ended = useRef(onEnded);
  ended.current = onEnded;
  // The day's limit counts from when the page learnt it; the idle time from the page's last request.
  const [endsBy] = useState(() => Date.now() + facts.maxLeft * 1000);
  useEffect(() => {
    let checking = false;
    const timer = setInterval(() => {
      const idleLeft = facts.idleSeconds - (Date.now() - session.lastUse()) / 1000;
      const maxLeft = (endsBy - Date.now()) / 1000;
      const left = Math.min(idleLeft, maxLeft);
      setWarning(idleLeft <= facts.warningSeconds && left > 0);
      if (left > 0 || checking) return;
      const reason = maxLeft <= 0 ? 'ended' : 'idle';
      checking = true;
      unwrap(ask(path, true))
        .then((now) => session.used(Date.now() - (facts.idleSeconds - now.idleLeft) * 1000))
        .catch((err: unknown) => {
          // Over on the server; or the API cannot be asked, and the page's own time ran out a while ago:
          // the screen is cleared either way (the server ends the session by itself).
          if ((err instanceof ApiFailure && err.status === 401) || left < -facts.warningSeconds) ended.current(reason);
        })
        .finally(() => (checking = false));
    }, TICK_MS);
    // Typing and clicking are use even without a request (a long text being written): the session is told,
    // at most once in a quarter of the idle time, so that it does not end under the person's hands.
    const touchEvery = Math.min(60, facts.idleSeconds / 4) * 1000;
    const active = () => {
      if (Date.now() - session.lastUse() > touchEvery) void ask(path);
    };
    document.addEventListener('keydown', active);
    document.addEventListener('pointerdown', active);
    return () => {
      clearInterval(timer);
      document.removeEventListener('keydown', active);
      document.removeEventListener('pointerdown', active);
    };
  }, [facts, endsBy, path]);
  return (
    <Modal
      appElementId="root"
      visible={warning}
      variant="default"
      focusOnOpenRef={stay}
      onEscKeyDown={() => void ask(path)}
      ariaLabelledBy="idle-warning-title"
    >
      <ModalContent>
        <ModalTitle id="idle-warning-title">{t('session.idleTitle')}</ModalTitle>
        <Paragraph>{t('session.idleText', { count: facts.warningSeconds })}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button ref={stay} onClick={() => void ask(path)}>
          {stayText ?? t('session.stay')}
        </Button>
        <Button variant="secondary" onClick={() => void onSignOut()}>
          {t('app.signOut')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
