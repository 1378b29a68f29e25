import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import type { CatalogueVersion, Localized, ServiceCard } from '../api/types';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { finnishDay, finnishTime } from '../common/format';
import { ResultRegion, useResult } from '../common/focus';
import { type Language, LANGUAGE_NAMES, LANGUAGES } from '../common/i18n';
import { Loading } from '../common/loading';
import { Fact } from '../common/step';
import { useTitle } from '../common/title';
import { useCardDiff, useCatalogueVersions, useLatestCard } from './catalogue';
import { CardForm } from './card-form';

/**
 * A service's principle card: its texts in Finnish, Swedish and English side by side (stacked on a phone),
 * its rules, the versions that changed it (who, when, why) and what changed between two of them. Edited
 * and published as a new version where the card's `allowedActions` has `publish`.
 */
export default function CardPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const card = useLatestCard(code);
  // The card as it was read when editing began: a newer version read meanwhile (another person's, or a
  // refetch on focus) must neither reset what is being typed nor become the version the edit is based on.
  const [editing, setEditing] = useState<ServiceCard | null>(null);
  const { result, say } = useResult();
  useTitle(card.data ? card.data.name[lang] : card.error ? t('errors.page') : t('titles.loading'));
  if (!card.data) return card.error ? <ErrorMessage error={card.error} /> : <Loading />;
  const c = card.data;
  return (
    <>
      <Heading variant="h1">{c.name[lang]}</Heading>
      <ResultRegion result={result} />
      <CardRules c={c} />
      <CardTexts c={c} />
      {c.allowedActions.includes('publish') &&
        // Another card opened meanwhile (the page kept, its route's code changed) is not this edit's card.
        (editing?.code === code ? (
          <CardForm
            card={editing}
            onDone={(version) => {
              setEditing(null);
              say(t('catalogue.published', { version }));
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="actions">
            <Button onClick={() => setEditing(c)}>{t('catalogue.edit')}</Button>
          </div>
        ))}
      <Versions code={code} />
    </>
  );
}

function CardRules({ c }: { c: ServiceCard }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const range = (r: { min: number; max: number } | null) => (r ? `${r.min}–${r.max}` : '–');
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('catalogue.rules')}
      </Heading>
      <dl className="facts">
        <Fact label={t('catalogue.version')}>{c.version}</Fact>
        {c.source && <Fact label={t('catalogue.source')}>{c.source[i18n.language as Language]}</Fact>}
        <Fact label={t('catalogue.group')}>{t(`catalogue.groups.${c.group}`)}</Fact>
        <Fact label={t('catalogue.legalBases')}>{c.legalBases.join(', ')}</Fact>
        <Fact label={t('catalogue.hoursPerMonth')}>{range(c.hoursPerMonth)}</Fact>
        <Fact label={t('catalogue.ages')}>{range(c.ageRange)}</Fact>
        <Fact label={t('catalogue.periods')}>
          {t('catalogue.periodsText', {
            first: c.periods.first,
            step: c.periods.step,
            max: c.periods.max,
            extra: c.periods.specialExtra ?? '–',
          })}
        </Fact>
        <Fact label={t('catalogue.accessTarget')}>{c.accessTarget}</Fact>
        <Fact label={t('catalogue.evaluationInterval')}>
          {c.evaluationIntervalShortest ? `${c.evaluationIntervalShortest}–` : ''}
          {c.evaluationInterval ?? '–'}
        </Fact>
      </dl>
    </section>
  );
}

/** The card's texts, one column a language: what a worker reads, and what a Swedish reader reads beside it. */
function CardTexts({ c }: { c: ServiceCard }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('catalogue.texts')}
      </Heading>
      <div className="languages">
        {LANGUAGES.map((l) => (
          <div key={l} lang={l} data-language={l}>
            <Heading variant="h3">{LANGUAGE_NAMES[l]}</Heading>
            <Paragraph>
              <strong>{c.name[l]}</strong>
            </Paragraph>
            <Paragraph>{c.description[l]}</Paragraph>
            <Criteria title={t('catalogue.rightWhen')} items={c.rightWhen} lang={l} />
            <Criteria title={t('catalogue.notRightWhen')} items={c.notRightWhen} lang={l} />
            <Paragraph>{c.fee.note[l]}</Paragraph>
          </div>
        ))}
      </div>
    </section>
  );
}

