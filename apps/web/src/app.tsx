import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RoutedLink, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import {
  Block,
  Button,
  Heading,
  IconLogout,
  LanguageMenu,
  LanguageMenuItem,
  RouterLink,
  Text,
} from 'suomifi-ui-components';
import type { Me, Page } from './api/types';
import { SignIn } from './auth/sign-in';
import { useSession } from './auth/session';
import { usePageFocus } from './common/focus';
import { chooseLanguage, type Language, LANGUAGE_NAMES, LANGUAGES } from './common/i18n';
import { Loading } from './common/loading';
import { PageErrorBoundary } from './common/page-error';
import { type LazyPage, lazyPage } from './common/lazy-page';
import { useTitle } from './common/title';
import { arrangementsQuery } from './arrangements/queries';
import { catalogueQuery } from './catalogue/catalogue';
import { clientsQuery } from './clients/clients-query';
import { PROVIDED } from './orders/provided';
import { queueQuery } from './queue/queue-query';
import { isStartPath, type StartPath } from './start-pages';

// Each page its own chunk: a first visit loads the shell and the page it opens.
const MyClients = lazyPage(() => import('./clients/my-clients'));
const Queue = lazyPage(() => import('./queue/queue-page'));
const Orders = lazyPage(() => import('./orders/orders-page'));

/**
 * The pages people start on (start-pages.ts), preloaded when the app opens on one: their code, and the data
 * that needs no more than who is signed in. A page's data here is what start-pages.json names for the page's
 * early script to ask for: the queries' paths are those, to the letter.
 */
const START_PAGES: Record<StartPath, { page: LazyPage; data?: (client: QueryClient, me: Me) => Promise<unknown>[] }> = {
  '/my-clients': {
    page: MyClients,
    data: (client) => [
      client.prefetchQuery(clientsQuery('')),
      client.prefetchQuery(arrangementsQuery()),
      client.prefetchQuery(catalogueQuery),
    ],
  },
  '/queue': {
    page: Queue,
    data: (client, me) => [
      client.prefetchInfiniteQuery(queueQuery(me.teamId ?? '')),
      client.prefetchQuery(catalogueQuery),
    ],
  },
  '/orders': {
    page: Orders,
    data: (client) => [
      client.prefetchQuery(arrangementsQuery()),
      client.prefetchQuery(arrangementsQuery(PROVIDED)),
      client.prefetchQuery(catalogueQuery),
    ],
  },
};

/**
 * The page a link or a reload opens, asked for as the app starts: its code beside the session, its data the
 * moment the session says whose (not after the session's answer has rendered). `code` settles when the code
 * has arrived or failed, for the first render to wait on (a page whose code failed asks again as it renders);
 * `data` when the data has been read, or when the session has, for a page with no data to read.
 */
export function preloadStartPage(
  client: QueryClient,
  pathname: string,
  me: Promise<Me | null>,
): { code: Promise<unknown>; data: Promise<unknown> } {
  if (!isStartPath(pathname)) return { code: Promise.resolve(), data: me };
  const start = START_PAGES[pathname];
  return {
    code: start.page.preload().catch(() => undefined),
    data: me.then((m) => m && Promise.all(start.data?.(client, m) ?? [])),
  };
}
const Arrangement = lazy(() => import('./arrangements/arrangement-page'));
const ProposalForm = lazy(() => import('./arrangements/proposal-form'));
const Contracts = lazy(() => import('./contracts/contracts-page'));
const Contract = lazy(() => import('./contracts/contract-page'));
const NewContract = lazy(() => import('./contracts/new-contract'));
const SupervisionCases = lazy(() => import('./supervision/cases-page'));
const SupervisionCase = lazy(() => import('./supervision/case-page'));
const Suppliers = lazy(() => import('./suppliers/suppliers-page'));
const Supplier = lazy(() => import('./suppliers/supplier-page'));
const NewSupplier = lazy(() => import('./suppliers/new-supplier'));
const MyScorecard = lazy(() => import('./suppliers/my-scorecard'));

const PlannedSupervision = lazy(() => import('./planned-supervision/planned-supervision-page'));
const FeedbackImport = lazy(() => import('./feedback/import-page'));
const FeedbackRules = lazy(() => import('./feedback/rules-page'));
const Attention = lazy(() => import('./attention/attention-page'));
const Deliveries = lazy(() => import('./deliveries/deliveries-page'));
const RunningList = lazy(() => import('./running/running-list-page'));
const Catalogue = lazy(() => import('./catalogue/catalogue-page'));
const CatalogueCard = lazy(() => import('./catalogue/card-page'));
const Handovers = lazy(() => import('./handovers/handovers-page'));
const AccessLog = lazy(() => import('./access-log/access-log-page'));
const Figures = lazy(() => import('./figures/figures-page'));
const Settings = lazy(() => import('./settings/settings-page'));
const ClientPage = lazy(() => import('./clients/client-page'));

