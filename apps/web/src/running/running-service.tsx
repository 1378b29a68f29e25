import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  StaticChip,
  TextInput,
} from 'suomifi-ui-components';
import type { z } from 'zod';
import { VisitSchema } from '../../../../libs/contracts/running-commands';
import { api, unwrap } from '../api/client';
import type { ArrangementDetail, MonthUse, Visit } from '../api/types';
import { keys, useArrangementCommand } from '../arrangements/queries';
import { type Column, DataTable } from '../common/data-table';
import { DateField } from '../common/date-field';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import {
  euros,
  finnishDate,
  finnishDay,
  finnishTime,
  helsinkiInstant,
  helsinkiToday,
  hoursText,
  monthText,
  shiftMonth,
} from '../common/format';
import { Fact, StepPanel } from '../common/step';
import { useIntervalText } from './service-steps';
import { CorrectionNotes, VisitCorrection } from './visit-correction';

interface Props {
  a: ArrangementDetail;
}

/**
 * A started service as its readers follow it, what they act on first: the period and what falls due in it
 * (the next evaluation, the continuation decision), and the month's use against the payment commitment.
 */
export function RunningSummary({ a }: Props) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(helsinkiToday().slice(0, 7));
  const { data: use } = useQuery({
    queryKey: keys.use(a.id, month),
    queryFn: () => unwrap(api.GET('/arrangements/{id}/use', { params: { path: { id: a.id }, query: { month } } })),
  });
  const r = a.running;
  const intervalText = useIntervalText();
  const periodId = useId();
  const useSection = useId();

  return (
    <>
      {r && (
        <section className="card" aria-labelledby={periodId}>
          <Heading variant="h2" id={periodId}>
            {t('running.period', { n: r.period ?? 1 })}: {finnishDate(r.periodStart)}–{finnishDate(r.periodEnd)}
          </Heading>
          {a.status === 'reassessment_overdue' && (
            // Said to every reader, the supplier first: no decision is in force, so no visit is paid.
            <InlineAlert status="warning" labelText={t('running.stoppedTitle')}>
              {t('running.stopped', { day: finnishDate(r.periodEnd) })}
            </InlineAlert>
          )}
          <dl className="facts">
            <Fact label={t('running.startedOn')}>{finnishDate(a.startedOn)}</Fact>
            <Fact label={t('arrangement.hours')}>{a.hoursPerMonth ?? '–'}</Fact>
            {r.nextEvaluationDueOn && (
              <Fact label={t('running.nextEvaluation')}>
                {finnishDate(r.nextEvaluationDueOn)}
                {r.evaluationDue && <StaticChip className="chip-alert">{t('facts.due')}</StaticChip>}
              </Fact>
            )}
            {!r.continuationOutcome && r.continuationDueFrom && (
              <Fact label={t('facts.continuationFrom')}>{finnishDate(r.continuationDueFrom)}</Fact>
            )}
            {!r.continuationOutcome && <Fact label={t('running.continuationDue')}>{finnishDate(r.periodEnd)}</Fact>}
            <Fact label={t('running.evaluationsHeld')}>{r.evaluationsHeld}</Fact>
            {r.evaluationInterval && (
              <Fact label={t('serviceSteps.interval')}>{intervalText(r.evaluationInterval)}</Fact>
            )}
            {r.continuationOutcome && (
              <Fact label={t('running.continuation')}>{t(`running.outcome.${r.continuationOutcome}`)}</Fact>
            )}
            {r.changeStatus && <Fact label={t('running.change')}>{t(`running.changeStatus.${r.changeStatus}`)}</Fact>}
            {r.change && (
              <>
                {r.change.hoursPerMonth !== null && (
                  <Fact label={t('running.changeHours')}>
                    {t('running.nowAndAsked', { now: a.hoursPerMonth ?? '–', asked: r.change.hoursPerMonth })}
                  </Fact>
                )}
                {r.change.supplier && (
                  <Fact label={t('running.changeSupplier')}>
                    {t('running.nowAndAsked', {
                      now: a.parties.supplier?.name ?? t('facts.notChosen'),
                      asked: r.change.supplier.name,
                    })}
                  </Fact>
                )}
                <Fact label={t('running.changeFrom')}>{finnishDate(r.change.effectiveOn)}</Fact>
              </>
            )}
            {a.ended && (
              <Fact label={t('running.endedOn')}>
                {finnishDate(a.ended.endedOn)}
                {a.ended.reason ? ` · ${t(`running.reasons.${a.ended.reason}`, { defaultValue: a.ended.reason })}` : ''}
              </Fact>
            )}
          </dl>
        </section>
      )}
      <section className="card" aria-labelledby={useSection}>
        <Heading variant="h2" id={useSection}>
          {t('running.use', { month: monthText(month) })}
        </Heading>
        {use && <UseMeter use={use} />}
        <div className="actions">
          <Button variant="secondary" onClick={() => setMonth(shiftMonth(month, -1))}>
            {t('running.previousMonth')}
          </Button>
          <Button variant="secondary" onClick={() => setMonth(shiftMonth(month, 1))}>
            {t('running.nextMonth')}
          </Button>
        </div>
      </section>
    </>
  );
}