function Criteria({ title, items, lang }: { title: string; items: { text: Localized }[]; lang: Language }) {
  return (
    <>
      <Heading variant="h4" as="h4">
        {title}
      </Heading>
      <ul>
        {items.map((c, i) => (
          <li key={i}>{c.text[lang]}</li>
        ))}
      </ul>
    </>
  );
}

/** The versions that changed this card, newest first, and a comparison of two of them. */
function Versions({ code }: { code: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { data: all } = useCatalogueVersions();
  const versions = all?.filter((v) => v.changedCodes.includes(code));
  const columns: Column<CatalogueVersion>[] = [
    { key: 'version', label: t('catalogue.version'), header: 'row', cell: (v) => v.version },
    {
      key: 'when',
      label: t('catalogue.when'),
      cell: (v) => `${finnishDay(v.publishedAt)} ${finnishTime(v.publishedAt)}`,
    },
    { key: 'who', label: t('catalogue.who'), cell: (v) => v.publishedByName ?? t('catalogue.firstCatalogue') },
    { key: 'note', label: t('catalogue.note'), cell: (v) => v.note ?? '' },
  ];
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('catalogue.versions')}
      </Heading>
      <DataTable
        caption={t('catalogue.versions')}
        captionHidden
        columns={columns}
        rows={versions}
        rowKey={(v) => String(v.version)}
        rowAttributes={(v) => ({ 'data-version': v.version })}
        data-list="versions"
      />
      {versions && versions.length > 1 && <Compare code={code} versions={versions} />}
    </section>
  );
}

/** Two versions chosen, what changed between them field by field, old beside new. */
function Compare({ code, versions }: { code: string; versions: CatalogueVersion[] }) {
  const { t } = useTranslation();
  const [to, setTo] = useState(versions[0]!.version);
  const [from, setFrom] = useState(versions[1]!.version);
  const diff = useCardDiff(code, from, to);
  const columns: Column<{ field: string; before: string | null; after: string | null }>[] = [
    { key: 'field', label: t('catalogue.field'), header: 'row', cell: (c) => fieldName(c.field, t) },
    { key: 'before', label: t('catalogue.before', { version: from }), cell: (c) => c.before ?? '–' },
    { key: 'after', label: t('catalogue.after', { version: to }), cell: (c) => c.after ?? '–' },
  ];
  const choose = (label: string, value: number, set: (v: number) => void) => (
    <Dropdown labelText={label} value={String(value)} onChange={(v) => set(Number(v))}>
      {versions.map((v) => (
        <DropdownItem key={v.version} value={String(v.version)}>
          {String(v.version)}
        </DropdownItem>
      ))}
    </Dropdown>
  );
  return (
    <>
      <Heading variant="h3" mt="m">
        {t('catalogue.compare')}
      </Heading>
      <div className="fields-row">
        {choose(t('catalogue.from'), from, setFrom)}
        {choose(t('catalogue.to'), to, setTo)}
      </div>
      <ErrorMessage error={diff.error} />
      <DataTable
        caption={t('catalogue.changes', { from, to })}
        columns={columns}
        rows={diff.data?.changes}
        empty={t('catalogue.noChanges')}
        rowKey={(c) => c.field}
        rowAttributes={(c) => ({ 'data-field': c.field })}
        data-list="changes"
      />
    </>
  );
}

/** A field's path in words: its first part named (`name` → Name), the rest (language, criterion) as it is. */
function fieldName(path: string, t: TFunction): string {
  const [first = '', ...rest] = path.split('.');
  return [t(`catalogue.fields.${first}`, { defaultValue: first }), ...rest].join(' · ');
}
