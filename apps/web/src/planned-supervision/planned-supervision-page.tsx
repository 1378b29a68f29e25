import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
} from 'suomifi-ui-components';
import { z } from 'zod';
import { rule } from '../../../../libs/contracts/rules';
import { PlannedVisitFindingsSchema } from '../../../../libs/contracts/supervision-commands';
import { type Column, DataTable } from '../common/data-table';
import { CaseKind } from '../supervision/kind';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { DayField, TextareaField } from '../common/fields';
import { finnishDate, finnishDay, helsinkiToday, intervalText } from '../common/format';
import { rulesResolver } from '../common/forms';
import { ResultRegion, useResult } from '../common/focus';
import { Loading } from '../common/loading';
import { StepPanel } from '../common/step';
import { useTitle } from '../common/title';
import {
  allowsOnPlan,
  allowsOnVisit,
  INTERVALS,
  type PlannedVisit,
  type SupplierPlan,
  usePlan,
  usePlans,
  useRecordFindings,
  useStopPlan,
  useVisits,
} from './queries';

type Say = (text: string) => void;

/**
 * Planned supervision (the arranging team, the team lead, procurement): each supplier's schedule of visits,
 * set, replaced or stopped where the API allows it; the visits due and their findings recorded, a concern
 * taken to the supplier's supervision case, linked; the visits done.
 */
export default function PlannedSupervisionPage() {
  const { t } = useTranslation();
  useTitle(t('plannedSupervision.title'));
  const { result, say } = useResult();
  // The case a concern was brought to: linked under the result that says so.
  const [caseId, setCaseId] = useState<string | null>(null);
  return (
    <>
      <Heading variant="h1">{t('plannedSupervision.title')}</Heading>
      <Paragraph>{t('plannedSupervision.intro')}</Paragraph>
      <ResultRegion result={result} />
      {caseId && (
        <Paragraph>
          <RouterLink asComponent={Link} to={`/supervision/cases/${caseId}`}>
            {t('plannedSupervision.openCase')}
          </RouterLink>
        </Paragraph>
      )}
      <Schedules say={say} />
      <DueVisits
        recorded={(text, c) => {
          setCaseId(c);
          say(text);
        }}
      />
      <DoneVisits />
    </>
  );
}

function Schedules({ say }: { say: Say }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const stop = useStopPlan();
  const columns: Column<SupplierPlan>[] = [
    {
      key: 'supplier',
      label: t('plannedSupervision.supplier'),
      header: 'row',
      // An own-production unit's plan is its self-monitoring, planned by the service line's lead.
      cell: (p) => (
        <>
          {p.supplierName} {p.selfMonitoring && <CaseKind c={p} />}
        </>
      ),
    },
    {
      key: 'interval',
      label: t('plannedSupervision.interval'),
      cell: (p) => (
        <>
          {p.plan?.every ? intervalText(p.plan.every, t) : t('plannedSupervision.notPlanned')}
          {p.plan?.paused && ` (${t('plannedSupervision.paused')})`}
        </>
      ),
    },
    {
      key: 'next',
      label: t('plannedSupervision.nextVisits'),
      cell: (p) =>
        (p.plan?.nextVisits ?? [])
          .slice(0, 3)
          .map((at) => finnishDay(at))
          .join(', '),
    },
    { key: 'due', label: t('plannedSupervision.dueVisits'), cell: (p) => p.dueVisits },
    {
      key: 'actions',
      label: t('plannedSupervision.actions'),
      cell: (p) =>
        allowsOnPlan(p, 'stopPlan') && (
          <Button
            variant="secondary"
            aria-label={t('plannedSupervision.stopFor', { supplier: p.supplierName })}
            disabled={stop.isPending}
            onClick={() =>
              stop.mutate(p.supplierId, {
                onSuccess: () => say(t('plannedSupervision.stopped', { supplier: p.supplierName })),
              })
            }
          >
            {t('plannedSupervision.stop')}
          </Button>
        ),
    },
  ];
  const settable = (plans.data ?? []).filter((p) => allowsOnPlan(p, 'plan'));
  return (
    <>
      <section className="card" aria-labelledby="schedules">
        <Heading variant="h2" id="schedules">
          {t('plannedSupervision.schedules')}
        </Heading>
        <ErrorMessage error={plans.error ?? stop.error} />
        {plans.isPending && <Loading />}
        <DataTable
          data-list="plans"
          caption={t('plannedSupervision.schedulesCaption')}
          columns={columns}
          rows={plans.data}
          rowKey={(p) => p.supplierId}
          rowAttributes={(p) => ({ 'data-supplier': p.supplierId })}
        />
      </section>
      {settable.length > 0 && <SetSchedule suppliers={settable} say={say} />}
    </>
  );
}

