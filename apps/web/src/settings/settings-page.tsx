import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import { z } from 'zod';
import { PROFESSIONS } from '../../../../libs/contracts/codes';
import {
  ALL_SETTING_KEYS,
  type AnySettingKey,
  SetCountySettingSchema,
  type SettingKey,
  TEXT_SETTING_KEYS,
  type TextSettingKey,
} from '../../../../libs/contracts/county-settings';
import { useCatalogue, useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage, showProblems, useFieldStatus } from '../common/errors';
import { DayField, EuroField, NumberField, TextareaField, TextField } from '../common/fields';
import { euros, finnishDate, finnishDay, helsinkiToday } from '../common/format';
import { ResultRegion, useResult } from '../common/focus';
import { rulesResolver } from '../common/forms';
import { Loading } from '../common/loading';
import { StepPanel } from '../common/step';
import { useTitle } from '../common/title';
import { figureText, npsText } from '../suppliers/figures';
import {
  allowsOnSettings,
  type CountySetting,
  type SettingChange,
  useCountySettings,
  useSetCountySetting,
} from './queries';

/**
 * The county's targets, baselines and norms: each value in force with its source, who set it and when (the
 * demo region's examples labelled as another county's), every value ever set, and the form for a new value
 * from a day, offered exactly when the settings' `allowedActions` has `set`.
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  useTitle(t('settings.title'));
  const settings = useCountySettings();
  const { result, say } = useResult();
  // A value saved starts the form afresh: its fields typed as text (a sum in euros) keep no old value.
  const [round, setRound] = useState(0);
  return (
    <>
      <Heading variant="h1">{t('settings.title')}</Heading>
      <Paragraph>{t('settings.intro')}</Paragraph>
      <ResultRegion result={result} />
      <ErrorMessage error={settings.error} />
      {settings.isPending && <Loading />}
      {settings.data && (
        <>
          <SettingsTable list="in-force" title={t('settings.inForce')} rows={settings.data.inForce} />
          {allowsOnSettings(settings.data, 'set') ? (
            <SetValue key={round} say={say} onSaved={() => setRound((r) => r + 1)} />
          ) : (
            <Paragraph>{t('settings.readOnly')}</Paragraph>
          )}
          <SettingsTable list="history" title={t('settings.history')} rows={settings.data.history} />
        </>
      )}
    </>
  );
}

/** A value as the county reads it: a sum in euros, a share in per cent, a number of clients, an NPS. */
function useValueText(): (key: SettingKey, value: number) => string {
  return (key, value) => {
    switch (key) {
      case 'purchase_baseline_cents':
        return euros(value);
      case 'purchase_reduction_target':
        return `${figureText(value * 100, 1)} %`;
      case 'caseload_norm':
      case 'aftercare_caseload_norm':
        return figureText(value, 0);
      case 'nps_target':
        return npsText(value);
      case 'family_survey_after_months':
        return figureText(value, 0);
    }
  };
}

const isTextKey = (key: AnySettingKey): key is TextSettingKey => (TEXT_SETTING_KEYS as readonly string[]).includes(key);

/** What a value is for: a service, a profession, a letter's language, or everything. */
function useScopeText(): (s: Pick<CountySetting, 'key' | 'scope'>) => string {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  return ({ key, scope }) =>
    scope === ''
      ? t('settings.allScope')
      : isTextKey(key)
        ? t(`settings.languages.${scope as 'fi' | 'sv'}`)
        : key === 'caseload_norm' || key === 'aftercare_caseload_norm'
          ? t(`settings.professions.${scope as (typeof PROFESSIONS)[number]}`)
          : serviceName(scope);
}

function SettingsTable({ list, title, rows }: { list: string; title: string; rows: CountySetting[] }) {
  const { t } = useTranslation();
  const id = useId();
  const valueText = useValueText();
  const scopeText = useScopeText();
  const columns: Column<CountySetting>[] = [
    { key: 'key', label: t('settings.key'), header: 'row', cell: (s) => t(`settings.keys.${s.key}`) },
    { key: 'scope', label: t('settings.scope'), cell: scopeText },
    {
      key: 'value',
      label: t('settings.value'),
      // A text setting (an address) as it was written; a figure as the county reads it.
      cell: (s) => (isTextKey(s.key) || s.value === null ? (s.text ?? '') : valueText(s.key, s.value)),
    },
    { key: 'validFrom', label: t('settings.validFrom'), cell: (s) => finnishDate(s.validFrom) },
    {
      key: 'source',
      label: t('settings.source'),
      cell: (s) => (
        <>
          {s.source}
          {s.example && (
            <>
              {' '}
              <StaticChip className="example-chip">{t('settings.example')}</StaticChip>
            </>
          )}
          {s.note && <span className="setting-note">{s.note}</span>}
        </>
      ),
    },
    {
      key: 'setBy',
      label: t('settings.setBy'),
      cell: (s) => `${s.setBy ?? t('settings.loadedWithDemo')}, ${finnishDay(s.setAt)}`,
    },
  ];
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      <DataTable
        data-list={list}
        caption={title}
        captionHidden
        columns={columns}
        rows={rows}
        empty={t('settings.none')}
        rowKey={(s) => s.id}
        rowAttributes={(s) => ({ 'data-setting': `${s.key}:${s.scope}`, 'data-id': s.id })}
      />
    </section>
  );
}

