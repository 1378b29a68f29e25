import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { ArrangementDetail, Localized, TimelineEvent } from '../api/types';
import { useServiceName } from '../catalogue';
import { ErrorMessage } from '../errors';
import { finnishDate, finnishDay } from '../format';
import { useSession } from '../session';
import { OwnWorkerActions } from './arrangement/own-worker-actions';
import { OccasionalActions } from './arrangement/running-actions';
import { TeamActions } from './arrangement/team-actions';
import { DecisionLetters } from './arrangement/letters';
import { RunningService } from './arrangement/running';
import { Fact } from './arrangement/step';

/**
 * One arrangement as its reader may see it: the proposal, the decision (with the appeal instructions the
 * client gets), the timeline, and the steps the reader may take now.
 */
export default function Arrangement() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const serviceName = useServiceName();
  const [a, setA] = useState<ArrangementDetail | null>(null);
  const [timeline, setTimeline] = useState<TimelineEvent[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const path = { params: { path: { id } } };
      const [detail, events] = await Promise.all([
        unwrap(api.GET('/arrangements/{id}', path)),
        unwrap(api.GET('/arrangements/{id}/timeline', path)),
      ]);
      setA(detail);
      setTimeline(events);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [id]);
  useEffect(() => void load(), [load]);

  if (!a) return error ? <ErrorMessage error={error} /> : <Paragraph>{t('app.loading')}</Paragraph>;
  const lang = i18n.language as keyof Localized;
  return (
    <>
      <Heading variant="h1">
        {serviceName(a.serviceCode)}
        {a.client ? ` – ${a.client.name}` : ''}
      </Heading>
      <Paragraph mb="m">
        <StaticChip>{t(`status.${a.status}`)}</StaticChip>
      </Paragraph>
      <ErrorMessage error={error} />
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
          {me && me.role !== 'supplier' && <DecisionLetters a={a} onError={setError} />}
        </section>
      )}
      {me?.role === 'arranging' && <TeamActions a={a} me={me} onDone={load} onError={setError} />}
      {me?.role === 'own_worker' && <OwnWorkerActions a={a} onDone={load} onError={setError} />}
      {me && a.startedOn && <RunningService a={a} me={me} onError={setError} />}
      {me && <OccasionalActions a={a} me={me} onDone={load} />}
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

/** What a step's text says in words (a reason, a question, an answer); nothing for structured texts. */
function said(e: TimelineEvent): string | null {
  const v = e.text && ['reason', 'question', 'answer'].map((k) => e.text![k]).find((x) => typeof x === 'string');
  return typeof v === 'string' ? v : null;
}
