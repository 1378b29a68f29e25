import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { unwrap } from '../api/client';
import type { ArrangementDetail, Visit } from '../api/types';
import { useArrangementCommand } from '../arrangements/queries';
import { ErrorMessage, showProblems } from '../common/errors';
import { NumberField, TextareaField } from '../common/fields';
import { finnishDate, finnishDay, finnishTime, hoursText } from '../common/format';
import { StepPanel } from '../common/step';

interface CorrectionValues {
  kind: 'edit' | 'cancel';
  hours: number | null;
  reason: string;
}

/**
 * A visit recorded wrongly, corrected by the own worker as the visit's `allowedActions` allow: its hours
 * edited (the rest of the visit as recorded) or the record cancelled, always with why. The API keeps the
 * original and who corrected it, and counts the month's use from the visits as they now are.
 */
export function VisitCorrection({ a, visit, onDone }: { a: ArrangementDetail; visit: Visit; onDone: () => void }) {
  const { t } = useTranslation();
  const kinds = visit.allowedActions ?? [];
  const form = useForm<CorrectionValues>({
    defaultValues: { kind: kinds.includes('cancel') ? 'cancel' : 'edit', hours: visit.hours, reason: '' },
  });
  const command = useArrangementCommand(a.id, (v: CorrectionValues, api) =>
    unwrap(
      api.POST('/arrangements/{id}/visits/{visitId}/correction', {
        params: { path: { id: a.id, visitId: visit.id } },
        body: {
          kind: v.kind,
          reason: v.reason,
          visit:
            v.kind === 'edit'
              ? {
                  startsAt: visit.startsAt,
                  hours: v.hours ?? Number.NaN,
                  status: visit.status,
                  cancelledBy: visit.cancelledBy,
                  cancelledAt: visit.cancelledAt,
                }
              : null,
        },
      }),
    ),
  );
  const send = form.handleSubmit((v) =>
    command.mutate(v, {
      onSuccess: onDone,
      onError: (err) => showProblems(err, form.setError, ['reason', 'hours'], { 'visit.hours': 'hours' }),
    }),
  );
  const editing = form.watch('kind') === 'edit';
  return (
    <StepPanel
      title={t('running.correctTitle', {
        when: `${finnishDate(visit.visitOn)} ${finnishTime(visit.startsAt)}`,
        hours: hoursText(visit.hours),
      })}
    >
      <ErrorMessage error={command.error} />
      <div className="form" data-form="visit-correction">
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <RadioButtonGroup
              labelText={t('running.correction')}
              name={`correction-${visit.id}`}
              value={field.value}
              onChange={field.onChange}
            >
              {kinds.map((k) => (
                <RadioButton key={k} value={k}>
                  {t(`running.corrections.${k}`)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
        />
        {editing && <NumberField control={form.control} name="hours" labelText={t('running.hours')} />}
        <TextareaField control={form.control} name="reason" labelText={t('running.correctionReason')} />
      </div>
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('running.saveCorrection')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('catalogue.cancel')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** Who corrected the visit, when and why; a cancelled record says so. */
export function CorrectionNotes({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  if (visit.corrections.length === 0) return null;
  return (
    <ul className="corrections">
      {visit.corrections.map((c, i) => (
        <li key={i} data-correction={c.kind}>
          {t(`running.corrected.${c.kind}`, {
            who: c.correctedByName ?? '',
            when: finnishDay(c.correctedAt),
            hours: hoursText(c.before.hours),
          })}{' '}
          {c.reason !== null && <q>{c.reason}</q>}
        </li>
      ))}
    </ul>
  );
}
