import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import { allows, type ArrangementDetail, type ArrangementStatus } from '../api/types';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage } from '../common/errors';
import { COMMAND_RESULT } from '../common/focus';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import { RunningSummary, VisitForm, Visits } from '../running/running-service';
import { RequiredSteps } from '../running/service-steps';
import { Consultations } from './consultation';
import { ClientContact, DecisionCard, OrderFacts, Parties, ProposalCard } from './record-cards';
import { Rectification } from './rectification';
import { ArrangementSteps } from './steps';
import { Timeline } from './timeline';
import { useArrangement } from './queries';

/** What a status means for whoever reads the record, beside the steps it offers. */
const STATUS_NOTES: Partial<Record<ArrangementStatus, string>> = {
  ordered: 'team.waitingForSupplier',
  unmet_need: 'team.unmetRecorded',
};

/**
 * One arrangement as its reader may see it, what the reader acts on next first. A service that runs
 * opens with its period, what falls due and the month's use, then the steps the API allows the reader
 * now; one still being arranged opens with the proposal (or, for a supplier, the order), then its
 * parties and the steps. The timeline, with who did each step, closes both.
 */
export default function ArrangementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const { data: a, error } = useArrangement(id);
  useTitle(
    a
      ? t('titles.arrangement', { service: serviceName(a.serviceCode) })
      : error
        ? t('errors.page')
        : t('titles.loading'),
  );

  if (!a) return error ? <ErrorMessage error={error} /> : <Loading />;
  return (
    <>
      <Heading variant="h1">
        {serviceName(a.serviceCode)}
        {a.client ? ` – ${a.client.name}` : ''}
      </Heading>
      <StatusLine a={a} />
      {a.startedOn ? (
        <>
          <RunningSummary a={a} />
          <RequiredSteps a={a} />
          <ArrangementSteps a={a} />
          {allows(a, 'recordVisit') && <VisitForm a={a} />}
          <ClientContact a={a} />
          <Visits a={a} />
          <Parties a={a} />
          <DecisionCard a={a} />
          {allows(a, 'readLetters') && <Rectification a={a} />}
          {a.proposal && <ProposalCard a={a} />}
          <Consultations a={a} />
        </>
      ) : (
        <>
          {a.order && !a.proposal && <OrderCard a={a} />}
          {(a.proposal || !a.order) && <ProposalCard a={a} />}
          {a.order && a.proposal && <OrderCard a={a} />}
          <Consultations a={a} />
          <Parties a={a} />
          <ClientContact a={a} />
          <DecisionCard a={a} />
          {allows(a, 'readLetters') && <Rectification a={a} />}
          {(allows(a, 'start') || allows(a, 'recordStep')) && <RequiredSteps a={a} />}
          <ArrangementSteps a={a} />
        </>
      )}
      <Timeline id={a.id} />
    </>
  );
}

/**
 * The record's status and what it means, where the focus goes after a command (useArrangementCommand):
 * a keyboard or screen-reader user hears what the step did, and goes on from there.
 */
function StatusLine({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const note = STATUS_NOTES[a.status];
  return (
    <div id={COMMAND_RESULT} tabIndex={-1} role="status" className="status-line">
      <StaticChip>{t(`status.${a.status}`)}</StaticChip>
      {note && <Paragraph>{t(note)}</Paragraph>}
    </div>
  );
}

/** The order as its supplier reads it, before it knows who the family is. */
function OrderCard({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="order-facts">
      <Heading variant="h2" id="order-facts">
        {t('orders.order')}
      </Heading>
      <OrderFacts a={a} />
    </section>
  );
}
