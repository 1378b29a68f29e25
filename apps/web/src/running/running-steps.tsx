import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import type { z } from 'zod';
import { END_REASONS } from '../../../../libs/contracts/arrangement';
import { ChangeSchema, ContinuationSchema, TerminationSchema } from '../../../../libs/contracts/arrangement-commands';
import { durationMonths } from '../../../../libs/domain/dates';
import { continuationVerdict } from '../../../../libs/domain/periods';
import { unwrap } from '../api/client';
import type { ArrangementDetail } from '../api/types';
import { useArrangementCommand } from '../arrangements/queries';
import { useOffers } from '../arrangements/team-steps';
import { useCard } from '../catalogue/catalogue';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { DayField, NumberField, TextareaField } from '../common/fields';
import { finnishDate, helsinkiToday } from '../common/format';
import { rulesResolver } from '../common/forms';
import { StepPanel } from '../common/step';

interface Props {
  a: ArrangementDetail;
}

/** Months as a person reads them: whole, or with one decimal (a test catalogue's periods are seconds). */
const monthsText = (months: number) => String(Math.round(months * 10) / 10).replace('.', ',');

/** The own worker ends a service for any reason but the supplier's; the supplier only for its own. */
const TERMINATION_REASONS = {
  terminate: END_REASONS.filter((r) => r !== 'not_continued' && r !== 'supplier_cannot_provide'),
  terminateAsSupplier: ['supplier_cannot_provide'],
} as const;

/**
 * The continuation decision: continue for another period, or end the service (appealable, with reasons).
 * Past the card's maximum duration the principle card asks for a special consideration.
 */
