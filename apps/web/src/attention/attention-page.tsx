import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { finnishDate } from '../common/format';
import { useTitle } from '../common/title';
import { type AttentionCategory, type AttentionRow, type AttentionSection, useAttention } from './queries';
import type { Language } from '../common/i18n';

const sectionId = (s: AttentionSection) => `attention-${s.category}`;
/** The categories that have waited since a day rather than fallen due on one. */
const WAITING: readonly AttentionCategory[] = ['change_pending', 'unmet_need'];

/**
 * What needs someone to act now, of the services the reader reaches (a team lead's teams, a member's
 * team): the counts first, each a link to its section, then each section's rows, each opening its arrangement.
 */
export default function AttentionPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  useTitle(t('attention.title'));
  const attention = useAttention();
  const serviceName = useServiceName();
  const columns = (s: AttentionSection): Column<AttentionRow>[] => {
    return [
      {
        key: 'arrangement',
        label: t('attention.client'),
        header: 'row',
        cell: (r) => (
          <RouterLink asComponent={Link} to={`/arrangements/${r.arrangementId}`}>
            {r.client?.name ?? serviceName(r.serviceCode)}
          </RouterLink>
        ),
      },
      { key: 'service', label: t('attention.service'), cell: (r) => serviceName(r.serviceCode) },
      { key: 'municipality', label: t('attention.municipality'), cell: (r) => r.municipality[lang] },
      WAITING.includes(s.category)
        ? { key: 'since', label: t('attention.waitingSince'), cell: (r) => finnishDate(r.waitingSince) }
        : {
            key: 'due',
            label: t('attention.due'),
            cell: (r) => (
              <>
                {finnishDate(r.dueOn)}
                {r.daysLate !== null && r.daysLate > 0 && (
                  <StaticChip className="chip-alert">{t('attention.daysLate', { count: r.daysLate })}</StaticChip>
                )}
              </>
            ),
          },
    ];
  };
  const data = attention.data;
  return (
    <>
      <Heading variant="h1">{t('attention.title')}</Heading>
      <Paragraph>{t('attention.intro')}</Paragraph>
      <ErrorMessage error={attention.error} />
      {attention.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {data && (
        <>
          <nav aria-label={t('attention.counts')}>
            <ul className="count-tiles" data-list="attention-counts">
              {data.sections.map((s) => (
                <li key={s.category} data-category={s.category}>
                  <a href={`#${sectionId(s)}`} className={s.count > 0 ? 'count-tile alert' : 'count-tile'}>
                    <span className="count">{s.count}</span> <span>{t(`attention.categories.${s.category}`)}</span>
                  </a>
                </li>
              ))}
              {data.parkedDeliveries !== null && (
                <li data-category="parked_deliveries">
                  <Link to="/deliveries" className={data.parkedDeliveries > 0 ? 'count-tile alert' : 'count-tile'}>
                    <span className="count">{data.parkedDeliveries}</span>{' '}
                    <span>{t('attention.parkedDeliveries')}</span>
                  </Link>
                </li>
              )}
            </ul>
          </nav>
          {data.sections.map((s) => (
            <section
              key={s.category}
              className="attention-section"
              id={sectionId(s)}
              aria-labelledby={`${sectionId(s)}-heading`}
              tabIndex={-1}
            >
              <Heading variant="h2" id={`${sectionId(s)}-heading`}>
                {t(`attention.categories.${s.category}`)} ({s.count})
              </Heading>
              <DataTable
                data-list={s.category}
                caption={t(`attention.categories.${s.category}`)}
                captionHidden
                columns={columns(s)}
                rows={s.rows}
                empty={t(`attention.empty.${s.category}`)}
                rowKey={(r) => r.arrangementId}
                rowAttributes={(r) => ({ 'data-arrangement': r.arrangementId })}
              />
              {s.count > s.rows.length && (
                <Paragraph>{t('attention.more', { shown: s.rows.length, count: s.count })}</Paragraph>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
