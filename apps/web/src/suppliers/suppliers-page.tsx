import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { ErrorMessage } from '../common/errors';
import { useTitle } from '../common/title';
import { useSupplierDirectory } from './queries';

/** The register of suppliers: each with its contracts in force, open cases and running services (counts). */
export default function SuppliersPage() {
  const { t } = useTranslation();
  useTitle(t('suppliers.title'));
  const directory = useSupplierDirectory();
  const rows = directory.data?.suppliers ?? [];
  const column = {
    supplier: t('suppliers.supplier'),
    businessId: t('suppliers.businessId'),
    contracts: t('suppliers.contractsInForce'),
    cases: t('suppliers.openCases'),
    running: t('suppliers.runningServices'),
  };
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
      {rows.length > 0 && (
        <table className="table" data-list="suppliers">
          <caption>{t('suppliers.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{column.supplier}</th>
              <th scope="col">{column.businessId}</th>
              <th scope="col">{column.contracts}</th>
              <th scope="col">{column.cases}</th>
              <th scope="col">{column.running}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id} data-supplier={s.id}>
                <td data-label={column.supplier}>
                  <RouterLink asComponent={Link} to={`/suppliers/${s.id}`}>
                    {s.name}
                  </RouterLink>
                  {s.ownProduction && <StaticChip className="chip-alert">{t('suppliers.ownProduction')}</StaticChip>}
                </td>
                <td data-label={column.businessId}>{s.businessId}</td>
                <td data-label={column.contracts}>{s.contractsInForce}</td>
                <td data-label={column.cases}>{s.openCases}</td>
                <td data-label={column.running}>{s.runningServices}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
