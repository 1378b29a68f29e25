import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useServiceName } from '../catalogue/catalogue';
import { type Contract, statusText, useContracts } from '../contracts/queries';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { euros, finnishDate, finnishDay } from '../common/format';
import { Loading } from '../common/loading';
import { Fact, StepPanel } from '../common/step';
import { useTitle } from '../common/title';
import {
  allowsSupplier,
  type SupplierRecord,
  useChangeSupplier,
  useFeedbackWords,
  useScorecard,
  useSupplier,
} from './queries';
import { ScorecardSections } from './scorecard';
import { SupplierForm } from './supplier-form';

/**
 * A supplier as procurement and the team lead see it: its record (edited where the API allows), its
 * contracts, its scorecard as charts with their numbers, its cases by outcome, its running services
 * (counts), and what the families and own workers wrote about it (never who, nor about whom).
 */
export default function SupplierPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const supplier = useSupplier(id);
  const s = supplier.data;
  useTitle(s ? t('suppliers.pageTitle', { name: s.name }) : supplier.error ? t('errors.page') : t('titles.loading'));
  if (!s) return supplier.error ? <ErrorMessage error={supplier.error} /> : <Loading />;
  return (
    <>
      <Paragraph>
        <RouterLink asComponent={Link} to="/suppliers">
          {t('suppliers.back')}
        </RouterLink>
      </Paragraph>
      <Heading variant="h1">{t('suppliers.pageTitle', { name: s.name })}</Heading>
      <Record s={s} />
      <Contracts s={s} />
      <Figures id={s.id} />
      <Words id={s.id} />
    </>
  );
}

