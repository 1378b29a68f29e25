import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { z } from 'zod';
import {
  ClarificationAnswerSchema,
  clarificationSchema,
  CloseCaseSchema,
  type OutcomeSchema,
  ProcurementSchema,
  StatementSchema,
} from '../../../../libs/contracts/supervision-commands';
import { isoDate, rule, text } from '../../../../libs/contracts/rules';
import { daysBetween } from '../../../../libs/domain/dates';
import { unwrap } from '../api/client';
import { allowsOnCase, type SupervisionCase } from '../api/types';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { DayField, TextareaField } from '../common/fields';
import { helsinkiToday } from '../common/format';
import { rulesResolver } from '../common/forms';
import { StepPanel } from '../common/step';
import { fileKeys, PdfInput, uploadCaseFile } from './case-files';
import { useCaseCommand } from './queries';

interface Props {
  c: SupervisionCase;
}

/** The steps the reader may take on the case now: each exactly when the API lists its action. */
export function CaseSteps({ c }: Props) {
  const can = (action: Parameters<typeof allowsOnCase>[1]) => allowsOnCase(c, action);
  return (
    <>
      {can('requestClarification') && <Clarification c={c} />}
      {can('answerClarification') && <AnswerClarification c={c} />}
      {can('addStatement') && <TextStep c={c} kind="statement" />}
      {can('involveProcurement') && <TextStep c={c} kind={c.selfMonitoring ? 'lead' : 'procurement'} />}
      {can('requireCorrectiveAction') && <CorrectiveAction c={c} />}
      {(can('closeWithoutAction') || can('resolveCase') || can('decideSanction')) && <Outcome c={c} />}
    </>
  );
}

/** The web's clarification form: the day to answer by (the API says when it is no working day) and the question. */
const ClarificationForm = clarificationSchema(z.string());

/** Ask the supplier for a clarification by a day. */
function Clarification({ c }: Props) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof ClarificationForm>, unknown, z.output<typeof ClarificationForm>>({
    resolver: rulesResolver(ClarificationForm),
    defaultValues: { question: '', respondBy: '' },
  });
  const command = useCaseCommand(c.id, (body: z.output<typeof ClarificationForm>, api) =>
    unwrap(api.POST('/supervision/cases/{id}/clarification', { params: { path: { id: c.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['question', 'respondBy']) }),
  );
  return (
    <StepPanel title={t('supervision.steps.clarification')}>
      <ErrorMessage error={command.error} />
      <TextareaField control={form.control} name="question" labelText={t('supervision.steps.question')} />
      <DayField control={form.control} name="respondBy" labelText={t('supervision.steps.respondBy')} />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('supervision.steps.askClarification')}
        </Button>
      </div>
    </StepPanel>
  );
}

/**
 * The supplier's answer to a clarification request: its words, and its account as a PDF if it has one.
 * The file goes first, so that an answer is never sent saying "see the attachment" without it; a file
 * the API refuses stops the answer, and the words stay in the form.
 */
function AnswerClarification({ c }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<z.input<typeof ClarificationAnswerSchema>, unknown, z.output<typeof ClarificationAnswerSchema>>({
    resolver: rulesResolver(ClarificationAnswerSchema),
    defaultValues: { answer: '' },
  });
  const command = useCaseCommand(c.id, async (body: z.output<typeof ClarificationAnswerSchema>, api) => {
    if (file) {
      await uploadCaseFile(api, c.id, file);
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: fileKeys.of(c.id) });
    }
    return unwrap(api.POST('/supervision/cases/{id}/clarification/answer', { params: { path: { id: c.id } }, body }));
  });
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['answer']) }),
  );
  return (
    <StepPanel title={t('supervision.steps.answer')}>
      <ErrorMessage error={command.error} />
      <TextareaField control={form.control} name="answer" labelText={t('supervision.steps.answerText')} />
      <PdfInput labelText={t('supervision.steps.answerFile')} onChange={setFile} />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('supervision.steps.sendAnswer')}
        </Button>
      </div>
    </StepPanel>
  );
}

const TEXT_STEPS = {
  statement: {
    schema: StatementSchema,
    field: 'statement',
    route: '/supervision/cases/{id}/statement',
    title: 'supervision.steps.statement',
    label: 'supervision.steps.statementText',
    button: 'supervision.steps.addStatement',
  },
  procurement: {
    schema: ProcurementSchema,
    field: 'note',
    route: '/supervision/cases/{id}/procurement',
    title: 'supervision.steps.procurement',
    label: 'supervision.steps.procurementNote',
    button: 'supervision.steps.involveProcurement',
  },
  // A self-monitoring case's same step: the service line's lead takes procurement's part.
  lead: {
    schema: ProcurementSchema,
    field: 'note',
    route: '/supervision/cases/{id}/procurement',
    title: 'supervision.steps.lead',
    label: 'supervision.steps.leadNote',
    button: 'supervision.steps.involveLead',
  },
} as const;

/** A step that is its words: a statement to the assessment, or procurement brought in with a note. */
function TextStep({ c, kind }: Props & { kind: keyof typeof TEXT_STEPS }) {
  const { t } = useTranslation();
  const step = TEXT_STEPS[kind];
  const schema = z.object({ text: text(20_000) });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: rulesResolver(schema),
    defaultValues: { text: '' },
  });
  const command = useCaseCommand(c.id, ({ text: words }: z.output<typeof schema>, api) => {
    const body = step.schema.parse({ [step.field]: words });
    return unwrap(api.POST(step.route, { params: { path: { id: c.id } }, body: body as never }));
  });
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['text'], { [step.field]: 'text' }) }),
  );
  return (
    <StepPanel title={t(step.title)}>
      <ErrorMessage error={command.error} />
      <TextareaField control={form.control} name="text" labelText={t(step.label)} />
      <div className="actions">
        <Button variant="secondary" disabled={command.isPending} onClick={() => void send()}>
          {t(step.button)}
        </Button>
      </div>
    </StepPanel>
  );
}

