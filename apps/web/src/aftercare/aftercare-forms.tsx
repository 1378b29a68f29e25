import { type Control, Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import {
  AFTERCARE_BASES,
  CostToldSchema,
  RecordAftercareSchema,
  ServiceElsewhereSchema,
} from '../../../../libs/contracts/aftercare-commands';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { DayField, EuroField, TextField } from '../common/fields';
import { finnishDate, helsinkiToday, monthText } from '../common/format';
import { rulesResolver } from '../common/forms';
import type { Language } from '../common/i18n';
import { Loading } from '../common/loading';
import { StepPanel } from '../common/step';
import {
  type AftercareRecord,
  type CostToldBody,
  type County,
  type RecordAftercareBody,
  type ServiceElsewhere,
  type ServiceElsewhereBody,
  useAddServiceElsewhere,
  useCounties,
  useRecordAftercare,
  useRecordCost,
} from './queries';

/** A contact as the form holds it: every field a text, the contact left out when all are empty. */
interface ContactValues {
  name: string;
  team: string;
  phone: string;
  email: string;
}
interface RecordValues {
  basis: RecordAftercareBody['basis'];
  startedOn: string;
  placingCounty: string;
  residenceCounty: string;
  planAgreedOn: string;
  responsibleWorker: ContactValues;
  otherCountyContact: ContactValues;
}

const NO_CONTACT: ContactValues = { name: '', team: '', phone: '', email: '' };
const contactValues = (c: { name: string; team: string; phone: string | null; email: string | null } | null) =>
  c ? { name: c.name, team: c.team, phone: c.phone ?? '', email: c.email ?? '' } : NO_CONTACT;
const contactBody = (c: ContactValues) =>
  [c.name, c.team, c.phone, c.email].every((v) => v.trim() === '')
    ? null
    : { name: c.name, team: c.team, phone: c.phone.trim() || null, email: c.email.trim() || null };

/** The form checked by the API's own schema (a rule is written once); the counties' rules are the API's to tell. */
const recordSchema = z
  .custom<RecordValues>()
  .transform(
    (v): z.input<typeof RecordAftercareSchema> => ({
      basis: v.basis,
      startedOn: v.startedOn,
      placingCounty: v.placingCounty,
      residenceCounty: v.residenceCounty,
      planAgreedOn: v.planAgreedOn || null,
      responsibleWorker: contactBody(v.responsibleWorker),
      otherCountyContact: contactBody(v.otherCountyContact),
    }),
  )
  .pipe(RecordAftercareSchema);

const CONTACT_FIELDS = ['name', 'team', 'phone', 'email'] as const;
const RECORD_FIELDS = [
  'basis',
  'startedOn',
  'placingCounty',
  'residenceCounty',
  'planAgreedOn',
  ...CONTACT_FIELDS.flatMap((f) => [`responsibleWorker.${f}`, `otherCountyContact.${f}`]),
];
/** A refusal of a whole contact (none named where one must be, one named where none may be) is told at its name. */
const RECORD_FIELD_OF = { responsibleWorker: 'responsibleWorker.name', otherCountyContact: 'otherCountyContact.name' };

/**
 * Records the aftercare, or corrects it: folded to a button once one is recorded. The placing county's responsible
 * worker is named only when another county placed the young person, and the contact of the county they live in
 * only when placed from here and living elsewhere: the API tells which, field by field.
 */
export function RecordForm({
  clientId,
  record,
  onSaved,
}: {
  clientId: string;
  record: AftercareRecord | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const save = useRecordAftercare(clientId);
  const counties = useCounties();
  const form = useForm<RecordValues, unknown, RecordAftercareBody>({
    resolver: rulesResolver(recordSchema),
    defaultValues: {
      basis: record?.basis ?? 'placement',
      startedOn: record?.startedOn ?? '',
      placingCounty: record?.placingCounty ?? '',
      residenceCounty: record?.residenceCounty ?? '',
      planAgreedOn: record?.planAgreedOn ?? '',
      // Placed from here, the own worker is the responsible worker: the form names only another county's.
      responsibleWorker: contactValues(record && !record.placedHere ? record.responsibleWorker : null),
      otherCountyContact: contactValues(record?.otherCountyContact ?? null),
    },
  });
  const submit = form.handleSubmit((body) =>
    save.mutate(body, {
      onSuccess: onSaved,
      onError: (err) => showProblems(err, form.setError, RECORD_FIELDS, RECORD_FIELD_OF),
    }),
  );
  return (
    <StepPanel
      title={record ? t('aftercare.record.correctTitle') : t('aftercare.record.title')}
      fold={{ open: record === null, button: t('aftercare.record.correct') }}
    >
      <ErrorMessage error={save.error ?? counties.error} />
      {/* The design system's dropdown needs its options from the start: the form waits for the counties. */}
      {counties.isPending && <Loading />}
      {counties.data && (
        <form className="form" noValidate data-form="record-aftercare" onSubmit={(e) => e.preventDefault()}>
          <Controller
            control={form.control}
            name="basis"
            render={({ field }) => (
              <Dropdown labelText={t('aftercare.basis')} value={field.value} onChange={field.onChange}>
                {AFTERCARE_BASES.map((b) => (
                  <DropdownItem key={b} value={b}>
                    {t(`aftercare.bases.${b}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
            )}
          />
          <DayField
            control={form.control}
            name="startedOn"
            labelText={t('aftercare.record.startedOn')}
            hintText={t('aftercare.record.startedOnHint')}
          />
          <CountyField
            control={form.control}
            counties={counties.data}
            name="placingCounty"
            labelText={t('aftercare.placingCounty')}
          />
          <CountyField
            control={form.control}
            counties={counties.data}
            name="residenceCounty"
            labelText={t('aftercare.residenceCounty')}
          />
          <DayField
            control={form.control}
            name="planAgreedOn"
            labelText={t('aftercare.planAgreedOn')}
            optionalText={t('aftercare.optional')}
          />
          <ContactFields
            control={form.control}
            name="responsibleWorker"
            legend={t('aftercare.record.responsibleWorker')}
            hint={t('aftercare.record.responsibleWorkerHint')}
          />
          <ContactFields
            control={form.control}
            name="otherCountyContact"
            legend={t('aftercare.record.otherCountyContact')}
            hint={t('aftercare.record.otherCountyContactHint')}
          />
          <div className="actions">
            <Button disabled={save.isPending} onClick={() => void submit()}>
              {t('aftercare.record.save')}
            </Button>
          </div>
        </form>
      )}
    </StepPanel>
  );
}

/** A wellbeing services county chosen by its name; the API's refusal of it told beside it. */
function CountyField({
  control,
  counties,
  name,
  labelText,
}: {
  control: Control<RecordValues, unknown, RecordAftercareBody>;
  counties: County[];
  name: 'placingCounty' | 'residenceCounty';
  labelText: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const status = useFieldStatus();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Dropdown
          labelText={labelText}
          visualPlaceholder={t('aftercare.record.chooseCounty')}
          value={field.value}
          onChange={field.onChange}
          {...status(fieldState.error)}
        >
          {counties.map((c) => (
            <DropdownItem key={c.code} value={c.code}>
              {c.name[lang]}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
    />
  );
}

/** A worker of another county, as that county names them: work contacts only. */
function ContactFields({
  control,
  name,
  legend,
  hint,
}: {
  control: Control<RecordValues, unknown, RecordAftercareBody>;
  name: 'responsibleWorker' | 'otherCountyContact';
  legend: string;
  hint: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="checks" data-contact-fields={name}>
      <legend>{legend}</legend>
      <Paragraph>{hint}</Paragraph>
      <TextField control={control} name={`${name}.name`} labelText={t('aftercare.record.contactName')} />
      <TextField control={control} name={`${name}.team`} labelText={t('aftercare.record.contactTeam')} />
      <TextField
        control={control}
        name={`${name}.phone`}
        labelText={t('aftercare.record.contactPhone')}
        optionalText={t('aftercare.optional')}
      />
      <TextField
        control={control}
        name={`${name}.email`}
        type="email"
        labelText={t('aftercare.record.contactEmail')}
        optionalText={t('aftercare.optional')}
      />
    </fieldset>
  );
}

type ServiceValues = z.input<typeof ServiceElsewhereSchema>;
const SERVICE_FIELDS = ['service', 'arrangedFrom', 'arrangedTo'];

/** A service the county the young person lives in arranges for them, as it told (placed from here). */
export function ServiceElsewhereForm({ clientId, say }: { clientId: string; say: (text: string) => void }) {
  const { t } = useTranslation();
  const add = useAddServiceElsewhere(clientId);
  const form = useForm<ServiceValues, unknown, ServiceElsewhereBody>({
    resolver: rulesResolver(ServiceElsewhereSchema),
    defaultValues: { service: '', arrangedFrom: '', arrangedTo: null },
  });
  const submit = form.handleSubmit((body) =>
    add.mutate(
      { ...body, arrangedTo: body.arrangedTo || null },
      {
        onSuccess: (s) => {
          say(t('aftercare.serviceElsewhere.added', { service: s.service }));
          form.reset();
        },
        onError: (err) => showProblems(err, form.setError, SERVICE_FIELDS),
      },
    ),
  );
  return (
    <StepPanel
      title={t('aftercare.serviceElsewhere.title')}
      fold={{ open: false, button: t('aftercare.serviceElsewhere.add') }}
    >
      <ErrorMessage error={add.error} />
      <form className="form" noValidate data-form="service-elsewhere" onSubmit={(e) => e.preventDefault()}>
        <TextField
          control={form.control}
          name="service"
          labelText={t('aftercare.serviceElsewhere.service')}
          hintText={t('aftercare.serviceElsewhere.serviceHint')}
        />
        <DayField control={form.control} name="arrangedFrom" labelText={t('aftercare.serviceElsewhere.from')} />
        <DayField
          control={form.control}
          name="arrangedTo"
          labelText={t('aftercare.serviceElsewhere.to')}
          optionalText={t('aftercare.optional')}
        />
        <div className="actions">
          <Button disabled={add.isPending} onClick={() => void submit()}>
            {t('aftercare.serviceElsewhere.save')}
          </Button>
        </div>
      </form>
    </StepPanel>
  );
}

interface CostValues {
  serviceId: string;
  month: string;
  amountCents: number | null;
}
const costSchema = CostToldSchema.extend({ serviceId: z.string().min(1) });
const COST_FIELDS = ['serviceId', 'month', 'amountCents'];

/** A month's cost of a service elsewhere, as the other county told it; told again, the newer figure stands. */
export function CostForm({
  clientId,
  services,
  say,
}: {
  clientId: string;
  services: ServiceElsewhere[];
  say: (text: string) => void;
}) {
  const { t } = useTranslation();
  const status = useFieldStatus();
  const record = useRecordCost(clientId);
  const form = useForm<CostValues, unknown, CostToldBody & { serviceId: string }>({
    resolver: rulesResolver(costSchema as z.ZodType<CostToldBody & { serviceId: string }, CostValues>),
    defaultValues: { serviceId: services[0]?.id ?? '', month: helsinkiToday().slice(0, 7), amountCents: null },
  });
  const submit = form.handleSubmit((body) =>
    record.mutate(body, {
      onSuccess: (c) => {
        const service = services.find((s) => s.id === c.serviceId)?.service ?? '';
        say(t('aftercare.cost.saved', { service, month: monthText(c.month) }));
      },
      onError: (err) => showProblems(err, form.setError, COST_FIELDS),
    }),
  );
  return (
    <StepPanel title={t('aftercare.cost.title')} fold={{ open: false, button: t('aftercare.cost.add') }}>
      <ErrorMessage error={record.error} />
      <form className="form" noValidate data-form="cost-told" onSubmit={(e) => e.preventDefault()}>
        <Controller
          control={form.control}
          name="serviceId"
          render={({ field, fieldState }) => (
            <Dropdown
              labelText={t('aftercare.cost.service')}
              value={field.value}
              onChange={field.onChange}
              {...status(fieldState.error)}
            >
              {services.map((s) => (
                <DropdownItem key={s.id} value={s.id}>
                  {t('aftercare.cost.serviceOption', { service: s.service, from: finnishDate(s.arrangedFrom) })}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
        <TextField
          control={form.control}
          name="month"
          labelText={t('aftercare.cost.month')}
          hintText={t('aftercare.cost.monthHint')}
        />
        <EuroField control={form.control} name="amountCents" labelText={t('aftercare.cost.amount')} />
        <div className="actions">
          <Button disabled={record.isPending} onClick={() => void submit()}>
            {t('aftercare.cost.save')}
          </Button>
        </div>
      </form>
    </StepPanel>
  );
}
