import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage } from '../common/errors';
import { COMMAND_RESULT } from '../common/focus';
import { euros, finnishDate, finnishDay, helsinkiToday } from '../common/format';
import { Loading } from '../common/loading';
import { Fact } from '../common/step';
import { useTitle } from '../common/title';
import { ContractSteps } from './contract-steps';
import { type ContractChange, type ContractDetail, statusText, useContract } from './queries';

/**
 * One contract as procurement keeps it: its facts, the changes the API allows the reader now, and its
 * history (who changed what, why and when).
 */
export default function ContractPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const { data: c, error } = useContract(id);
  useTitle(
    c
      ? t('contracts.pageTitle', { supplier: c.supplierName, service: serviceName(c.serviceCode) })
      : error
        ? t('errors.page')
        : t('titles.loading'),
  );
  if (!c) return error ? <ErrorMessage error={error} /> : <Loading />;
  return (
    <>
      <Paragraph>
        <RouterLink asComponent={Link} to="/contracts">
          {t('contracts.back')}
        </RouterLink>
      </Paragraph>
      <Heading variant="h1">
        {t('contracts.pageTitle', { supplier: c.supplierName, service: serviceName(c.serviceCode) })}
      </Heading>
      <StatusLine c={c} />
      <Facts c={c} />
      <ContractSteps c={c} renewOpen={search.has('renew')} />
      <History c={c} />
    </>
  );
}

/** The status, where the focus goes after a change (useContractCommand): the reader hears what it did. */
function StatusLine({ c }: { c: ContractDetail }) {
  const { t } = useTranslation();
  return (
    <div id={COMMAND_RESULT} tabIndex={-1} role="status" className="status-line">
      <StaticChip>{statusText(c, t)}</StaticChip>
      <Paragraph>{t(c.inForceToday ? 'contracts.inForce' : 'contracts.notInForceToday')}</Paragraph>
    </div>
  );
}

function Facts({ c }: { c: ContractDetail }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const id = useId();
  const unit = t(`contracts.units.${c.unit}`);
  const terms = c.cancellationTerms as { freeCancellationHours?: number; lateCancellationChargePercent?: number };
  const later = c.prices.filter((p) => p.fromOn > helsinkiToday());
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('contracts.facts')}
      </Heading>
      <dl className="facts">
        <Fact label={t('contracts.supplier')}>{c.supplierName}</Fact>
        <Fact label={t('contracts.service')}>{serviceName(c.serviceCode)}</Fact>
        <Fact label={t('contracts.decision')}>{c.procurementDecision ?? '–'}</Fact>
        <Fact label={t('contracts.price')}>{t('contracts.perUnit', { price: euros(c.unitPriceCents), unit })}</Fact>
        {later.map((p) => (
          <Fact key={p.fromOn} label={t('contracts.priceFromDay', { date: finnishDate(p.fromOn) })}>
            {t('contracts.perUnit', { price: euros(p.unitPriceCents), unit })}
          </Fact>
        ))}
        <Fact label={t('contracts.validity')}>
          {finnishDate(c.validFrom)}–{finnishDate(c.validTo)}
        </Fact>
        {c.endedOn && <Fact label={t('contracts.endedOn')}>{finnishDate(c.endedOn)}</Fact>}
        {c.suspendedOn && <Fact label={t('contracts.suspendedOn')}>{finnishDate(c.suspendedOn)}</Fact>}
        <Fact label={t('contracts.cancellation')}>
          {terms.freeCancellationHours === undefined && terms.lateCancellationChargePercent === undefined
            ? t('contracts.noTerms')
            : [
                terms.freeCancellationHours !== undefined &&
                  t('contracts.freeCancellation', { hours: terms.freeCancellationHours }),
                terms.lateCancellationChargePercent !== undefined &&
                  t('contracts.lateCharge', { percent: terms.lateCancellationChargePercent }),
              ]
                .filter(Boolean)
                .join(' ')}
        </Fact>
        <Fact label={t('contracts.orderEmail')}>{c.orderEmail ?? '–'}</Fact>
        <Fact label={t('contracts.answerDays')}>
          {c.orderAnswerWorkingDays === null ? '–' : t('contracts.workingDays', { count: c.orderAnswerWorkingDays })}
        </Fact>
        <Fact label={t('contracts.statusLabel')}>{statusText(c, t)}</Fact>
        <Fact label={t('contracts.commitments')}>
          {c.runningCommitments === 0
            ? t('contracts.noCommitments')
            : t('contracts.commitmentsText', { count: c.runningCommitments, past: c.runningPastLastDay })}
        </Fact>
      </dl>
    </section>
  );
}

/** The contract's changes, oldest first: when, what, who and why. */
function History({ c }: { c: ContractDetail }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('contracts.history')}
      </Heading>
      <ol className="timeline">
        {c.history.map((h, i) => (
          <li key={i}>
            <span>{finnishDay(h.at)}</span> {t(`contracts.kinds.${h.kind}`)}
            {changed(h, t) && `: ${changed(h, t)}`}
            <span className="who"> · {h.by ? h.by.name : t('facts.system')}</span>
            <q className="said">{h.reason}</q>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What a change set, in words: the new last day, the price and its day, the end. */
function changed(h: ContractChange, t: TFunction): string | null {
  const after = h.after as { validTo?: string; unitPriceCents?: number; fromDate?: string; endedOn?: string };
  switch (h.kind) {
    case 'renewed':
      return after.validTo ? t('contracts.changed.renewed', { date: finnishDate(after.validTo) }) : null;
    case 'repriced':
      return after.unitPriceCents !== undefined && after.fromDate
        ? t('contracts.changed.repriced', { price: euros(after.unitPriceCents), date: finnishDate(after.fromDate) })
        : null;
    case 'ended':
      return after.endedOn ? t('contracts.changed.ended', { date: finnishDate(after.endedOn) }) : null;
    case 'created':
    case 'suspended':
    case 'resumed':
      return null;
  }
}