export function ContinuationForm({ a }: Props) {
  const { t } = useTranslation();
  const { data: card } = useCard(a.serviceCode, a.catalogueVersion);
  const form = useForm<z.input<typeof ContinuationSchema>, unknown, z.output<typeof ContinuationSchema>>({
    resolver: rulesResolver(ContinuationSchema),
    defaultValues: {
      outcome: 'continue',
      reassessedOn: helsinkiToday(),
      specialConsideration: null,
      reason: null,
      notification: 'post',
    },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof ContinuationSchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/continuation', { params: { path: { id: a.id } }, body })),
  );
  const [outcome, special] = form.watch(['outcome', 'specialConsideration']);
  const granted = a.running?.monthsGranted ?? 0;
  // The process's own rule, asked before sending: within the maximum, past it with a special
  // consideration, or not at all past the extra the card allows.
  const verdict = card && outcome === 'continue' ? continuationVerdict(granted, card.periods, false) : null;
  const needsSpecial = verdict?.allowed === false && verdict.rule === 'special_consideration_required';
  const beyondMax = verdict?.allowed === false && verdict.rule === 'period_max';
  const ending = outcome === 'end';
  const send = form.handleSubmit((body) =>
    command.mutate(
      {
        ...body,
        specialConsideration: ending ? null : body.specialConsideration,
        reason: ending ? body.reason : null,
      },
      {
        onError: (err) =>
          showProblems(err, form.setError, ['outcome', 'reassessedOn', 'specialConsideration', 'reason']),
      },
    ),
  );
  return (
    <StepPanel
      title={t('running.continuationTitle')}
      fold={{
        open: !!a.running?.continuationDue || a.status === 'reassessment_overdue',
        button: t('facts.openContinuation'),
        note:
          a.running?.continuationDueFrom &&
          t('facts.continuationNotDue', {
            from: finnishDate(a.running.continuationDueFrom),
            by: finnishDate(a.running.periodEnd),
          }),
      }}
    >
      {card && (
        <Paragraph>
          {t('running.grantedSoFar', {
            months: monthsText(granted),
            max: monthsText(durationMonths(card.periods.max)),
          })}
        </Paragraph>
      )}
      <ErrorMessage error={command.error} />
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('running.continuation')}
            name="continuation"
            value={field.value}
            onChange={field.onChange}
          >
            <RadioButton value="continue">{t('running.outcome.continue')}</RadioButton>
            <RadioButton value="end">{t('running.outcome.end')}</RadioButton>
          </RadioButtonGroup>
        )}
      />
      <DayField control={form.control} name="reassessedOn" labelText={t('running.reassessedOn')} />
      {beyondMax && (
        <InlineAlert status="warning" role="status">
          {t('running.beyondMax')}
        </InlineAlert>
      )}
      {(needsSpecial || form.formState.errors.specialConsideration) && !ending && (
        <TextareaField
          control={form.control}
          name="specialConsideration"
          nullable
          labelText={t('running.specialConsideration')}
          hintText={t('running.specialHint', { max: card ? monthsText(durationMonths(card.periods.max)) : '' })}
        />
      )}
      {ending && (
        <TextareaField
          control={form.control}
          name="reason"
          nullable
          labelText={t('running.endReasons')}
          hintText={t('team.denialHint')}
        />
      )}
      <div className="actions">
        <Button
          disabled={command.isPending || beyondMax || (needsSpecial && !ending && !special?.trim())}
          onClick={() => void send()}
        >
          {t('running.decideContinuation')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** A change of intensity or supplier, asked of the arranging team: another contracted supplier is offered. */
export function ChangeForm({ a }: Props) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const { data: offers = [], error: offersError } = useOffers(a.serviceCode);
  const others = offers.filter((o) => o.supplierId !== a.supplierId);
  const form = useForm<z.input<typeof ChangeSchema>, unknown, z.output<typeof ChangeSchema>>({
    resolver: rulesResolver(ChangeSchema),
    defaultValues: { hoursPerMonth: null, supplierId: null, effectiveOn: helsinkiToday(), reason: '' },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof ChangeSchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/change', { params: { path: { id: a.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(
      { ...body, hoursPerMonth: body.hoursPerMonth === a.hoursPerMonth ? null : body.hoursPerMonth },
      {
        onError: (err) =>
          showProblems(err, form.setError, ['hoursPerMonth', 'supplierId', 'effectiveOn', 'reason'], {
            '(body)': 'hoursPerMonth',
          }),
      },
    ),
  );
  return (
    <StepPanel title={t('running.changeTitle')} fold={{ open: false, button: t('facts.openChange') }}>
      <ErrorMessage error={command.error ?? offersError} />
      <NumberField
        control={form.control}
        name="hoursPerMonth"
        labelText={t('arrangement.hours')}
        hintText={t('running.currentHours', { hours: a.hoursPerMonth ?? '–' })}
      />
      {others.length > 0 && (
        <Controller
          control={form.control}
          name="supplierId"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('running.newSupplier')}
              optionalText={t('proposal.optional')}
              visualPlaceholder={t('running.sameSupplier')}
              value={field.value ?? null}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {others.map((o) => (
                <DropdownItem key={o.supplierId} value={o.supplierId}>
                  {o.supplierName}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
      )}
      <DayField control={form.control} name="effectiveOn" labelText={t('running.effectiveOn')} />
      <TextareaField control={form.control} name="reason" labelText={t('running.changeReason')} />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('running.askChange')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** Ending a service before its period ends: the own worker's reasons, or the supplier's own. */
export function TerminationForm({ a, action }: Props & { action: keyof typeof TERMINATION_REASONS }) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const reasons = TERMINATION_REASONS[action];
  const form = useForm<z.input<typeof TerminationSchema>, unknown, z.output<typeof TerminationSchema>>({
    resolver: rulesResolver(TerminationSchema),
    defaultValues: {
      reason: reasons.length === 1 ? reasons[0] : (undefined as never),
      endsOn: helsinkiToday(),
      explanation: '',
    },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof TerminationSchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/termination', { params: { path: { id: a.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, {
      onError: (err) => showProblems(err, form.setError, ['reason', 'endsOn', 'explanation']),
    }),
  );
  return (
    <StepPanel title={t('running.terminateTitle')} fold={{ open: false, button: t('facts.openTermination') }}>
      <ErrorMessage error={command.error} />
      <Controller
        control={form.control}
        name="reason"
        render={({ field, fieldState }) => (
          <Dropdown
            labelText={t('running.terminationReason')}
            visualPlaceholder={t('team.choose')}
            value={field.value ?? null}
            onChange={field.onChange}
            {...status(fieldState.error)}
          >
            {reasons.map((r) => (
              <DropdownItem key={r} value={r}>
                {t(`running.reasons.${r}`)}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
      />
      <DayField control={form.control} name="endsOn" labelText={t('running.lastDay')} />
      <TextareaField control={form.control} name="explanation" labelText={t('running.explanation')} />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('running.terminate')}
        </Button>
      </div>
    </StepPanel>
  );
}
