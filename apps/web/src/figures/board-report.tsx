import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { quarterPeriod, quartersUpTo } from '../../../../libs/domain/quarters';
import { sessionHeaders } from '../api/client';
import { ErrorMessage } from '../common/errors';
import { finnishDate, helsinkiToday } from '../common/format';

/** The files the board's report comes as: a PDF or a CSV, each in the county's two languages. */
const FILES = [
  { key: 'pdf_fi', format: 'pdf', lang: 'fi' },
  { key: 'pdf_sv', format: 'pdf', lang: 'sv' },
  { key: 'csv_fi', format: 'csv', lang: 'fi' },
  { key: 'csv_sv', format: 'csv', lang: 'sv' },
] as const;

/**
 * The quarterly report to the board: a quarter (this one and the seven before, the last ended one chosen),
 * downloaded as the API prints it. Fetched with the session, which a plain link would not send.
 */
export function BoardReportDownloads() {
  const { t } = useTranslation();
  const id = useId();
  const quarters = quartersUpTo(helsinkiToday(), 8);
  const [quarter, setQuarter] = useState(quarters[1]!);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const name = (q: string) => {
    const { from, to } = quarterPeriod(q);
    return t('figures.board.quarterName', {
      q: q.slice(-1),
      year: q.slice(0, 4),
      from: finnishDate(from),
      to: finnishDate(to),
    });
  };
  const download = async (format: 'pdf' | 'csv', lang: 'fi' | 'sv') => {
    setBusy(true);
    try {
      // The session cookie goes with it (same origin); a read needs no CSRF token.
      const res = await fetch(`/reports/board-report.${format}?quarter=${quarter}&lang=${lang}`, {
        headers: sessionHeaders('GET', new Headers()),
      });
      if (!res.ok) throw new Error(`board report ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `${t('figures.board.fileName')}-${quarter}-${lang}.${format}`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setFailure(null);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={id} data-board-report>
      <Heading variant="h2" id={id}>
        {t('figures.board.title')}
      </Heading>
      <Paragraph>{t('figures.board.intro')}</Paragraph>
      <div className="fields-row">
        <Dropdown labelText={t('figures.board.quarter')} value={quarter} onChange={setQuarter}>
          {quarters.map((q) => (
            <DropdownItem key={q} value={q}>
              {name(q)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      <div className="fields-row">
        {FILES.map((f) => (
          <Button
            key={f.key}
            variant="secondary"
            disabled={busy}
            data-file={f.key}
            onClick={() => void download(f.format, f.lang)}
          >
            {t(`figures.board.${f.key}`)}
          </Button>
        ))}
      </div>
      <ErrorMessage error={failure} />
    </section>
  );
}
