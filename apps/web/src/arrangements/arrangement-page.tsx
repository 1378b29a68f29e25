import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import {
  allows,
  type ArrangementDetail,
  type ArrangementStatus,
  type Localized,
  type TimelineEvent,
} from '../api/types';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage } from '../common/errors';
import { finnishDate, finnishDay } from '../common/format';
import { Fact } from '../common/step';
import { useTitle } from '../common/title';
import { RunningService } from '../running/running-service';
import { DecisionLetters } from './letters';
import { ArrangementSteps } from './steps';
import { useArrangement, useTimeline } from './queries';

/** What a status means for whoever reads the record, beside the steps it offers. */
const STATUS_NOTES: Partial<Record<ArrangementStatus, string>> = {
  ordered: 'team.waitingForSupplier',
  unmet_need: 'team.unmetRecorded',
};

/**
 * One arrangement as its reader may see it: the proposal, who the family is and whom to call (as far as
 * the reader may know), the decision with its appeal instructions, the timeline, and the steps the API
 * says the reader may take now.
 */
export default function ArrangementPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const serviceName = useServiceName();
  const { data: a, error } = useArrangement(id);
  const { data: timeline = [] } = useTimeline(id);
  useTitle(a ? t('titles.arrangement', { service: serviceName(a.serviceCode) }) : t('titles.loading'));

  if (!a) return error ? <ErrorMessage error={error} /> : <Paragraph>{t('app.loading')}</Paragraph>;
  const lang = i18n.language as keyof Localized;
  const note = STATUS_NOTES[a.status];
  return (
    <>
      <Heading variant="h1">
        {serviceName(a.serviceCode)}
        {a.client ? ` – ${a.client.name}` : ''}
      </Heading>
      <Paragraph mb="m">
        <StaticChip>{t(`status.${a.status}`)}</StaticChip>
      </Paragraph>
      {note && <Paragraph mb="m">{t(note)}</Paragraph>}
      <section className="card" aria-labelledby="facts">
        <Heading variant="h2" id="facts">
          {t('arrangement.proposal')}
        </Heading>
        <dl className="facts">
          <Fact label={t('arrangement.hours')}>{a.hoursPerMonth ?? '–'}</Fact>
          <Fact label={t('arrangement.assessedOn')}>{finnishDate(a.needsAssessedOn)}</Fact>
          <Fact label={t('arrangement.desiredStart')}>{finnishDate(a.desiredStartOn)}</Fact>
          <Fact label={t('queue.due')}>{finnishDate(a.dueOn)}</Fact>
          {a.proposal?.justification && <Fact label={t('arrangement.justification')}>{a.proposal.justification}</Fact>}
          {a.proposal?.goals && <Fact label={t('arrangement.goals')}>{a.proposal.goals}</Fact>}
          {a.proposal?.specialConsideration && (
            <Fact label={t('queue.special')}>{a.proposal.specialConsideration}</Fact>
          )}
        </dl>
      </section>
      <ClientContact a={a} />
      {a.decision && (
        <section className="card" aria-labelledby="decision">
          <Heading variant="h2" id="decision">
            {t('arrangement.decision')}
          </Heading>
          <Paragraph>
            {t(`arrangement.outcome.${a.decision.outcome}`)} · {finnishDate(a.decision.decidedOn)}
            {a.decision.periodStart && ` · ${finnishDate(a.decision.periodStart)}–${finnishDate(a.decision.periodEnd)}`}
          </Paragraph>
          {a.decision.appealInstructions && (
            <>
              <Heading variant="h3" mt="s">
                {t('arrangement.appeal')}
              </Heading>
              <Paragraph className="appeal">{a.decision.appealInstructions[lang]}</Paragraph>
            </>
          )}
          {allows(a, 'readLetters') && <DecisionLetters a={a} />}
        </section>
      )}
      <ArrangementSteps a={a} />
      {a.startedOn && <RunningService a={a} />}
      <section className="card" aria-labelledby="timeline">
        <Heading variant="h2" id="timeline">
          {t('arrangement.timeline')}
        </Heading>
        <ol className="timeline">
          {timeline.map((e) => (
            <li key={e.seq}>
              <span>{finnishDay(e.at)}</span> {t(`events.${e.type}`, { defaultValue: e.type })}
              {said(e) && <q className="said">{said(e)}</q>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** Where the family lives and whom to call, as far as the API shows it to the reader (a providing supplier too). */
function ClientContact({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const c = a.client;
  if (!c || (!c.address && !c.contactName && !c.contactPhone)) return null;
  return (
    <section className="card" aria-labelledby="client-contact">
      <Heading variant="h2" id="client-contact">
        {t('arrangement.client')}
      </Heading>
      <dl className="facts">
        <Fact label={t('arrangement.clientName')}>{c.name}</Fact>
        {c.address && <Fact label={t('arrangement.address')}>{c.address}</Fact>}
        {c.contactName && <Fact label={t('arrangement.contactName')}>{c.contactName}</Fact>}
        {c.contactPhone && (
          <Fact label={t('arrangement.contactPhone')}>
            <a href={`tel:${c.contactPhone.replace(/\s/g, '')}`}>{c.contactPhone}</a>
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** What a step's text says in words (a reason, a question, an answer); nothing for structured texts. */
function said(e: TimelineEvent): string | null {
  const v = e.text && ['reason', 'question', 'answer'].map((k) => e.text![k]).find((x) => typeof x === 'string');
  return typeof v === 'string' ? v : null;
}
