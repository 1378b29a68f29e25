import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { addDuration } from '../../../../libs/domain/dates';
import { unwrap } from '../api/client';
import { useCatalogue, useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { euros, finnishDate, helsinkiToday } from '../common/format';
import { useTitle } from '../common/title';
import {
  allowsChange,
  type Contract,
  type ContractFilters,
  contractKeys,
  type ContractStatus,
  useContracts,
  statusText,
  suppliersOf,
  useEndingContracts,
} from './queries';
import { useCommand } from '../api/command';

const STATUSES: ContractStatus[] = ['active', 'suspended', 'terminated'];
/** A filter's "any" choice: the design system's dropdown needs a value for it. */
const ANY = 'any';

/**
 * Procurement's contracts: those ending within 90 days first, each renewed for another year with one
 * press, then every contract, filtered by supplier, service and status.
 */
export default function ContractsPage() {
  const { t } = useTranslation();
  useTitle(t('contracts.title'));
  const { result, say } = useResult();
  return (
    <>
      <Heading variant="h1">{t('contracts.title')}</Heading>
      <Paragraph>
        <RouterLink asComponent={Link} to="/contracts/new">
          {t('contracts.new')}
        </RouterLink>
      </Paragraph>
      <ResultRegion result={result} />
      <Ending say={say} />
      <AllContracts />
    </>
  );
}

function Ending({ say }: { say: (text: string) => void }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const ending = useEndingContracts();
  const queryClient = useQueryClient();
  const renew = useCommand({
    mutationFn: (c: Contract, api) =>
      unwrap(
        api.POST('/contracts/{id}/renew', {
          params: { path: { id: c.id } },
          body: { validTo: addDuration(c.validTo, 'P1Y'), reason: t('contracts.renewYearReason') },
        }),
      ),
    onSuccess: async (renewed) => {
      await queryClient.invalidateQueries({ queryKey: contractKeys.all });
      // The row and its button leave the list: the focus goes on from the words that say what was done.
      say(t('contracts.renewedTo', { supplier: renewed.supplierName, date: finnishDate(renewed.validTo) }));
    },
  });
  const columns: Column<Contract>[] = [
    { key: 'supplier', label: t('contracts.supplier'), cell: supplierLink },
    { key: 'service', label: t('contracts.service'), cell: (c) => serviceName(c.serviceCode) },
    { key: 'validTo', label: t('contracts.validTo'), cell: (c) => finnishDate(c.validTo) },
    { key: 'status', label: t('contracts.statusLabel'), cell: (c) => statusText(c, t) },
    {
      key: 'actions',
      label: t('contracts.actions'),
      cell: (c) =>
        allowsChange(c, 'renew') && (
          <>
            <Button
              variant="secondary"
              aria-label={t('contracts.renewYearFor', {
                supplier: c.supplierName,
                service: serviceName(c.serviceCode),
                date: finnishDate(addDuration(c.validTo, 'P1Y')),
              })}
              disabled={renew.isPending}
              onClick={() => renew.mutate(c)}
            >
              {t('contracts.renewYear')}
            </Button>{' '}
            <RouterLink asComponent={Link} to={`/contracts/${c.id}?renew`}>
              {t('contracts.renewOther')}
              <span className="visually-hidden">: {c.supplierName}</span>
            </RouterLink>
          </>
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="ending-heading">
      <Heading variant="h2" id="ending-heading">
        {t('contracts.ending')}
      </Heading>
      <ErrorMessage error={ending.error ?? renew.error} />
      {ending.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        data-list="ending"
        caption={t('contracts.endingCaption')}
        columns={columns}
        rows={ending.data}
        empty={t('contracts.noneEnding')}
        rowKey={(c) => c.id}
        rowAttributes={contractRow}
      />
    </section>
  );
}

function AllContracts() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  const serviceName = useServiceName();
  const catalogue = useCatalogue();
  const [filters, setFilters] = useState<ContractFilters>({});
  const everyContract = useContracts({});
  const contracts = useContracts(filters);
  const suppliers = suppliersOf(everyContract.data ?? []);
  const choose = (key: keyof ContractFilters) => (value: string) =>
    setFilters((f) => ({ ...f, [key]: value === ANY ? undefined : value }));
  const columns: Column<Contract>[] = [
    { key: 'supplier', label: t('contracts.supplier'), cell: supplierLink },
    { key: 'service', label: t('contracts.service'), cell: (c) => serviceName(c.serviceCode) },
    {
      key: 'price',
      label: t('contracts.price'),
      cell: (c) => t('contracts.perUnit', { price: euros(c.unitPriceCents), unit: t(`contracts.units.${c.unit}`) }),
    },
    {
      key: 'validity',
      label: t('contracts.validity'),
      cell: (c) => `${finnishDate(c.validFrom)}–${finnishDate(c.lastDay ?? c.validTo)}`,
    },
    {
      key: 'status',
      label: t('contracts.statusLabel'),
      cell: (c) => (
        <>
          {statusText(c, t)}
          {!c.inForceToday && c.status === 'active' && c.validTo >= helsinkiToday() && (
            <StaticChip className="chip-alert">{t('contracts.notInForce')}</StaticChip>
          )}
        </>
      ),
    },
  ];
  return (
    <section className="card" aria-labelledby="all-heading">
      <Heading variant="h2" id="all-heading">
        {t('contracts.all')}
      </Heading>
      <ErrorMessage error={contracts.error ?? catalogue.error} />
      <div className="fields-row">
        <Dropdown labelText={t('contracts.supplier')} value={filters.supplierId ?? ANY} onChange={choose('supplierId')}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t('contracts.any')}
            </DropdownItem>,
            ...suppliers.map((s) => (
              <DropdownItem key={s.id} value={s.id}>
                {s.name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown
          labelText={t('contracts.service')}
          value={filters.serviceCode ?? ANY}
          onChange={choose('serviceCode')}
        >
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t('contracts.any')}
            </DropdownItem>,
            ...(catalogue.data ?? []).map((s) => (
              <DropdownItem key={s.code} value={s.code}>
                {s.name[lang]}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Dropdown labelText={t('contracts.statusLabel')} value={filters.status ?? ANY} onChange={choose('status')}>
          {[
            <DropdownItem key={ANY} value={ANY}>
              {t('contracts.any')}
            </DropdownItem>,
            ...STATUSES.map((s) => (
              <DropdownItem key={s} value={s}>
                {t(`contracts.status.${s}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      {contracts.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        data-list="all"
        caption={t('contracts.allCaption', { count: contracts.data?.length ?? 0 })}
        columns={columns}
        rows={contracts.data}
        empty={t('contracts.noneFound')}
        rowKey={(c) => c.id}
        rowAttributes={contractRow}
      />
    </section>
  );
}

/** The contract's supplier, leading to the contract's page. */
function supplierLink(c: Contract) {
  return (
    <RouterLink asComponent={Link} to={`/contracts/${c.id}`}>
      {c.supplierName}
    </RouterLink>
  );
}

const contractRow = (c: Contract) => ({ 'data-contract': c.id });