/** The visits recorded on the service, newest first as the API gives them. */
export function Visits({ a }: Props) {
  const { t } = useTranslation();
  const { data: visits = [] } = useQuery({
    queryKey: keys.visits(a.id),
    queryFn: () => unwrap(api.GET('/arrangements/{id}/visits', { params: { path: { id: a.id } } })),
  });
  const visitsId = useId();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const chosen = visits.find((v) => v.id === correcting);
  const columns: Column<Visit>[] = [
    {
      key: 'when',
      label: t('running.when'),
      cell: (v) => `${finnishDate(v.visitOn)} ${finnishTime(v.startsAt)}`,
    },
    { key: 'hours', label: t('running.hours'), cell: (v) => hoursText(v.hours) },
    {
      key: 'status',
      label: t('running.visitStatus'),
      cell: (v) => (
        <>
          {v.voided
            ? t('running.voided')
            : v.cancelledBy
              ? t('running.cancelledBy', {
                  by: t(`running.by.${v.cancelledBy}`),
                  when: v.cancelledAt ? `${finnishDay(v.cancelledAt)} ${finnishTime(v.cancelledAt)}` : '',
                })
              : t('running.delivered')}
          <CorrectionNotes visit={v} />
        </>
      ),
    },
    { key: 'charged', label: t('running.charged'), cell: (v) => hoursText(v.chargedHours) },
  ];
  // The correction column shows where the API lets the reader correct some visit.
  if (visits.some((v) => (v.allowedActions ?? []).length > 0)) {
    columns.push({
      key: 'correct',
      label: t('running.correction'),
      cell: (v) =>
        (v.allowedActions ?? []).length > 0 && (
          <Button variant="secondary" onClick={() => setCorrecting(v.id)}>
            {t('running.correct')}
          </Button>
        ),
    });
  }
  return (
    <section className="card" aria-labelledby={visitsId}>
      <Heading variant="h2" id={visitsId}>
        {t('running.visits')}
      </Heading>
      <DataTable
        caption={t('running.visits')}
        captionHidden
        columns={columns}
        rows={visits}
        empty={t('running.noVisits')}
        rowKey={(v) => v.id}
        rowAttributes={(v) => ({ 'data-visit': v.id })}
        data-list="visits"
      />
      {chosen && <VisitCorrection key={chosen.id} a={a} visit={chosen} onDone={() => setCorrecting(null)} />}
    </section>
  );
}

/** The month's charged hours against the commitment, as a bar one takes in at a glance, and in words. */
function UseMeter({ use }: { use: MonthUse }) {
  const { t } = useTranslation();
  const committed = use.commitment?.unitsPerMonth ?? null;
  const max = Math.max(committed ?? 0, use.chargedHours, 1);
  return (
    <>
      {committed !== null && (
        <div className="meter" aria-hidden="true">
          <div
            className={use.overCommitment ? 'meter-fill over' : 'meter-fill'}
            style={{ width: `${Math.min(100, (use.chargedHours / max) * 100)}%` }}
          />
          <div className="meter-mark" style={{ left: `${(committed / max) * 100}%` }} />
        </div>
      )}
      <Paragraph>
        {committed === null
          ? t('running.usedNoCommitment', { used: hoursText(use.chargedHours) })
          : t(use.overCommitment ? 'running.usedOver' : 'running.used', {
              used: hoursText(use.chargedHours),
              committed: hoursText(committed),
              left: hoursText(Math.max(0, use.remainingHours ?? 0)),
            })}
      </Paragraph>
      <dl className="facts">
        <Fact label={t('running.deliveredVisits')}>
          {use.deliveredVisits} ({hoursText(use.deliveredHours)} h)
        </Fact>
        <Fact label={t('running.clientCancellations')}>
          {t('running.lateOf', { n: use.clientCancellations, late: use.lateClientCancellations })}
        </Fact>
        <Fact label={t('running.supplierCancellations')}>{use.supplierCancellations}</Fact>
        {use.amountCents !== null && <Fact label={t('running.amount')}>{euros(use.amountCents)}</Fact>}
      </dl>
    </>
  );
}

/** The visit form as typed: a day, Finnish clock times, hours with a decimal comma. */
interface VisitTyped {
  day: string;
  time: string;
  hours: string;
  /** Whether the visit happened: the body's `status`. */
  happened: 'delivered' | 'cancelled';
  cancelledBy: 'client' | 'supplier';
  cancelledDay: string;
  cancelledTime: string;
}
type VisitBody = z.output<typeof VisitSchema>;

