import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router-dom';
import { Block, Button, IconLogout, LanguageMenu, LanguageMenuItem, Text } from 'suomifi-ui-components';
import { session, sessionApi } from '../api/client';
import { IdleWarning } from '../auth/idle-warning';
import type { EndReason } from '../auth/session';
import { clearDrafts, DraftOwner } from '../common/draft';
import { usePageFocus } from '../common/focus';
import { chooseLanguage, type Language, LANGUAGE_NAMES, LANGUAGES } from '../common/i18n';
import { Loading } from '../common/loading';
import { FamilyChildren, FamilyMatters } from './family-pages';
import { FamilySignIn } from './family-sign-in';

export const FAMILY_SESSION = ['family', 'session'] as const;

/** Who is signed in to the family's view, or null; the CSRF token kept in the page's memory. */
async function familySession() {
  const { data, response } = await sessionApi.GET('/family/session');
  if (!response.ok || !data) return null;
  session.begin(data.csrfToken);
  return data;
}

/**
 * The family's own view: a separate entry of the same web app (`/family`), for a parent or a young person
 * on a phone. It has its own session (a person, not a worker) and shows only the family's own matters.
 */
export function FamilyApp() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { data: me, isLoading } = useQuery({ queryKey: FAMILY_SESSION, queryFn: familySession, retry: false });
  const { pathname } = useLocation();
  const [ended, setEnded] = useState<EndReason | null>(null);
  usePageFocus(isLoading ? null : `${pathname} ${me?.name ?? ''}`);
  // The session ended (timed out, signed out in another tab): everything shown is forgotten, but not what the
  // person was writing: it stays in this tab, under the person, and comes back when they sign in again.
  const end = (reason: EndReason) => {
    session.forget();
    queryClient.removeQueries({ queryKey: ['family'] });
    queryClient.setQueryData(FAMILY_SESSION, null);
    setEnded(reason);
  };
  useEffect(() => session.whenEnded(() => end('ended')));
  const signOut = async () => {
    const { data } = await sessionApi.POST('/family/session/sign-out').catch(() => ({ data: undefined }));
    // Signed out by choice: nothing of theirs is left in the browser for whoever uses it next.
    session.forget();
    clearDrafts();
    setEnded(null);
    queryClient.clear();
    if (data?.signOutUrl) location.assign(data.signOutUrl);
    else queryClient.setQueryData(FAMILY_SESSION, null);
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-name">
          <Text variant="bold">{t('family.title')}</Text>
        </div>
        <div className="app-header-tools">
          <LanguageMenu
            buttonText={LANGUAGE_NAMES[i18n.language as Language]}
            aria-label={`${LANGUAGE_NAMES[i18n.language as Language]} – ${t('app.languageMenu')}`}
          >
            {LANGUAGES.map((l) => (
              <LanguageMenuItem key={l} lang={l} selected={i18n.language === l} onSelect={() => void chooseLanguage(l)}>
                {LANGUAGE_NAMES[l]}
              </LanguageMenuItem>
            ))}
          </LanguageMenu>
          {me && (
            <Button
              variant="secondaryNoBorder"
              icon={<IconLogout />}
              className="sign-out"
              onClick={() => void signOut()}
            >
              {t('app.signOut')}
            </Button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Block padding="m">
          {isLoading ? (
            <Loading />
          ) : !me ? (
            <FamilySignIn ended={ended} />
          ) : (
            <DraftOwner value={`family.${me.personId}`}>
              <Routes>
                <Route path="/family" element={<FamilyChildren name={me.name} />} />
                <Route path="/family/clients/:id" element={<FamilyMatters />} />
                <Route path="*" element={<FamilyChildren name={me.name} />} />
              </Routes>
            </DraftOwner>
          )}
        </Block>
      </main>
      {me && (
        <IdleWarning
          facts={me}
          path="/family/session"
          stayText={t('family.session.stay')}
          onEnded={end}
          onSignOut={signOut}
        />
      )}
    </>
  );
}
