import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { helsinkiToday } from '../common/format';
import { useTitle } from '../common/title';
import { UnitFiguresSection } from '../figures/unit-figures';
import { type SupplierListed, useSupplierDirectory } from './queries';

/**
 * The register of suppliers: each with its contracts in force, open cases and running services (counts); the
 * county's own-production units' figures of the year beside them.
 */
export default function SuppliersPage() {
  const { t } = useTranslation();
  useTitle(t('suppliers.title'));
  const directory = useSupplierDirectory();
  const columns: Column<SupplierListed>[] = [
    {
      key: 'supplier',
      label: t('suppliers.supplier'),
      cell: (s) => (
        <>
          <RouterLink asComponent={Link} to={`/suppliers/${s.id}`}>
            {s.name}
          </RouterLink>
          {s.ownProduction && <StaticChip className="chip-alert">{t('suppliers.ownProduction')}</StaticChip>}
        </>
      ),
    },
    { key: 'businessId', label: t('suppliers.businessId'), cell: (s) => s.businessId },
    { key: 'contracts', label: t('suppliers.contractsInForce'), cell: (s) => s.contractsInForce },
    { key: 'cases', label: t('suppliers.openCases'), cell: (s) => s.openCases },
    { key: 'running', label: t('suppliers.runningServices'), cell: (s) => s.runningServices },
  ];
  return (
    <>
      <Heading variant="h1">{t('suppliers.title')}</Heading>
      {directory.data?.allowedActions.includes('create') && (
        <Paragraph>
          <RouterLink asComponent={Link} to="/suppliers/new">
            {t('suppliers.new')}
          </RouterLink>
        </Paragraph>
      )}
      <ErrorMessage error={directory.error} />
      {directory.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        data-list="suppliers"
        caption={t('suppliers.caption', { count: directory.data?.suppliers.length ?? 0 })}
        columns={columns}
        rows={directory.data?.suppliers}
        rowKey={(s) => s.id}
        rowAttributes={(s) => ({ 'data-supplier': s.id })}
      />
      <UnitFiguresSection year={Number(helsinkiToday().slice(0, 4))} />
    </>
  );
}
