import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FileInput, Heading, Paragraph } from 'suomifi-ui-components';
import { api, sessionHeaders, unwrap } from '../api/client';
import { allowsOnCase, type SupervisionCase } from '../api/types';
import { ErrorMessage } from '../common/errors';
import { finnishDay } from '../common/format';
import { type CommandApi, useCommand } from '../api/command';

export const fileKeys = { of: (caseId: string) => ['supervision-case-files', caseId] as const };

/**
 * Sends a PDF to the case as the request's body. Whether it is a PDF, and small and harmless enough, is
 * the API's to say from its bytes; its refusal names the rule.
 */
export function uploadCaseFile(client: CommandApi, caseId: string, file: File) {
  return unwrap(
    client.POST('/supervision/cases/{id}/attachments', {
      params: { path: { id: caseId }, query: { fileName: file.name } },
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': 'application/pdf' },
    }),
  );
}

/** A PDF to choose, with the design system's file input; `onChange` gets the file, or null when removed. */
export function PdfInput({
  labelText,
  hintText,
  onChange,
}: {
  labelText: string;
  hintText?: string;
  onChange: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <FileInput
      labelText={labelText}
      hintText={hintText ?? t('supervision.files.hint')}
      accept="application/pdf,.pdf"
      inputButtonText={t('supervision.files.choose')}
      dragAreaText={t('supervision.files.dragArea')}
      removeFileText={t('supervision.files.remove')}
      addedFileAriaText={t('supervision.files.added')}
      onChange={(files) => onChange(files.item(0))}
    />
  );
}

/**
 * The case's files: each downloaded (never opened in the page: a file is the sender's, not ours), and a
 * PDF attached when the API offers `attachFile`.
 */
export function CaseFiles({ c }: { c: SupervisionCase }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const files = useQuery({
    queryKey: fileKeys.of(c.id),
    queryFn: () => unwrap(api.GET('/supervision/cases/{id}/attachments', { params: { path: { id: c.id } } })),
  });
  const attach = useCommand({
    mutationFn: (chosen: File, api) => uploadCaseFile(api, c.id, chosen),
    onSuccess: async () => {
      setFile(null);
      setFormKey((k) => k + 1);
      await queryClient.invalidateQueries({ queryKey: fileKeys.of(c.id) });
    },
  });
  const download = async (attachmentId: string, fileName: string) => {
    try {
      // The session cookie goes with it (same origin); a read needs no CSRF token.
      const res = await fetch(`/supervision/cases/${c.id}/attachments/${attachmentId}`, {
        headers: sessionHeaders('GET', new Headers()),
      });
      if (!res.ok) throw new Error(`attachment ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      // Let go of the file once the browser has taken it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setFailure(null);
    } catch (err) {
      setFailure(err);
    }
  };
  const listed = files.data ?? [];
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('supervision.files.title')}
      </Heading>
      <ErrorMessage error={files.error ?? failure} />
      {files.data && listed.length === 0 && <Paragraph>{t('supervision.files.none')}</Paragraph>}
      {listed.length > 0 && (
        <ul className="rows">
          {listed.map((f) => (
            <li key={f.id} data-file={f.fileName}>
              <span className="row-main">
                {f.fileName} · {t(`roles.${f.uploadedByRole}`)} · {finnishDay(f.uploadedAt)}
              </span>
              <Button
                variant="secondary"
                aria-label={`${t('supervision.files.download')}: ${f.fileName}`}
                onClick={() => void download(f.id, f.fileName)}
              >
                {t('supervision.files.download')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {/* While the supplier answers, its file goes with the answer's form above. */}
      {allowsOnCase(c, 'attachFile') && !allowsOnCase(c, 'answerClarification') && (
        <div key={formKey}>
          <ErrorMessage error={attach.error} />
          <PdfInput labelText={t('supervision.files.label')} onChange={setFile} />
          <div className="actions">
            <Button
              variant="secondary"
              disabled={!file || attach.isPending}
              onClick={() => file && attach.mutate(file)}
            >
              {t('supervision.files.attach')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