/** The form's values: the API's body, with the value empty until typed. */
interface SettingValues {
  key: AnySettingKey;
  scope: string;
  value: number | null;
  text: string | null;
  validFrom: string;
  source: string;
  note: string | null;
}
const FIELDS = ['key', 'scope', 'value', 'text', 'validFrom', 'source', 'note'];
/** The form checked by the API's own schema: a rule is written once. */
const formSchema = z
  .custom<SettingValues>()
  .transform((v) => v as z.input<typeof SetCountySettingSchema>)
  .pipe(SetCountySettingSchema);

function SetValue({ say, onSaved }: { say: (text: string) => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  const status = useFieldStatus();
  const { data: services = [] } = useCatalogue();
  const form = useForm<SettingValues, unknown, SettingChange>({
    resolver: rulesResolver(formSchema),
    defaultValues: {
      key: 'purchase_baseline_cents',
      scope: '',
      value: null,
      text: null,
      validFrom: `${helsinkiToday().slice(0, 4)}-01-01`,
      source: '',
      note: null,
    },
  });
  const key = form.watch('key');
  const change = useSetCountySetting();
  const save = form.handleSubmit((body) =>
    change.mutate(body, {
      onSuccess: (s) => {
        say(t('settings.saved', { key: t(`settings.keys.${s.key}`), from: finnishDate(s.validFrom) }));
        onSaved();
      },
      onError: (err) => showProblems(err, form.setError, FIELDS),
    }),
  );
  // The scopes a key takes: a service's code, a profession, a letter's language, or none (for everything).
  const scopes: { value: string; label: string }[] = isTextKey(key)
    ? [
        { value: '', label: t('settings.allLanguages') },
        { value: 'fi', label: t('settings.languages.fi') },
        { value: 'sv', label: t('settings.languages.sv') },
      ]
    : key === 'caseload_norm' || key === 'aftercare_caseload_norm'
      ? PROFESSIONS.map((p) => ({ value: p, label: t(`settings.professions.${p}`) }))
      : key === 'purchase_reduction_target'
        ? []
        : [
            ...(key === 'nps_target' ? [{ value: '', label: t('settings.allServices') }] : []),
            ...services.map((s) => ({ value: s.code, label: s.name[lang] })),
          ];
  return (
    <StepPanel title={t('settings.set')}>
      <ErrorMessage error={change.error} />
      <div className="form" data-form="set-setting">
        <Controller
          control={form.control}
          name="key"
          render={({ field }) => (
            <Dropdown
              labelText={t('settings.key')}
              value={field.value}
              onChange={(v) => {
                field.onChange(v);
                form.setValue('scope', '');
                form.setValue('value', null);
                form.setValue('text', null);
              }}
            >
              {ALL_SETTING_KEYS.map((k) => (
                <DropdownItem key={k} value={k}>
                  {t(`settings.keys.${k}`)}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
        {scopes.length > 0 && (
          <Controller
            key={`scope-${key}`}
            control={form.control}
            name="scope"
            render={({ field, fieldState }) => (
              <Dropdown
                labelText={t('settings.scope')}
                visualPlaceholder={t('settings.chooseScope')}
                value={field.value}
                onChange={field.onChange}
                {...status(fieldState.error)}
              >
                {scopes.map((s) => (
                  <DropdownItem key={s.value || 'all'} value={s.value}>
                    {s.label}
                  </DropdownItem>
                ))}
              </Dropdown>
            )}
          />
        )}
        {isTextKey(key) ? (
          <TextField
            key={`text-${key}`}
            control={form.control}
            name="text"
            labelText={t('settings.text')}
            hintText={t(`settings.textHints.${key}`)}
          />
        ) : key === 'purchase_baseline_cents' ? (
          <EuroField key="euros" control={form.control} name="value" labelText={t('settings.valueEuros')} />
        ) : (
          <NumberField
            key={`value-${key}`}
            control={form.control}
            name="value"
            labelText={t('settings.value')}
            hintText={t(`settings.valueHints.${key}`)}
          />
        )}
        <DayField control={form.control} name="validFrom" labelText={t('settings.validFrom')} />
        <TextField
          control={form.control}
          name="source"
          labelText={t('settings.source')}
          hintText={t('settings.sourceHint')}
        />
        <TextareaField
          control={form.control}
          name="note"
          nullable
          labelText={t('settings.note')}
          optionalText={t('settings.optional')}
        />
      </div>
      <div className="actions">
        <Button disabled={change.isPending} onClick={() => void save()}>
          {t('settings.save')}
        </Button>
      </div>
    </StepPanel>
  );
}
