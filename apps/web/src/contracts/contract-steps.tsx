import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { ContractAction } from '../../../../libs/contracts/actions';
import {
  ContractReasonSchema,
  EndContractSchema,
  RenewContractSchema,
  RepriceContractSchema,
} from '../../../../libs/contracts/contract-commands';
import { addDuration, maxDate } from '../../../../libs/domain/dates';
import { unwrap } from '../api/client';
import { ErrorMessage, showProblems } from '../common/errors';
import { DayField, EuroField, TextareaField } from '../common/fields';
import { helsinkiToday } from '../common/format';
import { rulesResolver } from '../common/forms';
import { StepPanel } from '../common/step';
import { allowsChange, type ContractDetail, useContractCommand } from './queries';

interface Props {
  c: ContractDetail;
}

/**
 * Every change the reader may make to the contract now, each shown exactly when the API lists its action in
 * `allowedActions`; each asks why, which the contract's history keeps with who made it.
 */
export function ContractSteps({ c, renewOpen }: Props & { renewOpen: boolean }) {
  const can = (action: ContractAction) => allowsChange(c, action);
  return (
    <>
      {/* A change made, its form starts again from the contract as it now stands. */}
      {can('renew') && <Renew key={c.validTo} c={c} open={renewOpen} />}
      {can('reprice') && <Reprice key={c.prices.length} c={c} />}
      {can('resume') && <ReasonOnly c={c} action="resume" />}
      {can('suspend') && <ReasonOnly c={c} action="suspend" />}
      {can('end') && <End c={c} />}
    </>
  );
}

function Renew({ c, open }: Props & { open: boolean }) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof RenewContractSchema>, unknown, z.output<typeof RenewContractSchema>>({
    resolver: rulesResolver(RenewContractSchema),
    // A renewal is most often another year: the form starts there.
    defaultValues: { validTo: addDuration(c.validTo, 'P1Y'), reason: '' },
  });
  const command = useContractCommand(c.id, (body: z.output<typeof RenewContractSchema>, api) =>
    unwrap(api.POST('/contracts/{id}/renew', { params: { path: { id: c.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['validTo', 'reason']) }),
  );
  return (
    <StepPanel title={t('contracts.renewTitle')} fold={{ open, button: t('contracts.renewOpen') }}>
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
        <ErrorMessage error={command.error} />
        <DayField control={form.control} name="validTo" labelText={t('contracts.newValidTo')} />
        <TextareaField control={form.control} name="reason" labelText={t('contracts.reason')} />
        <div className="actions">
          <Button disabled={command.isPending} onClick={() => void send()}>
            {t('contracts.renew')}
          </Button>
        </div>
      </form>
    </StepPanel>
  );
}

function Reprice({ c }: Props) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof RepriceContractSchema>, unknown, z.output<typeof RepriceContractSchema>>({
    resolver: rulesResolver(RepriceContractSchema),
    defaultValues: { unitPriceCents: c.unitPriceCents, fromDate: maxDate(helsinkiToday(), c.validFrom), reason: '' },
  });
  const command = useContractCommand(c.id, (body: z.output<typeof RepriceContractSchema>, api) =>
    unwrap(api.POST('/contracts/{id}/reprice', { params: { path: { id: c.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, {
      onError: (err) => showProblems(err, form.setError, ['unitPriceCents', 'fromDate', 'reason']),
    }),
  );
  return (
    <StepPanel title={t('contracts.repriceTitle')} fold={{ open: false, button: t('contracts.repriceOpen') }}>
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
        <ErrorMessage error={command.error} />
        <EuroField
          control={form.control}
          name="unitPriceCents"
          labelText={t('contracts.newPrice', { unit: t(`contracts.units.${c.unit}`) })}
        />
        <DayField control={form.control} name="fromDate" labelText={t('contracts.priceFrom')} />
        <TextareaField control={form.control} name="reason" labelText={t('contracts.reason')} />
        <div className="actions">
          <Button disabled={command.isPending} onClick={() => void send()}>
            {t('contracts.reprice')}
          </Button>
        </div>
      </form>
    </StepPanel>
  );
}

/** Suspend or resume: only the reason. */
function ReasonOnly({ c, action }: Props & { action: 'suspend' | 'resume' }) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof ContractReasonSchema>, unknown, z.output<typeof ContractReasonSchema>>({
    resolver: rulesResolver(ContractReasonSchema),
    defaultValues: { reason: '' },
  });
  const command = useContractCommand(c.id, (body: z.output<typeof ContractReasonSchema>, api) =>
    unwrap(api.POST(`/contracts/{id}/${action}`, { params: { path: { id: c.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['reason']) }),
  );
  return (
    <StepPanel
      title={t(`contracts.${action}Title`)}
      // A suspended contract is there to be resumed: that step is open.
      fold={{ open: action === 'resume', button: t(`contracts.${action}Open`) }}
    >
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
        <ErrorMessage error={command.error} />
        <TextareaField
          control={form.control}
          name="reason"
          labelText={t('contracts.reason')}
          hintText={t(`contracts.${action}Hint`)}
        />
        <div className="actions">
          <Button disabled={command.isPending} onClick={() => void send()}>
            {t(`contracts.${action}`)}
          </Button>
        </div>
      </form>
    </StepPanel>
  );
}

function End({ c }: Props) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof EndContractSchema>, unknown, z.output<typeof EndContractSchema>>({
    resolver: rulesResolver(EndContractSchema),
    defaultValues: { endsOn: '', reason: '' },
  });
  const command = useContractCommand(c.id, (body: z.output<typeof EndContractSchema>, api) =>
    unwrap(api.POST('/contracts/{id}/end', { params: { path: { id: c.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['endsOn', 'reason']) }),
  );
  return (
    <StepPanel title={t('contracts.endTitle')} fold={{ open: false, button: t('contracts.endOpen') }}>
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
        <ErrorMessage error={command.error} />
        <Paragraph>{t('contracts.endHint')}</Paragraph>
        <DayField control={form.control} name="endsOn" labelText={t('contracts.endsOn')} />
        <TextareaField control={form.control} name="reason" labelText={t('contracts.reason')} />
        <div className="actions">
          <Button disabled={command.isPending} onClick={() => void send()}>
            {t('contracts.end')}
          </Button>
        </div>
      </form>
    </StepPanel>
  );
}
