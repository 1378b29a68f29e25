import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import type { z } from 'zod';
import {
  ChooseWaySchema,
  DecisionSchema,
  PaymentCommitmentSchema,
  ReasonSchema,
} from '../../../../libs/contracts/arrangement-commands';
import { api, unwrap } from '../api/client';
import { useCard } from '../catalogue/catalogue';
import { allows, type ArrangementDetail } from '../api/types';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { TextareaField } from '../common/fields';
import { euros, helsinkiToday } from '../common/format';
import { rulesResolver } from '../common/forms';
import { StepPanel } from '../common/step';
import { useArrangementCommand } from './queries';

interface Props {
  a: ArrangementDetail;
}
/** A change of a running service is decided and committed as the service itself was. */
type ChangeProps = Props & { change?: boolean };

/** The contracted suppliers of a service on a day, with their prices and scorecards. */
export function useOffers(serviceCode: string) {
  const on = helsinkiToday();
  return useQuery({
    queryKey: ['suppliers', serviceCode, on],
    queryFn: () => unwrap(api.GET('/suppliers', { params: { query: { serviceCode, on } } })),
  });
}

/** A service's voucher on a day: its value, and the providers a family may choose from. */
export function useVoucher(serviceCode: string, enabled: boolean) {
  const on = helsinkiToday();
  return useQuery({
    queryKey: ['vouchers', serviceCode, on],
    queryFn: () => unwrap(api.GET('/vouchers', { params: { query: { serviceCode, on } } })),
    enabled,
  });
}

/** The own-production units that provide a service, with their capacity and the hours they have taken on. */
function useUnits(serviceCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-production', 'capacity'],
    queryFn: () => unwrap(api.GET('/own-production/capacity')),
    enabled,
    select: (rows) => rows.filter((r) => r.serviceCode === serviceCode),
  });
}

/**
 * The ways of arranging the service's card (the version the arrangement is handled under) allows: a purchase
 * from a contracted supplier, a service voucher with the provider the family chose, or own production.
 */
export function ChooseWay({ a }: Props) {
  const { data: card, error } = useCard(a.serviceCode, a.catalogueVersion);
  if (!card) return error ? <ErrorMessage error={error} /> : null;
  return <ChooseWayForm a={a} ways={card.waysOfArranging} />;
}

type Way = z.output<typeof ChooseWaySchema>['way'];
const WAY_ORDER: readonly Way[] = ['purchase', 'service_voucher', 'own_production'];

