import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { api, unwrap } from '../../api/client';
import type { ArrangementDetail, Me, MonthUse, Visit } from '../../api/types';
import { DateField } from '../../date-field';
import { euros, finnishDate, finnishDay, finnishTime, helsinkiInstant, helsinkiToday, hoursText } from '../../format';
import { Fact, StepPanel, useCommand } from './step';

interface Props {
  a: ArrangementDetail;
  me: Me;
  onError: (err: unknown) => void;
}

/** A started service as the own worker, the team and the supplier follow it: its period, the month's use, the visits. */
export function RunningService({ a, me, onError }: Props) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(helsinkiToday().slice(0, 7));
  const [use, setUse] = useState<MonthUse | null>(null);
  const [visits, setVisits] = useState<Visit[]>([]);
  const load = useCallback(async () => {
    try {
      const [u, v] = await Promise.all([
        unwrap(api.GET('/arrangements/{id}/use', { params: { path: { id: a.id }, query: { month } } })),
        unwrap(api.GET('/arrangements/{id}/visits', { params: { path: { id: a.id } } })),
      ]);
      setUse(u);
      setVisits(v);
    } catch (err) {
      onError(err);
    }
  }, [a.id, month, onError]);
  useEffect(() => void load(), [load]);
  const r = a.running;
  const periodId = useId();
  const useSection = useId();
  const visitsId = useId();
  const recordsVisits =
    (me.role === 'supplier' || me.role === 'own_worker') &&
    ['active', 'reassessment_overdue', 'ended'].includes(a.status);

  return (
    <>
      {r && (
        <section className="card" aria-labelledby={periodId}>
          <Heading variant="h2" id={periodId}>
            {t('running.period', { n: r.period ?? 1 })}
          </Heading>
          <dl className="facts">
            <Fact label={t('running.periodDates')}>
              {finnishDate(r.periodStart)}–{finnishDate(r.periodEnd)}
            </Fact>
            <Fact label={t('running.startedOn')}>{finnishDate(a.startedOn)}</Fact>
            <Fact label={t('running.evaluationsHeld')}>{r.evaluationsHeld}</Fact>
            {r.nextEvaluationDueAt && (
              <Fact label={t('running.nextEvaluation')}>{finnishDay(r.nextEvaluationDueAt)}</Fact>
            )}
            {r.continuationDueAt && <Fact label={t('running.continuationDue')}>{finnishDay(r.continuationDueAt)}</Fact>}
            {r.continuationOutcome && (
              <Fact label={t('running.continuation')}>{t(`running.outcome.${r.continuationOutcome}`)}</Fact>
            )}
            {r.changeStatus && <Fact label={t('running.change')}>{t(`running.changeStatus.${r.changeStatus}`)}</Fact>}
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
        <div className="actions">
          <Button variant="secondary" onClick={() => setMonth(shift(month, -1))}>
            {t('running.previousMonth')}
          </Button>
          <Button variant="secondary" onClick={() => setMonth(shift(month, 1))}>
            {t('running.nextMonth')}
          </Button>
        </div>
        {use && <UseMeter use={use} />}
      </section>
      <section className="card" aria-labelledby={visitsId}>
        <Heading variant="h2" id={visitsId}>
          {t('running.visits')}
        </Heading>
        {visits.length === 0 ? (
          <Paragraph>{t('running.noVisits')}</Paragraph>
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t('running.visits')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('running.when')}</th>
                <th scope="col">{t('running.hours')}</th>
                <th scope="col">{t('running.visitStatus')}</th>
                <th scope="col">{t('running.charged')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => (
                <tr key={v.id}>
                  <td>
                    {finnishDate(v.visitOn)} {finnishTime(v.startsAt)}
                  </td>
                  <td>{hoursText(v.hours)}</td>
                  <td>
                    {v.status === 'delivered'
                      ? t('running.delivered')
                      : t('running.cancelledBy', {
                          by: t(`running.by.${v.cancelledBy}`),
                          when: v.cancelledAt ? `${finnishDay(v.cancelledAt)} ${finnishTime(v.cancelledAt)}` : '',
                        })}
                  </td>
                  <td>{hoursText(v.chargedHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {recordsVisits && <VisitForm a={a} me={me} onDone={load} onError={onError} />}
    </>
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

/** A visit delivered or cancelled, as the supplier (or the own worker) records it. */
function VisitForm({ a, me, onDone, onError }: Props & { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [day, setDay] = useState(helsinkiToday());
  const [time, setTime] = useState('09:00');
  const [hours, setHours] = useState('2');
  const [status, setStatus] = useState<'delivered' | 'cancelled'>('delivered');
  const [by, setBy] = useState<'client' | 'supplier'>(me.role === 'supplier' ? 'client' : 'supplier');
  const [cancelledDay, setCancelledDay] = useState(helsinkiToday());
  const [cancelledTime, setCancelledTime] = useState('08:00');
  const [saved, setSaved] = useState(false);
  const number = Number(hours.replace(',', '.'));
  const validTime = (x: string) => /^([01]\d|2[0-3])[:.][0-5]\d$/.test(x);
  const clock = (x: string) => x.replace('.', ':');
  const ready =
    day && validTime(time) && number > 0 && (status === 'delivered' || (cancelledDay && validTime(cancelledTime)));
  const record = () =>
    run(async () => {
      setSaved(false);
      await unwrap(
        api.POST('/arrangements/{id}/visits', {
          params: { path: { id: a.id } },
          body: {
            startsAt: helsinkiInstant(day, clock(time)),
            hours: number,
            status,
            cancelledBy: status === 'cancelled' ? by : null,
            cancelledAt: status === 'cancelled' ? helsinkiInstant(cancelledDay, clock(cancelledTime)) : null,
          },
        }),
      );
      setSaved(true);
    });
  return (
    <StepPanel title={t('running.recordVisit')}>
      <div className="fields-row">
        <DateField labelText={t('running.visitDay')} value={day} onChange={setDay} />
        <TextInput
          labelText={t('running.visitTime')}
          hintText={t('running.timeHint')}
          value={time}
          onChange={(v) => setTime(String(v))}
        />
        <TextInput
          labelText={t('running.hours')}
          value={hours}
          onChange={(v) => setHours(String(v))}
          inputMode="decimal"
        />
      </div>
      <RadioButtonGroup
        labelText={t('running.visitStatus')}
        name="visit-status"
        value={status}
        onChange={(v) => setStatus(v as 'delivered' | 'cancelled')}
      >
        <RadioButton value="delivered">{t('running.delivered')}</RadioButton>
        <RadioButton value="cancelled">{t('running.cancelled')}</RadioButton>
      </RadioButtonGroup>
      {status === 'cancelled' && (
        <>
          <RadioButtonGroup
            labelText={t('running.whoCancelled')}
            name="cancelled-by"
            value={by}
            onChange={(v) => setBy(v as 'client' | 'supplier')}
          >
            <RadioButton value="client">{t('running.by.client')}</RadioButton>
            <RadioButton value="supplier">{t('running.by.supplier')}</RadioButton>
          </RadioButtonGroup>
          <div className="fields-row">
            <DateField labelText={t('running.cancelledDay')} value={cancelledDay} onChange={setCancelledDay} />
            <TextInput
              labelText={t('running.cancelledTime')}
              hintText={t('running.timeHint')}
              value={cancelledTime}
              onChange={(v) => setCancelledTime(String(v))}
            />
          </div>
        </>
      )}
      <div className="actions">
        <Button disabled={busy || !ready} onClick={() => void record()}>
          {t('running.saveVisit')}
        </Button>
      </div>
      {saved && (
        <Paragraph role="status" className="saved">
          {t('running.visitSaved')}
        </Paragraph>
      )}
    </StepPanel>
  );
}

function monthText(month: string): string {
  const [y, m] = month.split('-');
  return `${Number(m)}/${y}`;
}

function shift(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}
