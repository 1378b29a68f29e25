import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { z } from 'zod';
import { GOALS_PROGRESS, PARTICIPANTS } from '../../../../libs/contracts/arrangement';
import { EvaluationSchema, StartSchema } from '../../../../libs/contracts/arrangement-commands';
import { unwrap } from '../api/client';
import type { ArrangementDetail } from '../api/types';
import { ErrorMessage, showProblems, useRuleText } from '../common/errors';
import { DayField, TextareaField } from '../common/fields';
import { finnishDate, helsinkiToday } from '../common/format';
import { rulesResolver } from '../common/forms';
import { StepPanel } from '../common/step';
import { useCard } from '../catalogue/catalogue';
import { EvaluationIntervalField, intervalChoices } from '../running/service-steps';
import { useArrangementCommand } from './queries';

interface Props {
  a: ArrangementDetail;
}

/**
 * The starting negotiation: the day the service started, the goals agreed with the family, and how often
 * the evaluation meetings are held, within the card's bounds (seed 002: every one to three months).
 */
export function Start({ a }: Props) {
  const { t } = useTranslation();
  const { data: card } = useCard(a.serviceCode, a.catalogueVersion);
  const choices = intervalChoices(
    card?.evaluationInterval
      ? { shortest: card.evaluationIntervalShortest ?? null, longest: card.evaluationInterval }
      : null,
  );
  const form = useForm<z.input<typeof StartSchema>, unknown, z.output<typeof StartSchema>>({
    resolver: rulesResolver(StartSchema),
    defaultValues: { startedOn: helsinkiToday(), goals: a.proposal?.goals ?? '', evaluationInterval: null },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof StartSchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/start', { params: { path: { id: a.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, {
      onError: (err) => showProblems(err, form.setError, ['startedOn', 'goals', 'evaluationInterval']),
    }),
  );
  return (
    <StepPanel title={t('worker.start')}>
      <ErrorMessage error={command.error} />
      <DayField control={form.control} name="startedOn" labelText={t('worker.startedOn')} />
      <TextareaField control={form.control} name="goals" labelText={t('arrangement.goals')} />
      <EvaluationIntervalField control={form.control} name="evaluationInterval" choices={choices} />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('worker.recordStart')}
        </Button>
      </div>
    </StepPanel>
  );
}

/**
 * An evaluation meeting: when, who took part, how the goals are going, what was agreed. The form opens
 * by itself when the evaluation is due (the API says so), and on the worker's asking before that.
 */
export function Evaluation({ a }: Props) {
  const { t } = useTranslation();
  const due = a.running?.evaluationDue ?? false;
  const dueOn = a.running?.nextEvaluationDueOn;
  return (
    <StepPanel
      title={t('worker.evaluation')}
      fold={{
        open: due,
        button: t('facts.recordEvaluation'),
        note: dueOn && t('facts.evaluationNotDue', { date: finnishDate(dueOn) }),
      }}
    >
      {due && <Paragraph>{t('facts.evaluationDue')}</Paragraph>}
      <EvaluationForm a={a} />
    </StepPanel>
  );
}

/** The evaluation's fields and its button, inside the step's panel. */
function EvaluationForm({ a }: Props) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const form = useForm<z.input<typeof EvaluationSchema>, unknown, z.output<typeof EvaluationSchema>>({
    resolver: rulesResolver(EvaluationSchema),
    defaultValues: {
      heldOn: helsinkiToday(),
      participants: ['own_worker'],
      goalsProgress: 'on_track',
      notes: '',
      newGoals: null,
      evaluationInterval: a.running?.evaluationInterval ?? null,
    },
  });
  const current = a.running?.evaluationInterval ?? null;
  const command = useArrangementCommand(a.id, (body: z.output<typeof EvaluationSchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/evaluations', { params: { path: { id: a.id } }, body })),
  );
  // The gap is sent only when the meeting changed it.
  const send = form.handleSubmit((body) =>
    command.mutate(
      { ...body, evaluationInterval: body.evaluationInterval !== current ? body.evaluationInterval : null },
      {
        onSuccess: () => form.reset({ ...form.getValues(), notes: '', newGoals: null }),
        onError: (err) =>
          showProblems(err, form.setError, [
            'heldOn',
            'participants',
            'goalsProgress',
            'notes',
            'newGoals',
            'evaluationInterval',
          ]),
      },
    ),
  );
  return (
    <>
      <ErrorMessage error={command.error} />
      <DayField control={form.control} name="heldOn" labelText={t('worker.heldOn')} />
      <Controller
        control={form.control}
        name="participants"
        render={({ field, fieldState }) => (
          <fieldset className="checks">
            <legend>{t('worker.participants')}</legend>
            {PARTICIPANTS.map((p) => (
              <Checkbox
                key={p}
                checked={field.value.includes(p)}
                onClick={({ checkboxState }) =>
                  field.onChange(checkboxState ? [...field.value, p] : field.value.filter((x) => x !== p))
                }
              >
                {t(`worker.participant.${p}`)}
              </Checkbox>
            ))}
            {fieldState.error && (
              <p className="field-error" role="alert">
                {ruleText(fieldState.error.type)}
              </p>
            )}
          </fieldset>
        )}
      />
      <Controller
        control={form.control}
        name="goalsProgress"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('worker.progress')}
            name="progress"
            value={field.value}
            onChange={(v) => field.onChange(v as (typeof GOALS_PROGRESS)[number])}
          >
            {GOALS_PROGRESS.map((g) => (
              <RadioButton key={g} value={g}>
                {t(`worker.goalsProgress.${g}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
      />
      <TextareaField control={form.control} name="notes" labelText={t('worker.notes')} />
      <TextareaField control={form.control} name="newGoals" nullable labelText={t('serviceSteps.newGoals')} />
      <EvaluationIntervalField
        control={form.control}
        name="evaluationInterval"
        choices={intervalChoices(a.running?.evaluationIntervalBounds)}
      />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('worker.recordEvaluation')}
        </Button>
      </div>
    </>
  );
}