/** 9.00 or 09:00 → an instant in Finland; '' when the day or the time is not one (the schema then names it). */
function instantOf(day: string, time: string): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!day || !m || Number(m[1]) > 23 || Number(m[2]) > 59) return '';
  return helsinkiInstant(day, `${m[1]!.padStart(2, '0')}:${m[2]}`);
}

/** Where the API's fields are typed on the form. */
const VISIT_FIELDS: Record<string, keyof VisitTyped> = {
  startsAt: 'time',
  hours: 'hours',
  status: 'happened',
  cancelledBy: 'cancelledBy',
  cancelledAt: 'cancelledTime',
};

/** The form as the API's body, checked with the API's own schema; its problems put on the fields typed. */
const visitResolver: Resolver<VisitTyped, unknown, VisitBody> = (typed) => {
  const cancelled = typed.happened === 'cancelled';
  const body = {
    startsAt: instantOf(typed.day, typed.time),
    hours: typed.hours.trim() === '' ? Number.NaN : Number(typed.hours.replace(',', '.')),
    status: typed.happened,
    cancelledBy: cancelled ? typed.cancelledBy : null,
    cancelledAt: cancelled ? instantOf(typed.cancelledDay, typed.cancelledTime) : null,
  };
  const parsed = VisitSchema.safeParse(body);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: FieldErrors<VisitTyped> = {};
  for (const issue of parsed.error.issues) {
    const field = VISIT_FIELDS[String(issue.path[0])] ?? 'time';
    const rule = issue.code === 'custom' ? String((issue.params as { rule?: string }).rule) : issue.code;
    errors[field] ??= { type: rule, message: rule };
  }
  return { values: {}, errors };
};

/** A visit delivered or cancelled, as the supplier (or the own worker) records it. */
export function VisitForm({ a }: Props) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const form = useForm<VisitTyped, unknown, VisitBody>({
    resolver: visitResolver,
    defaultValues: {
      day: helsinkiToday(),
      time: '09:00',
      hours: '2',
      happened: 'delivered',
      cancelledBy: 'client',
      cancelledDay: helsinkiToday(),
      cancelledTime: '08:00',
    },
  });
  const command = useArrangementCommand(a.id, (body: VisitBody, api) =>
    unwrap(api.POST('/arrangements/{id}/visits', { params: { path: { id: a.id } }, body })),
  );
  const cancelled = form.watch('happened') === 'cancelled';
  const send = form.handleSubmit((body) =>
    command.mutate(body, {
      onError: (err) => showProblems(err, form.setError, Object.values(VISIT_FIELDS), VISIT_FIELDS),
    }),
  );
  const text = (name: 'time' | 'hours' | 'cancelledTime', label: string, hint?: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          labelText={label}
          hintText={hint}
          inputMode={name === 'hours' ? 'decimal' : undefined}
          value={field.value}
          onChange={(v) => field.onChange(String(v ?? ''))}
          onBlur={field.onBlur}
          {...status(fieldState.error)}
        />
      )}
    />
  );
  return (
    <StepPanel title={t('running.recordVisit')}>
      <ErrorMessage error={command.error} />
      <div className="fields-row">
        <Controller
          control={form.control}
          name="day"
          render={({ field }) => (
            <DateField labelText={t('running.visitDay')} value={field.value} onChange={field.onChange} />
          )}
        />
        {text('time', t('running.visitTime'), t('running.timeHint'))}
        {text('hours', t('running.hours'))}
      </div>
      <Controller
        control={form.control}
        name="happened"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('running.visitStatus')}
            name="visit-status"
            value={field.value}
            onChange={field.onChange}
          >
            <RadioButton value="delivered">{t('running.delivered')}</RadioButton>
            <RadioButton value="cancelled">{t('running.cancelled')}</RadioButton>
          </RadioButtonGroup>
        )}
      />
      {cancelled && (
        <>
          <Controller
            control={form.control}
            name="cancelledBy"
            render={({ field }) => (
              <RadioButtonGroup
                labelText={t('running.whoCancelled')}
                name="cancelled-by"
                value={field.value}
                onChange={field.onChange}
              >
                <RadioButton value="client">{t('running.by.client')}</RadioButton>
                <RadioButton value="supplier">{t('running.by.supplier')}</RadioButton>
              </RadioButtonGroup>
            )}
          />
          <div className="fields-row">
            <Controller
              control={form.control}
              name="cancelledDay"
              render={({ field }) => (
                <DateField labelText={t('running.cancelledDay')} value={field.value} onChange={field.onChange} />
              )}
            />
            {text('cancelledTime', t('running.cancelledTime'), t('running.timeHint'))}
          </div>
        </>
      )}
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('running.saveVisit')}
        </Button>
      </div>
      {command.isSuccess && (
        <Paragraph role="status" className="saved">
          {t('running.visitSaved')}
        </Paragraph>
      )}
    </StepPanel>
  );
}
