import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FileInput, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiFailure } from '../api/client';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage, useRuleText } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { Fact } from '../common/step';
import { useTitle } from '../common/title';
import { type ImportReport, useImport } from './queries';
import { rejectedRowsFile } from './rejected-rows';

/** The columns an export must have (the API's REQUIRED_COLUMNS), told before a file is chosen. */
const REQUIRED = ['responseId', 'arrangementId', 'respondent', 'answeredOn'];

type Outcome = keyof Pick<ImportReport, 'accepted' | 'alreadyImported' | 'rejected'>;
interface Row {
  key: string;
  line: number | null;
  row: number;
  responseId: string | null;
  outcome: Outcome;
  bad: boolean;
  problems: { field: string; rule: string }[];
}

/** What was sent and what the API answered: the download of rejected rows is cut from these, nothing fetched. */
interface Sent {
  name: string;
  text: string;
  report: ImportReport;
}

/**
 * The survey tool's CSV export imported (the arranging team, the team lead): the file chosen and sent as it
 * is, then every row's result as the API read it, and the rejected rows to download, mend and send again.
 */
export default function FeedbackImportPage() {
  const { t } = useTranslation();
  useTitle(t('feedbackImport.title'));
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const upload = useImport();
  const { result, say } = useResult();
  const send = async () => {
    setMissing(!file);
    if (!file) return;
    const text = await file.text();
    upload.mutate(text, {
      onSuccess: (report) => {
        setSent({ name: file.name, text, report });
        say(
          t('feedbackImport.read', {
            file: file.name,
            received: report.received,
            accepted: report.accepted.length,
            alreadyImported: report.alreadyImported.length,
            rejected: report.rejected.length,
          }),
        );
      },
    });
  };
  return (
    <>
      <Heading variant="h1">{t('feedbackImport.title')}</Heading>
      <Paragraph>{t('feedbackImport.intro')}</Paragraph>
      <section className="card form">
        <FileInput
          labelText={t('feedbackImport.file')}
          hintText={t('feedbackImport.required', { columns: REQUIRED.join(', ') })}
          inputButtonText={t('feedbackImport.chooseFile')}
          dragAreaText={t('feedbackImport.dragArea')}
          removeFileText={t('feedbackImport.removeFile')}
          addedFileAriaText={t('feedbackImport.addedFile')}
          accept=".csv,text/csv"
          name="export"
          status={missing ? 'error' : 'default'}
          statusText={missing ? t('feedbackImport.noFile') : undefined}
          onChange={(files) => {
            setFile(files[0] ?? null);
            setMissing(false);
          }}
        />
        <FileRefusal error={upload.error} />
        <div className="actions">
          <Button disabled={upload.isPending} onClick={() => void send()}>
            {t('feedbackImport.upload')}
          </Button>
        </div>
      </section>
      <ResultRegion result={result} />
      {sent && <Report sent={sent} />}
    </>
  );
}

/** A file refused as a whole (an unknown or missing column, an empty file): each problem with its column. */
function FileRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const ruleText = useCellRuleText();
  const fieldText = useFieldText();
  if (!(error instanceof ApiFailure) || error.error.problems.length === 0) return <ErrorMessage error={error} />;
  return (
    <InlineAlert status="error" role="alert">
      {t('feedbackImport.fileRefused')}
      <ul>
        {error.error.problems.map((p) => (
          <li key={`${p.field}:${p.rule}`}>
            {p.field === '(body)' ? ruleText(p.rule) : `${fieldText(p.field)}: ${ruleText(p.rule)}`}
          </li>
        ))}
      </ul>
    </InlineAlert>
  );
}

/**
 * A rule's text for a cell of the file: where the screens' text speaks of a form (a day typed d.m.yyyy), the
 * file's own (a day written yyyy-mm-dd).
 */
function useCellRuleText(): (rule: string) => string {
  const { t, i18n } = useTranslation();
  const ruleText = useRuleText();
  return (rule) =>
    i18n.exists(`feedbackImport.ruleTexts.${rule}`) ? t(`feedbackImport.ruleTexts.${rule}`) : ruleText(rule);
}

