import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { END_REASONS } from '../../../../../libs/contracts/arrangement';
import { api, unwrap } from '../../api/client';
import type { ArrangementDetail, Me, ServiceDefinition, SupplierOffer } from '../../api/types';
import { continuationVerdict } from '../../../../../libs/domain/periods';
import { durationMonths } from '../../../../../libs/domain/dates';
import { fetchCard } from '../../catalogue';
import { DateField } from '../../date-field';
import { ErrorMessage, useFieldStatus } from '../../errors';
import { helsinkiToday } from '../../format';
import { StepPanel, useCommand } from './step';

interface Props {
  a: ArrangementDetail;
  onDone: () => Promise<void>;
}

/** A form's own refusal, shown inside the form beside the fields it names. */
function useFormCommand(onDone: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const { busy, run } = useCommand(async () => {
    setError(null);
    await onDone();
  }, setError);
  return { busy, run, error, status: useFieldStatus(error) };
}

/** Months as a person reads them: whole, or with one decimal (a test catalogue's periods are seconds). */
const monthsText = (months: number) => String(Math.round(months * 10) / 10).replace('.', ',');

const TERMINATION_REASONS = END_REASONS.filter((r) => r !== 'not_continued');
type TerminationReason = (typeof TERMINATION_REASONS)[number];

/**
 * The continuation decision: continue for another period, or end the service (appealable, with reasons).
 * Past the card's maximum duration the principle card asks for a special consideration.
 */
