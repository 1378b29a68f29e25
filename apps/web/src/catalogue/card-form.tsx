import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import type { ServiceCard, ServiceDefinition } from '../api/types';
import { ErrorMessage, showProblems } from '../common/errors';
import { CountField, TextareaField, TextField } from '../common/fields';
import { LANGUAGE_NAMES, LANGUAGES } from '../common/i18n';
import { StepPanel } from '../common/step';
import { usePublishCard } from './catalogue';

interface CardValues {
  note: string;
  service: ServiceDefinition;
}

/**
 * A card's three languages and the rules the catalogue takes, with why it changes: published as a new
 * version made on the card as it was read when editing began: a version published meanwhile (the catalogue
 * is versioned as a whole) refuses it, and the alert says to reload and make the change again. The API
 * checks the card by its own schema; its problems are shown on the fields they name.
 */
export function CardForm({
  card,
  onDone,
  onCancel,
}: {
  card: ServiceCard;
  onDone: (version: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { version, allowedActions, ...service } = card;
  void allowedActions; // the card's actions are not part of what is published
  const form = useForm<CardValues>({ defaultValues: { note: '', service } });
  const publish = usePublishCard(card.code);
  const texts: string[] = [
    'service.name',
    'service.description',
    'service.fee.note',
    ...(service.source ? ['service.source'] : []),
  ];
  for (const list of ['rightWhen', 'notRightWhen'] as const) {
    service[list].forEach((_c, i) => texts.push(`service.${list}.${i}.text`));
  }
  const rules = [
    ...(service.hoursPerMonth ? ['service.hoursPerMonth.min', 'service.hoursPerMonth.max'] : []),
    ...(service.ageRange ? ['service.ageRange.min', 'service.ageRange.max'] : []),
  ];
  const durations = [
    'service.periods.first',
    'service.periods.step',
    'service.periods.max',
    'service.accessTarget',
    ...(service.evaluationInterval ? ['service.evaluationInterval'] : []),
    ...(service.evaluationIntervalShortest ? ['service.evaluationIntervalShortest'] : []),
  ];
  const known = ['note', ...texts.flatMap((f) => LANGUAGES.map((l) => `${f}.${l}`)), ...rules, ...durations];
  const send = form.handleSubmit((values) =>
    publish.mutate(
      { basedOnVersion: version, note: values.note, service: values.service },
      {
        onSuccess: (published) => onDone(published.version ?? version + 1),
        onError: (err) => showProblems(err, form.setError, known),
      },
    ),
  );
  const label = (path: string) => {
    const m = /^service\.(rightWhen|notRightWhen)\.(\d+)\.text$/.exec(path);
    return m
      ? t('catalogue.criterion', { list: t(`catalogue.${m[1]}`), n: Number(m[2]) + 1 })
      : t(`catalogue.form.${path}`);
  };
  return (
    <StepPanel title={t('catalogue.editTitle', { version })}>
      <ErrorMessage error={publish.error} />
      <div className="form">
        {texts.map((path) => (
          <fieldset key={path} className="languages-fields">
            <legend>{label(path)}</legend>
            <div className="languages">
              {LANGUAGES.map((l) => (
                <TextareaField
                  key={l}
                  control={form.control}
                  name={`${path}.${l}` as 'note'}
                  labelText={`${label(path)} – ${LANGUAGE_NAMES[l]}`}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <Heading variant="h3">{t('catalogue.rules')}</Heading>
        <div className="fields-row">
          {rules.map((path) => (
            <CountField
              key={path}
              control={form.control}
              name={path as 'note'}
              labelText={t(`catalogue.form.${path}`)}
              empty={null}
            />
          ))}
        </div>
        <div className="fields-row">
          {durations.map((path) => (
            <TextField
              key={path}
              control={form.control}
              name={path as 'note'}
              labelText={t(`catalogue.form.${path}`)}
              hintText={t('catalogue.durationHint')}
            />
          ))}
        </div>
        <TextareaField control={form.control} name="note" labelText={t('catalogue.why')} />
      </div>
      <div className="actions">
        <Button disabled={publish.isPending} onClick={() => void send()}>
          {t('catalogue.publish')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('catalogue.cancel')}
        </Button>
      </div>
    </StepPanel>
  );
}