/** A field of the export in words, with the column's own name to find it by in the file. */
function useFieldText(): (field: string) => string {
  const { t, i18n } = useTranslation();
  return (field) =>
    field === '(row)'
      ? t('feedbackImport.wholeRow')
      : i18n.exists(`feedbackImport.columns.${field}`)
        ? `${t(`feedbackImport.columns.${field}`)} (${field})`
        : field;
}

function Report({ sent }: { sent: Sent }) {
  const { t } = useTranslation();
  const ruleText = useCellRuleText();
  const fieldText = useFieldText();
  const { report } = sent;
  const rows: Row[] = [
    ...report.accepted.map((r) => ({ ...r, outcome: 'accepted' as const, bad: r.badReasons.length > 0, problems: [] })),
    ...report.alreadyImported.map((r) => ({ ...r, outcome: 'alreadyImported' as const, bad: false, problems: [] })),
    ...report.rejected.map((r) => ({ ...r, outcome: 'rejected' as const, bad: false })),
  ]
    .map((r) => ({ ...r, key: `${r.row}` }))
    .sort((a, b) => a.row - b.row);
  const describe = (p: { field: string; rule: string }) => `${fieldText(p.field)}: ${ruleText(p.rule)}`;
  const download = () => {
    const csv = rejectedRowsFile(sent.text, report, describe);
    // A byte order mark, so that a spreadsheet opens the file as UTF-8 (the import reads past it).
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('feedbackImport.rejectedFile', { name: sent.name.replace(/\.csv$/i, '') });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
  };
  const columns: Column<Row>[] = [
    { key: 'line', label: t('feedbackImport.line'), cell: (r) => r.line ?? r.row },
    { key: 'responseId', label: t('feedbackImport.responseId'), cell: (r) => r.responseId ?? '' },
    {
      key: 'result',
      label: t('feedbackImport.result'),
      cell: (r) => `${t(`feedbackImport.results.${r.outcome}`)}${r.bad ? ` (${t('feedbackImport.bad')})` : ''}`,
    },
    {
      key: 'field',
      label: t('feedbackImport.field'),
      cell: (r) => <Problems row={r} text={(p) => fieldText(p.field)} />,
    },
    {
      key: 'problem',
      label: t('feedbackImport.problem'),
      cell: (r) => <Problems row={r} text={(p) => ruleText(p.rule)} />,
    },
  ];
  return (
    <section className="card" aria-labelledby="import-result">
      <Heading variant="h2" id="import-result">
        {t('feedbackImport.summary')}
      </Heading>
      <dl className="facts" data-summary>
        <Fact label={t('feedbackImport.received')}>{report.received}</Fact>
        <Fact label={t('feedbackImport.results.accepted')}>{report.accepted.length}</Fact>
        <Fact label={t('feedbackImport.results.alreadyImported')}>{report.alreadyImported.length}</Fact>
        <Fact label={t('feedbackImport.results.rejected')}>{report.rejected.length}</Fact>
        <Fact label={t('feedbackImport.blankLines')}>{report.blankLines}</Fact>
      </dl>
      {report.rejected.length > 0 && (
        <>
          <Paragraph>{t('feedbackImport.downloadHint')}</Paragraph>
          <div className="actions">
            <Button variant="secondary" onClick={download}>
              {t('feedbackImport.download')}
            </Button>
          </div>
        </>
      )}
      <DataTable
        data-list="import-rows"
        caption={t('feedbackImport.caption')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        rowAttributes={(r) => ({ 'data-line': r.line ?? undefined, 'data-outcome': r.outcome })}
      />
    </section>
  );
}

/** A row's problems one under another, each told by `text` (its field, or its rule). */
function Problems({ row, text }: { row: Row; text: (p: Row['problems'][number]) => string }) {
  if (row.problems.length === 0) return null;
  return (
    <ul className="plain">
      {row.problems.map((p) => (
        <li key={`${p.field}:${p.rule}`}>{text(p)}</li>
      ))}
    </ul>
  );
}
