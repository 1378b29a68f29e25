import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { z } from 'zod';
import { CONTRACT_UNITS, CreateContractSchema } from '../../../../libs/contracts/contract-commands';
import { unwrap } from '../api/client';
import { useCatalogue } from '../catalogue/catalogue';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { CountField, DayField, EuroField, TextField, TextareaField } from '../common/fields';
import { rulesResolver } from '../common/forms';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import { allowsSupplier, useSupplierDirectory } from '../suppliers/queries';
import { contractKeys } from './queries';
import { useCommand } from '../api/command';

type Values = z.input<typeof CreateContractSchema>;
type Body = z.output<typeof CreateContractSchema>;

/** The fields the API's refusals may name. */
const FIELDS = [
  'supplierId',
  'serviceCode',
  'procurementDecision',
  'unit',
  'unitPriceCents',
  'validFrom',
  'validTo',
  'cancellationTerms.freeCancellationHours',
  'cancellationTerms.lateCancellationChargePercent',
  'orderEmail',
  'orderAnswerWorkingDays',
  'reason',
] as const;

/** A contract from a procurement decision: the supplier, the service, its price and validity and terms. */
export default function NewContract() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  useTitle(t('contracts.newTitle'));
  const status = useFieldStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  // Any supplier in the register, a new one too: its record is made on the suppliers' pages.
  const directory = useSupplierDirectory();
  const suppliers = (directory.data?.suppliers ?? []).filter((s) => allowsSupplier(s, 'addContract'));
  const form = useForm<Values, unknown, Body>({
    resolver: rulesResolver(CreateContractSchema),
    defaultValues: {
      supplierId: '',
      serviceCode: '',
      procurementDecision: '',
      unit: 'hour',
      unitPriceCents: undefined,
      validFrom: '',
      validTo: '',
      cancellationTerms: {},
      orderEmail: null,
      orderAnswerWorkingDays: null,
      reason: '',
    },
  });
  const create = useCommand({
    mutationFn: (body: Body, api) => unwrap(api.POST('/contracts', { body })),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: contractKeys.all });
      void navigate(`/contracts/${c.id}`);
    },
    onError: (err) => showProblems(err, form.setError, FIELDS),
  });
  const send = form.handleSubmit((body) => create.mutate(body));
  // The design system's dropdown cannot be drawn without its options: the form waits for them.
  const failed = directory.error ?? catalogue.error;
  if (!directory.data || !catalogue.data) return failed ? <ErrorMessage error={failed} /> : <Loading />;
  return (
    <>
      <Paragraph>
        <RouterLink asComponent={Link} to="/contracts">
          {t('contracts.back')}
        </RouterLink>
      </Paragraph>
      <Heading variant="h1">{t('contracts.newTitle')}</Heading>
      <Paragraph mb="m">{t('contracts.newIntro')}</Paragraph>
      <ErrorMessage error={failed} />
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()}>
        <ErrorMessage error={create.error} />
        <Controller
          control={form.control}
          name="supplierId"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('contracts.supplier')}
              visualPlaceholder={t('contracts.choose')}
              value={field.value || null}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {suppliers.map((s) => (
                <DropdownItem key={s.id} value={s.id}>
                  {s.name}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
        <Controller
          control={form.control}
          name="serviceCode"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('contracts.service')}
              visualPlaceholder={t('contracts.choose')}
              value={field.value || null}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {(catalogue.data ?? []).map((s) => (
                <DropdownItem key={s.code} value={s.code}>
                  {s.name[lang]}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
        <TextField
          control={form.control}
          name="procurementDecision"
          labelText={t('contracts.decision')}
          hintText={t('contracts.decisionHint')}
        />
        <div className="fields-row">
          <EuroField control={form.control} name="unitPriceCents" labelText={t('contracts.unitPrice')} />
          <Controller
            control={form.control}
            name="unit"
            render={({ field, fieldState }) => (
              <Dropdown
                labelText={t('contracts.unit')}
                value={field.value ?? 'hour'}
                onChange={field.onChange}
                {...status(fieldState.error)}
              >
                {CONTRACT_UNITS.map((u) => (
                  <DropdownItem key={u} value={u}>
                    {t(`contracts.units.${u}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
            )}
          />
        </div>
        <div className="fields-row">
          <DayField control={form.control} name="validFrom" labelText={t('contracts.validFrom')} />
          <DayField control={form.control} name="validTo" labelText={t('contracts.validTo')} />
        </div>
        <div className="fields-row">
          <CountField
            control={form.control}
            name="cancellationTerms.freeCancellationHours"
            empty={undefined}
            labelText={t('contracts.freeCancellationHours')}
            optionalText={t('contracts.optional')}
          />
          <CountField
            control={form.control}
            name="cancellationTerms.lateCancellationChargePercent"
            empty={undefined}
            labelText={t('contracts.lateChargePercent')}
            optionalText={t('contracts.optional')}
          />
        </div>
        <TextField
          control={form.control}
          name="orderEmail"
          type="email"
          nullable
          labelText={t('contracts.orderEmail')}
          optionalText={t('contracts.optional')}
        />
        <CountField
          control={form.control}
          name="orderAnswerWorkingDays"
          empty={null}
          labelText={t('contracts.answerDaysField')}
          optionalText={t('contracts.optional')}
        />
        <TextareaField control={form.control} name="reason" labelText={t('contracts.reason')} />
        <div className="actions">
          <Button disabled={create.isPending} onClick={() => void send()}>
            {t('contracts.create')}
          </Button>
        </div>
      </form>
    </>
  );
}