function ChooseWayForm({ a, ways }: Props & { ways: readonly Way[] }) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const offered = WAY_ORDER.filter((w) => ways.includes(w));
  const { data: offers = [], error: offersError } = useOffers(a.serviceCode);
  const voucherOffered = offered.includes('service_voucher');
  const { data: voucher, error: voucherError } = useVoucher(a.serviceCode, voucherOffered);
  const { data: units = [], error: unitsError } = useUnits(a.serviceCode, offered.includes('own_production'));
  const form = useForm<z.input<typeof ChooseWaySchema>, unknown, z.output<typeof ChooseWaySchema>>({
    resolver: rulesResolver(ChooseWaySchema),
    defaultValues: { way: offered[0] ?? 'own_production', supplierId: null },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof ChooseWaySchema>, api) =>
    unwrap(api.POST('/arrangements/{id}/way', { params: { path: { id: a.id } }, body })),
  );
  const way = form.watch('way');
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['way', 'supplierId']) }),
  );
  const choices =
    way === 'purchase'
      ? offers.map((o) => ({
          id: o.supplierId,
          name: o.supplierName,
          hint: t('team.offer', {
            price: euros(o.unitPriceCents),
            unit: t(`team.units.${o.unit}`, { defaultValue: o.unit }),
            nps: o.scorecard.nps ?? '–',
            cases: o.scorecard.openCases,
          }),
        }))
      : way === 'service_voucher' && voucher?.value
        ? voucher.providers.map((p) => ({ id: p.supplierId, name: p.supplierName, hint: undefined }))
        : way === 'own_production'
          ? units.map((u) => ({
              id: u.supplierId,
              name: u.unitName,
              hint: t('team.unitHint', {
                free: Math.max(0, u.hoursPerMonth - u.hoursTakenOn),
                capacity: u.hoursPerMonth,
              }),
            }))
          : [];
  const value = voucher?.value;
  return (
    <StepPanel title={t('team.arrange')}>
      <ErrorMessage error={command.error ?? offersError ?? voucherError ?? unitsError} />
      <Controller
        control={form.control}
        name="way"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('team.way')}
            name="way"
            value={field.value}
            onChange={(w) => {
              field.onChange(w);
              form.setValue('supplierId', null);
            }}
          >
            {offered.map((w) => (
              <RadioButton key={w} value={w}>
                {t(`facts.ways.${w}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
      />
      {way === 'service_voucher' && voucher && (
        <Paragraph mt="m">
          {value
            ? t('voucher.value', { value: euros(value.valueCents), unit: t(`voucher.units.${value.unit}`) })
            : t('voucher.noValue')}
          {value && voucher.providers.length === 0 && ` ${t('voucher.noProviders')}`}
        </Paragraph>
      )}
      {(way === 'purchase' ||
        (way === 'service_voucher' && value) ||
        (way === 'own_production' && units.length > 0)) && (
        <Controller
          control={form.control}
          name="supplierId"
          render={({ field, fieldState }) => (
            <RadioButtonGroup
              labelText={t(
                way === 'purchase' ? 'team.supplier' : way === 'own_production' ? 'team.unit' : 'voucher.provider',
              )}
              groupHintText={way === 'service_voucher' ? t('voucher.providerHint') : undefined}
              name={way === 'purchase' ? 'supplier' : way === 'own_production' ? 'unit' : 'voucher-provider'}
              value={field.value ?? undefined}
              onChange={field.onChange}
              mt="m"
              {...(fieldState.error
                ? { groupStatus: 'error', groupStatusText: status(fieldState.error).statusText }
                : {})}
            >
              {choices.map((c) => (
                <RadioButton key={c.id} value={c.id} hintText={c.hint}>
                  {c.name}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
        />
      )}
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {way === 'purchase' ? t('team.order') : way === 'service_voucher' ? t('voucher.order') : t('team.orderOwn')}
        </Button>
      </div>
    </StepPanel>
  );
}

const REASON_STEPS = {
  return: {
    route: '/arrangements/{id}/return',
    title: 'team.returnTitle',
    label: 'team.returnReason',
    hint: undefined,
    button: 'team.return',
  },
  unmet: {
    route: '/arrangements/{id}/unmet-need',
    title: 'team.unmetTitle',
    label: 'team.unmetReason',
    hint: 'team.unmetHint',
    button: 'team.recordUnmet',
  },
} as const;

/** A step the team takes with its reason in words: return for completion, or record an unmet need. */
export function ReasonStep({ a, kind }: Props & { kind: keyof typeof REASON_STEPS }) {
  const { t } = useTranslation();
  const step = REASON_STEPS[kind];
  const form = useForm<z.input<typeof ReasonSchema>, unknown, z.output<typeof ReasonSchema>>({
    resolver: rulesResolver(ReasonSchema),
    defaultValues: { reason: '' },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof ReasonSchema>, api) =>
    unwrap(api.POST(step.route, { params: { path: { id: a.id } }, body })),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['reason']) }),
  );
  return (
    <section className="card" aria-labelledby={`step-${kind}`}>
      <Heading variant="h2" id={`step-${kind}`}>
        {t(step.title)}
      </Heading>
      <ErrorMessage error={command.error} />
      <TextareaField
        control={form.control}
        name="reason"
        labelText={t(step.label)}
        hintText={step.hint && t(step.hint)}
      />
      <div className="actions">
        <Button variant="secondary" disabled={command.isPending} onClick={() => void send()}>
          {t(step.button)}
        </Button>
      </div>
    </section>
  );
}

/** A decision on the service or on its change: the outcomes offered are those the API allows. */
export function Decide({ a, change }: ChangeProps) {
  const { t } = useTranslation();
  const outcomes = change
    ? (['granted', 'denied'] as const)
    : ([allows(a, 'grant') && 'granted', allows(a, 'deny') && 'denied'] as const).filter((o) => o !== false);
  const form = useForm<z.input<typeof DecisionSchema>, unknown, z.output<typeof DecisionSchema>>({
    resolver: rulesResolver(DecisionSchema),
    defaultValues: { outcome: outcomes[0] ?? 'granted', reason: null, notification: 'post' },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof DecisionSchema>, api) =>
    unwrap(
      api.POST(change ? '/arrangements/{id}/change/decision' : '/arrangements/{id}/decision', {
        params: { path: { id: a.id } },
        body,
      }),
    ),
  );
  const denied = form.watch('outcome') === 'denied';
  const send = form.handleSubmit((body) =>
    command.mutate(
      { ...body, reason: body.outcome === 'denied' ? body.reason : null },
      { onError: (err) => showProblems(err, form.setError, ['outcome', 'reason']) },
    ),
  );
  return (
    <StepPanel title={t(change ? 'team.decideChange' : 'team.decide')}>
      <ErrorMessage error={command.error} />
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <RadioButtonGroup
            labelText={t('arrangement.decision')}
            name={change ? 'change-outcome' : 'outcome'}
            value={field.value}
            onChange={field.onChange}
          >
            {outcomes.map((o) => (
              <RadioButton key={o} value={o}>
                {t(`arrangement.outcome.${o}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )}
      />
      {denied && (
        <TextareaField
          control={form.control}
          name="reason"
          nullable
          labelText={t('team.denialReason')}
          hintText={t('team.denialHint')}
        />
      )}
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('team.makeDecision')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** The payment commitment for a granted service or change, on a cost centre. */
export function Commit({ a, change }: ChangeProps) {
  const { t, i18n } = useTranslation();
  const status = useFieldStatus();
  const { data: centres = [] } = useQuery({
    queryKey: ['cost-centres'],
    queryFn: () => unwrap(api.GET('/cost-centres')),
    staleTime: Infinity,
  });
  const form = useForm<z.input<typeof PaymentCommitmentSchema>, unknown, z.output<typeof PaymentCommitmentSchema>>({
    resolver: rulesResolver(PaymentCommitmentSchema),
    defaultValues: { costCentreCode: '' },
  });
  const command = useArrangementCommand(a.id, (body: z.output<typeof PaymentCommitmentSchema>, api) =>
    unwrap(
      api.POST(change ? '/arrangements/{id}/change/payment-commitment' : '/arrangements/{id}/payment-commitment', {
        params: { path: { id: a.id } },
        body,
      }),
    ),
  );
  const send = form.handleSubmit((body) =>
    command.mutate(body, { onError: (err) => showProblems(err, form.setError, ['costCentreCode']) }),
  );
  return (
    <StepPanel title={t(change ? 'team.commitChange' : 'team.commit')}>
      <ErrorMessage error={command.error} />
      {centres.length > 0 && (
        <Controller
          control={form.control}
          name="costCentreCode"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('team.costCentre')}
              value={field.value || null}
              onChange={field.onChange}
              visualPlaceholder={t('team.choose')}
              {...status(fieldState.error)}
            >
              {centres.map((c) => (
                <DropdownItem key={c.code} value={c.code}>
                  {`${c.code} ${i18n.language === 'sv' ? c.nameSv : c.nameFi}`}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
      )}
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t('team.giveCommitment')}
        </Button>
      </div>
    </StepPanel>
  );
}
