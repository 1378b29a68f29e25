import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { FeedbackRulesSchema } from '../../../../libs/contracts/feedback-commands';
import { ErrorMessage, showProblems } from '../common/errors';
import { CountField, NumberField, TextareaField } from '../common/fields';
import { finnishDay, finnishTime } from '../common/format';
import { rulesResolver } from '../common/forms';
import { ResultRegion, useResult } from '../common/focus';
import { Loading } from '../common/loading';
import { Fact, StepPanel } from '../common/step';
import { useTitle } from '../common/title';
import { allowsOnRules, type FeedbackRuleSet, useChangeRules, useFeedbackRules } from './queries';

/**
 * What counts as bad feedback, read by every supervising role, and changed (a new version, with why) by
 * those the API lets: the form shows exactly when the rules' `allowedActions` has `changeRules`.
 */
export default function FeedbackRulesPage() {
  const { t } = useTranslation();
  useTitle(t('feedbackRules.title'));
  const rules = useFeedbackRules();
  const { result, say } = useResult();
  return (
    <>
      <Heading variant="h1">{t('feedbackRules.title')}</Heading>
      <Paragraph>{t('feedbackRules.intro')}</Paragraph>
      <ResultRegion result={result} />
      <ErrorMessage error={rules.error} />
      {rules.isPending && <Loading />}
      {rules.data && (
        <>
          <RulesInForce r={rules.data} />
          {allowsOnRules(rules.data, 'changeRules') ? (
            // A new version starts the form again from the rules now in force.
            <ChangeRules key={rules.data.version} r={rules.data} say={say} />
          ) : (
            <Paragraph>{t('feedbackRules.readOnly')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}

function RulesInForce({ r }: { r: FeedbackRuleSet }) {
  const { t } = useTranslation();
  const { itemAtOrBelow, seriousConcern, nps } = r.rules;
  return (
    <section className="card" aria-labelledby="rules-in-force">
      <Heading variant="h2" id="rules-in-force">
        {t('feedbackRules.current')}
      </Heading>
      <dl className="facts" data-rules>
        <Fact label={t('feedbackRules.item')}>
          {itemAtOrBelow === null ? t('feedbackRules.off') : t('feedbackRules.itemAtOrBelow', { value: itemAtOrBelow })}
        </Fact>
        <Fact label={t('feedbackRules.seriousConcern')}>
          {seriousConcern ? t('feedbackRules.seriousConcernOn') : t('feedbackRules.seriousConcernOff')}
        </Fact>
        <Fact label={t('feedbackRules.nps')}>
          {nps === null ? t('feedbackRules.off') : t('feedbackRules.npsRule', { ...nps, below: String(nps.below) })}
        </Fact>
        <Fact label={t('feedbackRules.version')}>{r.version}</Fact>
        <Fact label={t('feedbackRules.changed')}>{`${finnishDay(r.changedAt)} ${finnishTime(r.changedAt)}`}</Fact>
        <Fact label={t('feedbackRules.changedBy')}>{r.changedByName ?? t('feedbackRules.firstRules')}</Fact>
        {r.note && <Fact label={t('feedbackRules.note')}>{r.note}</Fact>}
      </dl>
    </section>
  );
}

/** The form's values: the change as the API takes it, with the NPS rule's numbers kept while it is off. */
interface RulesValues {
  note: string;
  npsOn: boolean;
  rules: {
    itemAtOrBelow: number | null;
    seriousConcern: boolean;
    nps: { window: number | null; minAnswers: number | null; below: number | null };
  };
}
const FIELDS = ['note', 'rules.itemAtOrBelow', 'rules.nps.window', 'rules.nps.minAnswers', 'rules.nps.below'];
/** The item limit's choices: off, or an answer of 1–3 (the API's range). */
const OFF = 'off';
const LIMITS = ['1', '2', '3'];

/** The form checked by the API's own schema, on the change it would send: its fields are the change's paths. */
const formSchema = (basedOnVersion: number) =>
  z
    .custom<RulesValues>()
    .transform(({ npsOn, note, rules }) => ({
      basedOnVersion,
      note,
      rules: { ...rules, nps: npsOn ? rules.nps : null },
    }))
    .pipe(FeedbackRulesSchema);

function ChangeRules({ r, say }: { r: FeedbackRuleSet; say: (text: string) => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => formSchema(r.version), [r.version]);
  const form = useForm<RulesValues, unknown, z.output<typeof FeedbackRulesSchema>>({
    resolver: rulesResolver(schema),
    defaultValues: {
      note: '',
      npsOn: r.rules.nps !== null,
      rules: {
        itemAtOrBelow: r.rules.itemAtOrBelow,
        seriousConcern: r.rules.seriousConcern,
        nps: r.rules.nps ?? { window: 20, minAnswers: 5, below: 0 },
      },
    },
  });
  const npsOn = useWatch({ control: form.control, name: 'npsOn' });
  const change = useChangeRules();
  const save = form.handleSubmit((body) =>
    change.mutate(body, {
      onSuccess: (now) => say(t('feedbackRules.saved', { version: now.version })),
      onError: (err) => showProblems(err, form.setError, FIELDS),
    }),
  );
  return (
    <StepPanel title={t('feedbackRules.change')}>
      <ErrorMessage error={change.error} />
      <div className="form">
        <Controller
          control={form.control}
          name="rules.itemAtOrBelow"
          render={({ field }) => (
            <Dropdown
              labelText={t('feedbackRules.itemLimit')}
              value={field.value === null ? OFF : String(field.value)}
              onChange={(v) => field.onChange(v === OFF ? null : Number(v))}
            >
              <DropdownItem value={OFF}>{t('feedbackRules.noLimit')}</DropdownItem>
              {LIMITS.map((l) => (
                <DropdownItem key={l} value={l}>
                  {l}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
        />
        <Controller
          control={form.control}
          name="rules.seriousConcern"
          render={({ field }) => (
            <Checkbox checked={field.value} onClick={({ checkboxState }) => field.onChange(checkboxState)}>
              {t('feedbackRules.seriousConcernRule')}
            </Checkbox>
          )}
        />
        <Controller
          control={form.control}
          name="npsOn"
          render={({ field }) => (
            <Checkbox checked={field.value} onClick={({ checkboxState }) => field.onChange(checkboxState)}>
              {t('feedbackRules.npsOn')}
            </Checkbox>
          )}
        />
        {npsOn && (
          <div className="fields-row">
            <CountField
              control={form.control}
              name="rules.nps.window"
              labelText={t('feedbackRules.window')}
              empty={null}
            />
            <CountField
              control={form.control}
              name="rules.nps.minAnswers"
              labelText={t('feedbackRules.minAnswers')}
              empty={null}
            />
            <NumberField control={form.control} name="rules.nps.below" labelText={t('feedbackRules.below')} />
          </div>
        )}
        <TextareaField control={form.control} name="note" labelText={t('feedbackRules.why')} />
      </div>
      <div className="actions">
        <Button disabled={change.isPending} onClick={() => void save()}>
          {t('feedbackRules.save')}
        </Button>
      </div>
    </StepPanel>
  );
}
