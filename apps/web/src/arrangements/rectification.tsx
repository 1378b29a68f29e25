import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { ArrangementDetail, DecisionSummary, RectificationRequest } from '../api/types';
import { ErrorMessage, showProblems } from '../common/errors';
import { DayField, TextareaField } from '../common/fields';
import { finnishDate, helsinkiToday } from '../common/format';
import { Fact } from '../common/step';
import { keys } from './queries';
import { type CommandApi, useCommand } from '../api/command';

const requestsKey = (id: string) => ['rectification-requests', id] as const;

/**
 * The client's requests for rectification of the arrangement's decisions and what became of them, with each
 * appealable decision's last day to ask. Recording a request, or the section's answer, is offered exactly
 * where the API lists it: a decision's `requestRectification`, a request's `recordOutcome`.
 */
export function Rectification({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const decisions = useQuery({
    queryKey: keys.decisions(a.id),
    queryFn: () => unwrap(api.GET('/arrangements/{id}/decisions', { params: { path: { id: a.id } } })),
  });
  const requests = useQuery({
    queryKey: requestsKey(a.id),
    queryFn: () => unwrap(api.GET('/arrangements/{id}/rectification-requests', { params: { path: { id: a.id } } })),
  });
  const appealable = (decisions.data ?? []).filter((d) => d.appealDeadline);
  const recorded = requests.data ?? [];
  if (appealable.length === 0 && recorded.length === 0) return null;
  return (
    <section className="card" aria-labelledby={id} data-part="rectification">
      <Heading variant="h2" id={id}>
        {t('rectification.title')}
      </Heading>
      <ErrorMessage error={requests.error} />
      {appealable.map((d) => (
        <div key={d.seq} data-decision={d.seq}>
          <Paragraph>
            {t('rectification.lastDay', {
              decision: t(`letters.kind.${d.kind}`),
              decidedOn: finnishDate(d.decidedOn),
              lastDay: finnishDate(d.appealDeadline),
            })}
          </Paragraph>
          {d.allowedActions.includes('requestRectification') && <RequestForm a={a} d={d} />}
        </div>
      ))}
      {recorded.map((r) => (
        <Request key={r.id} a={a} r={r} />
      ))}
    </section>
  );
}

/** A mutation whose answer changes the requests, the decisions' offers and the arrangement (a follow-up). */
function useAppealCommand<V>(a: ArrangementDetail, command: (vars: V, api: CommandApi) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useCommand({
    mutationFn: command,
    onSuccess: () =>
      Promise.all(
        [requestsKey(a.id), keys.decisions(a.id), keys.arrangement(a.id), keys.timeline(a.id)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

function RequestForm({ a, d }: { a: ArrangementDetail; d: DecisionSummary }) {
  const { t } = useTranslation();
  const form = useForm<{ receivedOn: string; grounds: string }>({
    defaultValues: { receivedOn: helsinkiToday(), grounds: '' },
  });
  const record = useAppealCommand(a, (body: { receivedOn: string; grounds: string }, api) =>
    unwrap(
      api.POST('/arrangements/{id}/decisions/{seq}/rectification-requests', {
        params: { path: { id: a.id, seq: String(d.seq) } },
        body,
      }),
    ),
  );
  const send = form.handleSubmit((body) =>
    record.mutate(body, { onError: (err) => showProblems(err, form.setError, ['receivedOn', 'grounds']) }),
  );
  return (
    <div className="form" data-form="rectification-request">
      <Heading variant="h3">{t('rectification.record')}</Heading>
      <ErrorMessage error={record.error} />
      <DayField control={form.control} name="receivedOn" labelText={t('rectification.receivedOn')} />
      <TextareaField control={form.control} name="grounds" labelText={t('rectification.grounds')} />
      <div className="actions">
        <Button disabled={record.isPending} onClick={() => void send()}>
          {t('rectification.save')}
        </Button>
      </div>
    </div>
  );
}

type Outcome = 'upheld' | 'changed' | 'dismissed_late';

/** A request as recorded, its answers so far, and the section's answer where the API offers it. */
function Request({ a, r }: { a: ArrangementDetail; r: RectificationRequest }) {
  const { t } = useTranslation();
  return (
    <div className="card-part" data-request={r.id}>
      <Heading variant="h3">{t('rectification.request', { decision: t(`letters.kind.${r.decisionKind}`) })}</Heading>
      <dl className="facts">
        <Fact label={t('rectification.receivedOn')}>
          {finnishDate(r.receivedOn)} · {r.inTime ? t('rectification.inTime') : t('rectification.late')}
          {r.sentOnline && ` · ${t('rectification.sentOnline')}`}
        </Fact>
        <Fact label={t('rectification.lastDayLabel')}>{finnishDate(r.appealDeadline)}</Fact>
        <Fact label={t('rectification.grounds')}>{r.grounds}</Fact>
        <Fact label={t('rectification.outcome')}>
          {r.outcome
            ? `${t(`rectification.outcomes.${r.outcome}`)} · ${finnishDate(r.outcomeOn)}`
            : t('rectification.pending')}
        </Fact>
        {r.newDecision && <Fact label={t('rectification.newDecision')}>{r.newDecision}</Fact>}
        {r.courtFiledOn && (
          <Fact label={t('rectification.court')}>
            {finnishDate(r.courtFiledOn)}
            {r.courtOutcome && ` · ${t(`rectification.courtOutcomes.${r.courtOutcome}`)}`}
          </Fact>
        )}
      </dl>
      {r.allowedActions.includes('recordOutcome') && <OutcomeForm a={a} r={r} />}
    </div>
  );
}

interface OutcomeValues {
  outcome: Outcome;
  decidedOn: string;
  newDecision: string | null;
}

function OutcomeForm({ a, r }: { a: ArrangementDetail; r: RectificationRequest }) {
  const { t } = useTranslation();
  const form = useForm<OutcomeValues>({
    defaultValues: { outcome: 'upheld', decidedOn: helsinkiToday(), newDecision: null },
  });
  const record = useAppealCommand(a, (body: OutcomeValues, api) =>
    unwrap(api.POST('/rectification-requests/{id}/outcome', { params: { path: { id: r.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    record.mutate(body, {
      onError: (err) => showProblems(err, form.setError, ['outcome', 'decidedOn', 'newDecision']),
    }),
  );
  // The decisions the API allows on this request (dismissed as late only for a late one).
  const outcomes: Outcome[] = r.outcomes;
  return (
    <div className="form" data-form="rectification-outcome">
      <ErrorMessage error={record.error} />
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('rectification.outcome')}
            name={`outcome-${r.id}`}
            value={field.value}
            onChange={field.onChange}
          >
            {outcomes.map((o) => (
              <RadioButton key={o} value={o}>
                {t(`rectification.outcomes.${o}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
      />
      <DayField control={form.control} name="decidedOn" labelText={t('rectification.decidedOn')} />
      {form.watch('outcome') === 'changed' && (
        <TextareaField control={form.control} name="newDecision" labelText={t('rectification.newDecision')} nullable />
      )}
      <div className="actions">
        <Button disabled={record.isPending} onClick={() => void send()}>
          {t('rectification.saveOutcome')}
        </Button>
      </div>
    </div>
  );
}