/** The plan's day and its follow-up's day; the API counts the follow-up as days from the county's today. */
const CorrectiveForm = z
  .object({ plan: text(20_000), dueOn: isoDate, followUpOn: isoDate })
  .refine((v) => v.followUpOn > helsinkiToday(), rule('not_in_past', 'must be after today', ['followUpOn']));

/** Require a corrective action plan by a day, with a follow-up check on a later day. */
function CorrectiveAction({ c }: Props) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof CorrectiveForm>, unknown, z.output<typeof CorrectiveForm>>({
    resolver: rulesResolver(CorrectiveForm),
    defaultValues: { plan: '', dueOn: '', followUpOn: '' },
  });
  const command = useCaseCommand(c.id, ({ plan, dueOn, followUpOn }: z.output<typeof CorrectiveForm>, api) =>
    unwrap(
      api.POST('/supervision/cases/{id}/corrective-action', {
        params: { path: { id: c.id } },
        body: { plan, dueOn, followUpAfter: `P${daysBetween(helsinkiToday(), followUpOn)}D` },
      }),
    ),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, {
      onError: (err) =>
        showProblems(err, form.setError, ['plan', 'dueOn', 'followUpOn'], { followUpAfter: 'followUpOn' }),
    }),
  );
  return (
    <StepPanel title={t('supervision.steps.corrective')}>
      <ErrorMessage error={command.error} />
      <TextareaField control={form.control} name="plan" labelText={t('supervision.steps.plan')} />
      <DayField control={form.control} name="dueOn" labelText={t('supervision.steps.dueOn')} />
      <DayField control={form.control} name="followUpOn" labelText={t('supervision.steps.followUpOn')} />
      <div className="actions">
        <Button variant="secondary" disabled={command.isPending} onClick={() => void send()}>
          {t('supervision.steps.requireCorrective')}
        </Button>
      </div>
    </StepPanel>
  );
}

type OutcomeChoice = 'no_action' | z.output<typeof OutcomeSchema>['outcome'];
const OutcomeForm = z.object({
  outcome: z.enum(['no_action', 'resolved', 'sanction', 'contract_terminated']),
  serviceCode: z.string().nullable(),
  reason: text(10_000),
});

/**
 * The case's outcome: no action (closed as assessed), resolved, or procurement's sanction or end of a
 * contract; each offered as the API allows it (`closeWithoutAction`, `resolveCase`, `decideSanction`).
 */
function Outcome({ c }: Props) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const serviceName = useServiceName();
  const choices = (
    [
      allowsOnCase(c, 'closeWithoutAction') && 'no_action',
      allowsOnCase(c, 'resolveCase') && 'resolved',
      allowsOnCase(c, 'decideSanction') && 'sanction',
      // An own-production unit has no contract to end.
      allowsOnCase(c, 'decideSanction') && !c.selfMonitoring && 'contract_terminated',
    ] as const
  ).filter((o): o is OutcomeChoice => o !== false);
  const form = useForm<z.input<typeof OutcomeForm>, unknown, z.output<typeof OutcomeForm>>({
    resolver: rulesResolver(OutcomeForm),
    defaultValues: { outcome: choices[0] ?? 'no_action', serviceCode: c.serviceCodes[0] ?? null, reason: '' },
  });
  const command = useCaseCommand(c.id, ({ outcome, serviceCode, reason }: z.output<typeof OutcomeForm>, api) =>
    outcome === 'no_action'
      ? unwrap(
          api.POST('/supervision/cases/{id}/close', {
            params: { path: { id: c.id } },
            body: CloseCaseSchema.parse({ reason }),
          }),
        )
      : unwrap(
          api.POST('/supervision/cases/{id}/outcome', {
            params: { path: { id: c.id } },
            body: { outcome, reason, serviceCode: outcome === 'contract_terminated' ? serviceCode : null },
          }),
        ),
  );
  const outcome = form.watch('outcome');
  const send = form.handleSubmit((body) =>
    command.mutate(body, {
      onError: (err) => showProblems(err, form.setError, ['outcome', 'serviceCode', 'reason']),
    }),
  );
  return (
    <StepPanel title={t('supervision.steps.outcome')}>
      <ErrorMessage error={command.error} />
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('supervision.steps.outcomeLabel')}
            name="case-outcome"
            value={field.value}
            onChange={field.onChange}
          >
            {choices.map((o) => (
              <RadioButton
                key={o}
                value={o}
                hintText={
                  c.selfMonitoring && o === 'sanction'
                    ? t('supervision.steps.selfMonitoringSanction')
                    : t(`supervision.steps.outcomeHints.${o}`)
                }
              >
                {t(`supervision.outcomes.${o}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
      />
      {outcome === 'contract_terminated' && (
        <Controller
          control={form.control}
          name="serviceCode"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('supervision.steps.contractService')}
              visualPlaceholder={t('team.choose')}
              value={field.value ?? null}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {c.serviceCodes.map((s) => (
                <DropdownItem key={s} value={s}>
                  {serviceName(s)}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
      )}
      <TextareaField control={form.control} name="reason" labelText={t('supervision.steps.reason')} />
      <div className="actions">
        <Button disabled={command.isPending || choices.length === 0} onClick={() => void send()}>
          {t('supervision.steps.decide')}
        </Button>
      </div>
    </StepPanel>
  );
}
