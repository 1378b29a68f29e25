import { useId } from 'react';
import { type Control, Controller, type FieldValues, type Path, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, RadioButton, RadioButtonGroup, StaticChip } from 'suomifi-ui-components';
import type { z } from 'zod';
import { StepSchema } from '../../../../libs/contracts/arrangement-commands';
import { unwrap } from '../api/client';
import { allows, type ArrangementDetail } from '../api/types';
import { useArrangementCommand } from '../arrangements/queries';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage, showProblems } from '../common/errors';
import { DayField } from '../common/fields';
import { finnishDate, helsinkiToday, intervalText } from '../common/format';
import { rulesResolver } from '../common/forms';
import { StepPanel } from '../common/step';

/**
 * The card's required steps as a checklist on the service (who did each, when, which are due), the form that
 * records one, and the gap between evaluation meetings as the family agrees on it. What is offered is the
 * API's `allowedActions`; the bounds of the gap are the card's, and the process judges them.
 */

type Item = ArrangementDetail['requiredSteps'][number];

/** A gap as a person reads it ("every 2 months"); a test catalogue's seconds as they are. */
export function useIntervalText() {
  const { t } = useTranslation();
  return (iso: string | null | undefined) => {
    return iso ? intervalText(iso, t) : '–';
  };
}

/** The gaps in whole months the card allows (one to three months: P1M, P2M, P3M); none for other units. */
export function intervalChoices(bounds: { shortest: string | null; longest: string } | null | undefined): string[] {
  const months = (iso: string | null) => (iso ? /^P(\d+)M$/.exec(iso)?.[1] : undefined);
  const longest = Number(months(bounds?.longest ?? null) ?? 0);
  const shortest = Number(months(bounds?.shortest ?? null) ?? 1);
  const choices: string[] = [];
  for (let n = Math.max(1, shortest); n <= longest; n++) choices.push(`P${n}M`);
  return choices;
}

/** The gap between evaluation meetings, chosen among the card's; nothing when the card offers no choice. */
export function EvaluationIntervalField<T extends FieldValues>({
  control,
  name,
  choices,
}: {
  control: Control<T>;
  name: Path<T>;
  choices: string[];
}) {
  const { t } = useTranslation();
  const intervalText = useIntervalText();
  if (choices.length < 2) return null;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioButtonGroup
          labelText={t('serviceSteps.interval')}
          groupHintText={t('serviceSteps.intervalHint')}
          name={name}
          value={(field.value as string | null | undefined) ?? ''}
          onChange={field.onChange}
        >
          {choices.map((c) => (
            <RadioButton key={c} value={c}>
              {intervalText(c)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    />
  );
}

const CHIPS: Record<Item['state'], string> = { done: '', open: '', due: 'chip-alert', overdue: 'chip-alert' };

/** Who took a step, by the names the arrangement's parties carry. */
function useDoer(a: ArrangementDetail) {
  return (id: string | null) => {
    if (!id) return '–';
    const p = a.parties;
    if (p.ownWorker?.id === id) return p.ownWorker.name;
    if (p.assignee?.id === id) return p.assignee.name;
    return '–';
  };
}

/** The checklist of the card's required steps, and the form for the steps recorded by hand. */
export function RequiredSteps({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const doer = useDoer(a);
  if (a.requiredSteps.length === 0) return null;
  const columns: Column<Item>[] = [
    {
      key: 'step',
      label: t('serviceSteps.step'),
      header: 'row',
      cell: (s) => t(`serviceSteps.steps.${s.code}`, { defaultValue: s.code }),
    },
    { key: 'when', label: t('serviceSteps.when'), cell: (s) => t(`serviceSteps.timing.${s.timing}`) },
    {
      key: 'state',
      label: t('serviceSteps.state'),
      cell: (s) => <StaticChip className={CHIPS[s.state]}>{t(`serviceSteps.states.${s.state}`)}</StaticChip>,
    },
    {
      key: 'done',
      label: t('serviceSteps.done'),
      cell: (s) => (s.doneOn ? t('serviceSteps.doneOnBy', { on: finnishDate(s.doneOn), by: doer(s.doneBy) }) : '–'),
    },
    {
      key: 'due',
      label: t('serviceSteps.due'),
      cell: (s) => (s.lastDay ? finnishDate(s.lastDay) : '–'),
    },
  ];
  return (
    <>
      <section className="card" aria-labelledby={headingId}>
        <Heading variant="h2" id={headingId}>
          {t('serviceSteps.title')}
        </Heading>
        <DataTable
          caption={t('serviceSteps.title')}
          captionHidden
          columns={columns}
          rows={a.requiredSteps}
          rowKey={(s) => s.code}
          rowAttributes={(s) => ({ 'data-step': s.code, 'data-state': s.state })}
          data-list="required-steps"
          empty={t('serviceSteps.none')}
        />
      </section>
      {allows(a, 'recordStep') && <RecordStep a={a} />}
    </>
  );
}

/** The last day for something due at an instant (due when a day begins is due by the day before). */
function RecordStep({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const steps = a.requiredSteps.filter((s) => s.recordable);
  const form = useForm<z.input<typeof StepSchema>, unknown, z.output<typeof StepSchema>>({
    resolver: rulesResolver(StepSchema),
    defaultValues: {
      step: steps.find((s) => s.state !== 'done')?.code ?? steps[0]?.code ?? '',
      doneOn: helsinkiToday(),
    },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof StepSchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/steps', { params: { path: { id: a.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['step', 'doneOn']) }),
  );
  if (steps.length === 0) return null;
  return (
    <StepPanel title={t('serviceSteps.record')}>
      <ErrorMessage error={command.error} />
      <Controller
        control={form.control}
        name="step"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('serviceSteps.step')}
            name="step"
            value={field.value}
            onChange={field.onChange}
          >
            {steps.map((s) => (
              <RadioButton key={s.code} value={s.code}>
                {t(`serviceSteps.steps.${s.code}`, { defaultValue: s.code })}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
      />
      <DayField control={form.control} name="doneOn" labelText={t('serviceSteps.doneOn')} />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('serviceSteps.save')}
        </Button>
      </div>
    </StepPanel>
  );
}