const ScheduleForm = z.object({
  supplierId: z.string().refine((id) => id !== '', rule('required', 'choose the supplier')),
  every: z.enum(INTERVALS),
});

/** A supplier's visits on a schedule of whole months; a new interval replaces the one it has. */
function SetSchedule({ suppliers, say }: { suppliers: SupplierPlan[]; say: Say }) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const form = useForm<z.input<typeof ScheduleForm>, unknown, z.output<typeof ScheduleForm>>({
    resolver: rulesResolver(ScheduleForm),
    defaultValues: { supplierId: '', every: 'P6M' },
  });
  const plan = usePlan();
  const save = form.handleSubmit(({ supplierId, every }) =>
    plan.mutate(
      { supplierId, every },
      {
        onSuccess: () =>
          say(
            t('plannedSupervision.saved', {
              supplier: suppliers.find((s) => s.supplierId === supplierId)?.supplierName ?? '',
              interval: intervalText(every, t),
            }),
          ),
        onError: (err) => showProblems(err, form.setError, ['every']),
      },
    ),
  );
  return (
    <StepPanel title={t('plannedSupervision.set')}>
      <Paragraph>{t('plannedSupervision.setHint')}</Paragraph>
      <ErrorMessage error={plan.error} />
      <div className="fields-row">
        <Controller
          control={form.control}
          name="supplierId"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('plannedSupervision.supplier')}
              visualPlaceholder={t('plannedSupervision.choose')}
              value={field.value || null}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {suppliers.map((s) => (
                <DropdownItem key={s.supplierId} value={s.supplierId}>
                  {s.supplierName}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
        <Controller
          control={form.control}
          name="every"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('plannedSupervision.interval')}
              value={field.value}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {INTERVALS.map((every) => (
                <DropdownItem key={every} value={every}>
                  {intervalText(every, t)}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
      </div>
      <div className="actions">
        <Button disabled={plan.isPending} onClick={() => void save()}>
          {t('plannedSupervision.save')}
        </Button>
      </div>
    </StepPanel>
  );
}

function DueVisits({ recorded }: { recorded: (text: string, caseId: string | null) => void }) {
  const { t } = useTranslation();
  const visits = useVisits('due');
  const [chosen, setChosen] = useState<PlannedVisit | null>(null);
  const columns: Column<PlannedVisit>[] = [
    { key: 'supplier', label: t('plannedSupervision.supplier'), header: 'row', cell: (v) => v.supplierName },
    { key: 'dueAt', label: t('plannedSupervision.dueAt'), cell: (v) => finnishDay(v.dueAt) },
    {
      key: 'actions',
      label: t('plannedSupervision.actions'),
      cell: (v) =>
        allowsOnVisit(v, 'recordFindings') && (
          <Button
            variant="secondary"
            aria-label={t('plannedSupervision.recordFor', { supplier: v.supplierName, date: finnishDay(v.dueAt) })}
            aria-expanded={chosen?.id === v.id}
            onClick={() => setChosen(v)}
          >
            {t('plannedSupervision.record')}
          </Button>
        ),
    },
  ];
  return (
    <>
      <section className="card" aria-labelledby="due-visits">
        <Heading variant="h2" id="due-visits">
          {t('plannedSupervision.due')}
        </Heading>
        <ErrorMessage error={visits.error} />
        {visits.isPending && <Loading />}
        <DataTable
          data-list="due-visits"
          caption={t('plannedSupervision.dueCaption')}
          columns={columns}
          rows={visits.data}
          empty={t('plannedSupervision.noneDue')}
          rowKey={(v) => v.id}
          rowAttributes={visitRow}
        />
      </section>
      {chosen && (
        <Findings
          key={chosen.id}
          visit={chosen}
          done={(text, caseId) => {
            setChosen(null);
            recorded(text, caseId);
          }}
        />
      )}
    </>
  );
}

const YES = 'yes';
const NO = 'no';

/** A visit's findings: the day it was made, whether they give cause for concern, and what was found. */
function Findings({ visit, done }: { visit: PlannedVisit; done: (text: string, caseId: string | null) => void }) {
  const { t } = useTranslation();
  const form = useForm<
    z.input<typeof PlannedVisitFindingsSchema>,
    unknown,
    z.output<typeof PlannedVisitFindingsSchema>
  >({
    resolver: rulesResolver(PlannedVisitFindingsSchema),
    defaultValues: { visitedOn: helsinkiToday(), concern: false, findings: '' },
  });
  const record = useRecordFindings();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The pressed button stays in its row: the focus moves on to the form it opened.
    box.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);
  const save = form.handleSubmit((body) =>
    record.mutate(
      { id: visit.id, body },
      {
        onSuccess: (v) =>
          done(
            t(v.caseId ? 'plannedSupervision.recordedWithCase' : 'plannedSupervision.recorded', {
              supplier: v.supplierName,
            }),
            v.caseId,
          ),
        onError: (err) => showProblems(err, form.setError, ['visitedOn', 'concern', 'findings']),
      },
    ),
  );
  return (
    <StepPanel
      title={t('plannedSupervision.recordTitle', { supplier: visit.supplierName, date: finnishDay(visit.dueAt) })}
    >
      <div className="form" ref={box}>
        <ErrorMessage error={record.error} />
        <DayField control={form.control} name="visitedOn" labelText={t('plannedSupervision.visitedOn')} />
        <Controller
          control={form.control}
          name="concern"
          render={({ field }) => (
            <RadioButtonGroup
              labelText={t('plannedSupervision.concern')}
              name={`concern-${visit.id}`}
              value={field.value ? YES : NO}
              onChange={(v) => field.onChange(v === YES)}
            >
              <RadioButton value={NO}>{t('plannedSupervision.concernNo')}</RadioButton>
              <RadioButton value={YES}>{t('plannedSupervision.concernYes')}</RadioButton>
            </RadioButtonGroup>
          )}
        />
        <TextareaField control={form.control} name="findings" labelText={t('plannedSupervision.findings')} />
      </div>
      <div className="actions">
        <Button disabled={record.isPending} onClick={() => void save()}>
          {t('plannedSupervision.saveFindings')}
        </Button>
      </div>
    </StepPanel>
  );
}

function DoneVisits() {
  const { t } = useTranslation();
  const visits = useVisits('done');
  const columns: Column<PlannedVisit>[] = [
    { key: 'supplier', label: t('plannedSupervision.supplier'), header: 'row', cell: (v) => v.supplierName },
    { key: 'dueAt', label: t('plannedSupervision.dueAt'), cell: (v) => finnishDay(v.dueAt) },
    { key: 'visitedOn', label: t('plannedSupervision.visitedOn'), cell: (v) => finnishDate(v.visitedOn) },
    {
      key: 'concern',
      label: t('plannedSupervision.concernColumn'),
      cell: (v) => (v.concern ? t('plannedSupervision.yes') : t('plannedSupervision.no')),
    },
    { key: 'findings', label: t('plannedSupervision.findings'), cell: (v) => v.findings?.findings ?? '' },
    {
      key: 'case',
      label: t('plannedSupervision.case'),
      cell: (v) =>
        v.caseId && (
          <RouterLink asComponent={Link} to={`/supervision/cases/${v.caseId}`}>
            {t('plannedSupervision.openCase')}
            <span className="visually-hidden">
              : {v.supplierName}, {finnishDay(v.dueAt)}
            </span>
          </RouterLink>
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="done-visits">
      <Heading variant="h2" id="done-visits">
        {t('plannedSupervision.done')}
      </Heading>
      <ErrorMessage error={visits.error} />
      {visits.isPending && <Loading />}
      <DataTable
        data-list="done-visits"
        caption={t('plannedSupervision.doneCaption')}
        columns={columns}
        rows={visits.data?.toReversed()}
        empty={t('plannedSupervision.noneDone')}
        rowKey={(v) => v.id}
        rowAttributes={visitRow}
      />
    </section>
  );
}

const visitRow = (v: PlannedVisit) => ({ 'data-visit': v.id });