export function ContinuationForm({ a, onDone }: Props) {
  const { t } = useTranslation();
  const { busy, run, error, status } = useFormCommand(onDone);
  const [outcome, setOutcome] = useState<'continue' | 'end'>('continue');
  const [reassessedOn, setReassessedOn] = useState(helsinkiToday());
  const [special, setSpecial] = useState('');
  const [reason, setReason] = useState('');
  const [card, setCard] = useState<ServiceDefinition | null>(null);
  useEffect(() => {
    fetchCard(a.serviceCode, a.catalogueVersion).then(setCard, () => setCard(null));
  }, [a.serviceCode, a.catalogueVersion]);
  const granted = a.running?.monthsGranted ?? 0;
  // The process's own rule, asked before sending: within the maximum, past it with a special
  // consideration, or not at all past the extra the card allows.
  const verdict = card && outcome === 'continue' ? continuationVerdict(granted, card.periods, false) : null;
  const needsSpecial = verdict?.allowed === false && verdict.rule === 'special_consideration_required';
  const beyondMax = verdict?.allowed === false && verdict.rule === 'period_max';
  const ending = outcome === 'end';
  return (
    <StepPanel title={t('running.continuationTitle')}>
      {card && (
        <Paragraph>
          {t('running.grantedSoFar', {
            months: monthsText(granted),
            max: monthsText(durationMonths(card.periods.max)),
          })}
        </Paragraph>
      )}
      <ErrorMessage error={error} />
      <RadioButtonGroup
        labelText={t('running.continuation')}
        name="continuation"
        value={outcome}
        onChange={(v) => setOutcome(v as 'continue' | 'end')}
      >
        <RadioButton value="continue">{t('running.outcome.continue')}</RadioButton>
        <RadioButton value="end">{t('running.outcome.end')}</RadioButton>
      </RadioButtonGroup>
      <DateField
        labelText={t('running.reassessedOn')}
        value={reassessedOn}
        onChange={setReassessedOn}
        {...status('reassessedOn')}
      />
      {beyondMax && (
        <InlineAlert status="warning" role="status">
          {t('running.beyondMax')}
        </InlineAlert>
      )}
      {(needsSpecial || status('specialConsideration').status) && outcome === 'continue' && (
        <Textarea
          labelText={t('running.specialConsideration')}
          hintText={t('running.specialHint', { max: card ? monthsText(durationMonths(card.periods.max)) : '' })}
          value={special}
          onChange={(e) => setSpecial(e.target.value)}
          {...status('specialConsideration')}
        />
      )}
      {ending && (
        <Textarea
          labelText={t('running.endReasons')}
          hintText={t('team.denialHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...status('reason')}
        />
      )}
      <div className="actions">
        <Button
          disabled={busy || beyondMax || (ending && !reason.trim()) || (needsSpecial && !special.trim())}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST('/arrangements/{id}/continuation', {
                  params: { path: { id: a.id } },
                  body: {
                    outcome,
                    reassessedOn,
                    specialConsideration: !ending && special.trim() ? special : null,
                    reason: ending ? reason : null,
                    notification: 'post',
                  },
                }),
              ),
            )
          }
        >
          {t('running.decideContinuation')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** A change of intensity or supplier, asked of the arranging team. */
function ChangeForm({ a, onDone }: Props) {
  const { t } = useTranslation();
  const { busy, run, error, status } = useFormCommand(onDone);
  const [hours, setHours] = useState(a.hoursPerMonth ? String(a.hoursPerMonth) : '');
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(helsinkiToday());
  const [reason, setReason] = useState('');
  const [offers, setOffers] = useState<SupplierOffer[]>([]);
  useEffect(() => {
    if (a.way !== 'purchase') return;
    unwrap(api.GET('/suppliers', { params: { query: { serviceCode: a.serviceCode, on: helsinkiToday() } } })).then(
      (o) => setOffers(o.filter((x) => x.supplierId !== a.supplierId)),
      () => setOffers([]),
    );
  }, [a.way, a.serviceCode, a.supplierId]);
  const newHours = hours.trim() && Number(hours) !== a.hoursPerMonth ? Number(hours) : null;
  return (
    <StepPanel title={t('running.changeTitle')}>
      <ErrorMessage error={error} />
      <TextInput
        labelText={t('arrangement.hours')}
        inputMode="numeric"
        value={hours}
        onChange={(v) => setHours(String(v))}
        {...status('hoursPerMonth')}
      />
      {offers.length > 0 && (
        <Dropdown
          labelText={t('running.newSupplier')}
          optionalText={t('proposal.optional')}
          visualPlaceholder={t('running.sameSupplier')}
          value={supplierId}
          onChange={setSupplierId}
        >
          {offers.map((o) => (
            <DropdownItem key={o.supplierId} value={o.supplierId}>
              {o.supplierName}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      <DateField
        labelText={t('running.effectiveOn')}
        value={effectiveOn}
        onChange={setEffectiveOn}
        {...status('effectiveOn')}
      />
      <Textarea
        labelText={t('running.changeReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        {...status('reason')}
      />
      <div className="actions">
        <Button
          disabled={busy || !reason.trim() || (newHours === null && supplierId === null)}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST('/arrangements/{id}/change', {
                  params: { path: { id: a.id } },
                  body: { hoursPerMonth: newHours, supplierId, effectiveOn, reason },
                }),
              ),
            )
          }
        >
          {t('running.askChange')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** Ending a service before its period ends, with one of `reasons`; the own worker or the supplier. */
function TerminationForm({ a, onDone, reasons }: Props & { reasons: readonly TerminationReason[] }) {
  const { t } = useTranslation();
  const { busy, run, error, status } = useFormCommand(onDone);
  const [reason, setReason] = useState<TerminationReason | null>(reasons.length === 1 ? reasons[0]! : null);
  const [endsOn, setEndsOn] = useState(helsinkiToday());
  const [explanation, setExplanation] = useState('');
  return (
    <StepPanel title={t('running.terminateTitle')}>
      <ErrorMessage error={error} />
      <Dropdown
        labelText={t('running.terminationReason')}
        visualPlaceholder={t('team.choose')}
        value={reason}
        onChange={(v) => setReason(v)}
      >
        {reasons.map((r) => (
          <DropdownItem key={r} value={r}>
            {t(`running.reasons.${r}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <DateField labelText={t('running.lastDay')} value={endsOn} onChange={setEndsOn} {...status('endsOn')} />
      <Textarea
        labelText={t('running.explanation')}
        value={explanation}
        onChange={(e) => setExplanation(e.target.value)}
        {...status('explanation')}
      />
      <div className="actions">
        <Button
          disabled={busy || !reason || !explanation.trim()}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST('/arrangements/{id}/termination', {
                  params: { path: { id: a.id } },
                  body: { reason: reason!, endsOn, explanation },
                }),
              ),
            )
          }
        >
          {t('running.terminate')}
        </Button>
      </div>
    </StepPanel>
  );
}

/**
 * What is done to a running service now and then, after its everyday steps: the own worker asks for a
 * change or ends the service early; a supplier ends it only when it can no longer provide it.
 */
export function OccasionalActions({ a, me, onDone }: Props & { me: Me }) {
  if (a.status !== 'active' && a.status !== 'reassessment_overdue') return null;
  if (me.role === 'supplier') return <TerminationForm a={a} onDone={onDone} reasons={['supplier_cannot_provide']} />;
  if (me.role !== 'own_worker') return null;
  return (
    <>
      {a.status === 'active' && !a.running?.changeStatus && <ChangeForm a={a} onDone={onDone} />}
      <TerminationForm a={a} onDone={onDone} reasons={TERMINATION_REASONS} />
    </>
  );
}