/** Where each page of a menu lives; which pages a person's menu offers, and in what order, is the API's to say (GET /me). */
const PAGE_PATHS: Record<Page, string> = {
  myClients: '/my-clients',
  queue: '/queue',
  orders: '/orders',
  attention: '/attention',
  contracts: '/contracts',
  suppliers: '/suppliers',
  supervision: '/supervision',
  plannedSupervision: '/planned-supervision',
  feedbackImport: '/feedback/import',
  feedbackRules: '/feedback/rules',
  myScorecard: '/my-scorecard',
  running: '/running',
  deliveries: '/deliveries',
  catalogue: '/catalogue',
  handovers: '/handovers',
  accessLog: '/access-log',
  figures: '/figures',
  settings: '/settings',
};

export function App() {
  const { t, i18n } = useTranslation();
  const { me, loading, signOut } = useSession();
  const pages = (me?.pages ?? []).map((label) => ({ path: PAGE_PATHS[label], label }));
  const { pathname } = useLocation();
  usePageFocus(loading ? null : `${pathname} ${me?.userId ?? ''}`);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        {/* A phone's header is one line: the title short; the county and who is signed in told to screen readers. */}
        <div className="app-name">
          <Text variant="bold" className="wide">
            {t('app.title')}
          </Text>
          <Text variant="bold" className="narrow" aria-hidden="true">
            {t('app.shortTitle')}
          </Text>
          <Text className="wide"> · {t('app.county')}</Text>
        </div>
        <div className="app-header-tools">
          {/* The visible language is part of the name, so that a voice user can say what they see. */}
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
            <>
              <Text className="wide">{t('app.signedInAs', { name: me.name })}</Text>
              <Button
                variant="secondaryNoBorder"
                icon={<IconLogout />}
                className="sign-out"
                onClick={() => void signOut()}
              >
                <span className="wide">{t('app.signOut')}</span>
              </Button>
            </>
          )}
        </div>
      </header>
      {pages.length > 0 && (
        <nav aria-label={t('app.mainNavigation')} className="app-nav">
          <ul>
            {pages.map((p) => (
              <li key={p.path}>
                <RouterLink asComponent={RoutedLink} to={p.path}>
                  {t(`nav.${p.label}`)}
                </RouterLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        <Block padding="m">
          {loading ? (
            <Loading />
          ) : !me ? (
            <SignIn />
          ) : (
            <PageErrorBoundary>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/" element={<Navigate to={pages[0]?.path ?? '/not-yet'} replace />} />
                  <Route path="/my-clients" element={<MyClients />} />
                  <Route path="/queue" element={<Queue />} />
                  <Route path="/orders" element={<Orders />} />
                  <Route path="/arrangements/:id" element={<Arrangement />} />
                  <Route path="/clients/:clientId" element={<ClientPage />} />
                  <Route path="/clients/:clientId/new-proposal" element={<ProposalForm />} />
                  <Route path="/arrangements/:id/proposal" element={<ProposalForm />} />
                  <Route path="/contracts" element={<Contracts />} />
                  <Route path="/contracts/new" element={<NewContract />} />
                  <Route path="/contracts/:id" element={<Contract />} />
                  <Route path="/supervision" element={<SupervisionCases />} />
                  <Route path="/supervision/cases/:id" element={<SupervisionCase />} />
                  <Route path="/suppliers" element={<Suppliers />} />
                  <Route path="/suppliers/new" element={<NewSupplier />} />
                  <Route path="/suppliers/:id" element={<Supplier />} />
                  <Route path="/my-scorecard" element={<MyScorecard />} />
                  <Route path="/planned-supervision" element={<PlannedSupervision />} />
                  <Route path="/feedback/import" element={<FeedbackImport />} />
                  <Route path="/feedback/rules" element={<FeedbackRules />} />
                  <Route path="/attention" element={<Attention />} />
                  <Route path="/deliveries" element={<Deliveries />} />
                  <Route path="/running" element={<RunningList />} />
                  <Route path="/catalogue" element={<Catalogue />} />
                  <Route path="/catalogue/:code" element={<CatalogueCard />} />
                  <Route path="/handovers" element={<Handovers />} />
                  <Route path="/access-log" element={<AccessLog />} />
                  <Route path="/figures" element={<Figures />} />
                  <Route path="/settings" element={<Settings />} />
                  <Route path="*" element={<NotFound />} />
                </Routes>
              </Suspense>
            </PageErrorBoundary>
          )}
        </Block>
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  useTitle(t('app.notFound'));
  return <Heading variant="h1">{t('app.notFound')}</Heading>;
}