function Record({ s }: { s: SupplierRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const { result, say } = useResult();
  const change = useChangeSupplier(s.id);
  const last = s.history.at(-1);
  return (
    <>
      <ResultRegion result={result} />
      <section className="card" aria-labelledby={id}>
        <Heading variant="h2" id={id}>
          {t('suppliers.record')}
        </Heading>
        <dl className="facts" data-facts="record">
          <Fact label={t('suppliers.name')}>{s.name}</Fact>
          <Fact label={t('suppliers.businessId')}>{s.businessId}</Fact>
          <Fact label={t('suppliers.orderEmail')}>{s.orderEmail ?? '–'}</Fact>
          <Fact label={t('suppliers.webhookUrl')}>{s.webhookUrl ?? '–'}</Fact>
          <Fact label={t('suppliers.webhookSecret')}>
            {t(s.webhookSecretSet ? 'suppliers.secretSet' : 'suppliers.secretNotSet')}
          </Fact>
          {last && (
            <Fact label={t('suppliers.lastChange')}>
              {t('suppliers.changedBy', {
                date: finnishDay(last.at),
                name: last.by?.name ?? t('facts.system'),
              })}
            </Fact>
          )}
        </dl>
      </section>
      {allowsSupplier(s, 'edit') && (
        <StepPanel title={t('suppliers.editTitle')} fold={{ open: false, button: t('suppliers.editOpen') }}>
          {/* Saved, the form starts again from the record as it now stands. */}
          <SupplierForm
            key={s.history.length}
            defaults={{
              name: s.name,
              businessId: s.businessId,
              orderEmail: s.orderEmail ?? '',
              webhookUrl: s.webhookUrl,
              webhookSecret: null,
            }}
            secretKept={s.webhookSecretSet}
            submitText={t('suppliers.save')}
            send={(body, onError) =>
              change.mutate(body, { onSuccess: (r) => say(t('suppliers.saved', { name: r.name })), onError })
            }
            pending={change.isPending}
            error={change.error}
          />
        </StepPanel>
      )}
    </>
  );
}

/** The supplier's contracts, each leading to its own page. */
function Contracts({ s }: { s: SupplierRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const serviceName = useServiceName();
  const contracts = useContracts({ supplierId: s.id });
  const columns: Column<Contract>[] = [
    {
      key: 'service',
      label: t('contracts.service'),
      cell: (c) => (
        <RouterLink asComponent={Link} to={`/contracts/${c.id}`}>
          {serviceName(c.serviceCode)}
        </RouterLink>
      ),
    },
    {
      key: 'price',
      label: t('contracts.price'),
      cell: (c) => t('contracts.perUnit', { price: euros(c.unitPriceCents), unit: t(`contracts.units.${c.unit}`) }),
    },
    { key: 'terms', label: t('contracts.cancellation'), cell: (c) => termsText(c, t) },
    {
      key: 'validity',
      label: t('contracts.validity'),
      cell: (c) => `${finnishDate(c.validFrom)}–${finnishDate(c.lastDay ?? c.validTo)}`,
    },
    { key: 'status', label: t('contracts.statusLabel'), cell: (c) => statusText(c, t) },
  ];
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('suppliers.contracts')}
      </Heading>
      {allowsSupplier(s, 'addContract') && (
        <Paragraph>
          <RouterLink asComponent={Link} to="/contracts/new">
            {t('contracts.new')}
          </RouterLink>
        </Paragraph>
      )}
      <ErrorMessage error={contracts.error} />
      {contracts.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        data-list="contracts"
        caption={t('suppliers.contractsCaption', { count: contracts.data?.length ?? 0 })}
        columns={columns}
        rows={contracts.data}
        empty={t('suppliers.noContracts')}
        rowKey={(c) => c.id}
        rowAttributes={(c) => ({ 'data-contract': c.id })}
      />
    </section>
  );
}

/** A contract's cancellation terms in words, as its own page says them. */
function termsText(c: Contract, t: TFunction): string {
  const terms = c.cancellationTerms as { freeCancellationHours?: number; lateCancellationChargePercent?: number };
  const parts = [
    terms.freeCancellationHours !== undefined &&
      t('contracts.freeCancellation', { hours: terms.freeCancellationHours }),
    terms.lateCancellationChargePercent !== undefined &&
      t('contracts.lateCharge', { percent: terms.lateCancellationChargePercent }),
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : t('contracts.noTerms');
}

function Figures({ id }: { id: string }) {
  const card = useScorecard(id);
  if (!card.data) return card.error ? <ErrorMessage error={card.error} /> : <Loading />;
  return <ScorecardSections card={card.data} casesLink={`/supervision?supplierId=${id}`} />;
}

const WORDS = ['helpedMost', 'didNotHelp', 'wished', 'comments'] as const;

/** What the families and own workers wrote, newest first: the words, the day and the service, never who. */
function Words({ id }: { id: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const serviceName = useServiceName();
  const words = useFeedbackWords(id);
  const reason = (code: string) => {
    const [rule, item] = code.split(':');
    if (rule === 'item_low' && item) return t('supervision.reasons.item_low', { item: t(`feedback.items.${item}`) });
    return t(`supervision.reasons.${rule}`, { defaultValue: code });
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId}>
        {t('suppliers.wordsTitle')}
      </Heading>
      <ErrorMessage error={words.error} />
      {words.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {words.data?.length === 0 && <Paragraph>{t('suppliers.noWords')}</Paragraph>}
      {words.data && words.data.length > 0 && (
        <ol className="feedback-words">
          {words.data.map((w) => (
            <li key={w.feedbackId} data-feedback={w.feedbackId}>
              <Paragraph>
                <strong>
                  {finnishDate(w.answeredOn)} · {serviceName(w.serviceCode)} ·{' '}
                  {t(`suppliers.respondents.${w.respondent}`)}
                </strong>
              </Paragraph>
              {w.reasons.length > 0 && (
                <ul className="reasons">
                  {w.reasons.map((r) => (
                    <li key={r}>{reason(r)}</li>
                  ))}
                </ul>
              )}
              <dl className="facts">
                {WORDS.filter((k) => w.texts[k]).map((k) => (
                  <Fact key={k} label={t(`supervision.words.${k}`)}>
                    <q className="said">{w.texts[k]}</q>
                  </Fact>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
