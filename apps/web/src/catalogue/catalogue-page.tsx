import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { ServiceDefinition } from '../api/types';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import type { Language } from '../common/i18n';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import { useCatalogue } from './catalogue';

/** The service catalogue: every service's principle card, each opening its page with its texts and versions. */
export default function CataloguePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  useTitle(t('catalogue.title'));
  const { data: services, error, isPending } = useCatalogue();
  const columns: Column<ServiceDefinition>[] = [
    {
      key: 'name',
      label: t('catalogue.service'),
      header: 'row',
      cell: (s) => (
        <RouterLink asComponent={Link} to={`/catalogue/${s.code}`}>
          {s.name[lang]}
        </RouterLink>
      ),
    },
    { key: 'group', label: t('catalogue.group'), cell: (s) => t(`catalogue.groups.${s.group}`) },
    { key: 'law', label: t('catalogue.legalBases'), cell: (s) => s.legalBases.join(', ') },
    {
      key: 'hours',
      label: t('catalogue.hoursPerMonth'),
      cell: (s) => (s.hoursPerMonth ? `${s.hoursPerMonth.min}–${s.hoursPerMonth.max}` : '–'),
    },
  ];
  return (
    <>
      <Heading variant="h1">{t('catalogue.title')}</Heading>
      <Paragraph>{t('catalogue.intro')}</Paragraph>
      <ErrorMessage error={error} />
      {isPending && <Loading />}
      <DataTable
        caption={t('catalogue.title')}
        captionHidden
        columns={columns}
        rows={services}
        rowKey={(s) => s.code}
        rowAttributes={(s) => ({ 'data-service': s.code })}
        data-list="services"
      />
    </>
  );
}
