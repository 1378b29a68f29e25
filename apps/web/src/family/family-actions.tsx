import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import { FamilySurveySchema } from '../../../../libs/contracts/feedback-commands';
import { SURVEY_ITEMS } from '../../../../libs/domain/feedback';
import { unwrap } from '../api/client';
import { useCommand } from '../api/command';
import { useDraft } from '../common/draft';
import { ErrorMessage, showProblems } from '../common/errors';
import { TextareaField } from '../common/fields';
import { rulesResolver } from '../common/forms';
import { finnishDate } from '../common/format';
import { ScaleField, WorkedWithField } from '../feedback/survey-fields';

type Item = (typeof SURVEY_ITEMS)[number];
type Answers = z.output<typeof FamilySurveySchema>;
type Typed = z.input<typeof FamilySurveySchema>;

/** A confirmation of what the family sent, announced to a screen reader. */
export function Sent({ text }: { text: string }) {
  return (
    <InlineAlert status="neutral" role="status" className="family-sent">
      {text}
    </InlineAlert>
  );
}

/**
 * The feedback survey the API offers on a service (`answerSurvey`): a button, then the county's survey as a
 * form for a phone, each question optional. Once sent the survey is no longer offered, and a thank-you shows.
 */
export function FamilySurvey({
  clientId,
  arrangementId,
  point,
  onSent,
}: {
  clientId: string;
  arrangementId: string;
  point: 'ended' | 'running';
  /** Told the confirmation to show once sent: the page keeps it, as the survey is then no longer offered. */
  onSent: (confirmation: string) => void;
}) {
  const { t } = useTranslation();
  // What was answered before the session ended comes back, the form open, once the person signs in again.
  const draft = useDraft<Typed>(`family-survey:${arrangementId}:${point}`);
  const [open, setOpen] = useState(draft.stored !== null);
  const queryClient = useQueryClient();
  const form = useForm<Typed, unknown, Answers>({
    resolver: rulesResolver(FamilySurveySchema),
    defaultValues: draft.stored ?? {
      ...(Object.fromEntries(SURVEY_ITEMS.map((i) => [i, null])) as Record<Item, null>),
      workedWith: null,
      recommend: null,
      helpedMost: null,
      didNotHelp: null,
      wished: null,
      comments: null,
    },
  });
  useEffect(() => {
    const sub = form.watch((values) => draft.keep(values as Typed));
    return () => sub.unsubscribe();
  }, [form, draft]);
  const send = useCommand({
    mutationFn: (answers: Answers, api) =>
      unwrap(
        api.POST('/family/arrangements/{id}/surveys/{point}', {
          params: { path: { id: arrangementId, point } },
          body: answers,
        }),
      ),
    onSuccess: () => {
      draft.clear();
      onSent(t('family.survey.sent'));
      return queryClient.invalidateQueries({ queryKey: ['family', 'clients', clientId] });
    },
  });
  const titleId = `survey-${arrangementId}`;
  return (
    <div className="family-action" aria-labelledby={titleId} role="group">
      <Heading variant="h3" mt="m" id={titleId}>
        {t('family.survey.title')}
      </Heading>
      <Paragraph>{t(`family.survey.offered.${point}`)}</Paragraph>
      {!open ? (
        <Button onClick={() => setOpen(true)}>{t('family.survey.answer')}</Button>
      ) : (
        <form
          className="family-form"
          onSubmit={(e) => {
            e.preventDefault();
            void form.handleSubmit((v) => send.mutate(v))();
          }}
        >
          <Paragraph mb="m">{t('family.survey.intro')}</Paragraph>
          <ErrorMessage error={send.error} />
          {SURVEY_ITEMS.map((item) => (
            <ScaleField
              key={item}
              control={form.control}
              name={item}
              groupName={`${arrangementId}-${item}`}
              values={[1, 2, 3, 4]}
              labelText={t(`family.survey.items.${item}`)}
              hintText={t('family.survey.scale')}
            />
          ))}
          <WorkedWithField control={form.control} name="workedWith" legend={t('family.survey.workedWith')} />
          <ScaleField
            control={form.control}
            name="recommend"
            groupName={`${arrangementId}-recommend`}
            values={Array.from({ length: 11 }, (_, n) => n)}
            labelText={t('family.survey.recommend')}
            hintText={t('family.survey.recommendScale')}
            segmented
          />
          <TextareaField control={form.control} name="helpedMost" nullable labelText={t('family.survey.helpedMost')} />
          <TextareaField control={form.control} name="didNotHelp" nullable labelText={t('family.survey.didNotHelp')} />
          <TextareaField control={form.control} name="wished" nullable labelText={t('family.survey.wished')} />
          <TextareaField control={form.control} name="comments" nullable labelText={t('family.survey.comments')} />
          <div className="actions">
            <Button type="submit" disabled={send.isPending}>
              {t('family.survey.send')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('family.survey.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

/**
 * A request for rectification of an appealable decision (`requestRectification`): the last day and, past it,
 * that the request is still taken but marked late; the grounds in the family's words; a confirmation once sent.
 */
export function FamilyRectification({
  clientId,
  arrangementId,
  seq,
  appealDeadline,
  late,
  onSent,
}: {
  clientId: string;
  arrangementId: string;
  seq: number;
  appealDeadline: string;
  late: boolean;
  /** Told the confirmation to show once sent: the page keeps it, as the request is then no longer open. */
  onSent: (confirmation: string) => void;
}) {
  const { t } = useTranslation();
  // The grounds written before the session ended come back, the form open, once the person signs in again.
  const draft = useDraft<{ grounds: string }>(`family-rectification:${arrangementId}:${seq}`);
  const [open, setOpen] = useState(draft.stored !== null);
  const queryClient = useQueryClient();
  const form = useForm<{ grounds: string }>({ defaultValues: draft.stored ?? { grounds: '' } });
  useEffect(() => {
    const sub = form.watch((values) => draft.keep({ grounds: values.grounds ?? '' }));
    return () => sub.unsubscribe();
  }, [form, draft]);
  const send = useCommand({
    mutationFn: (body: { grounds: string }, api) =>
      unwrap(
        api.POST('/family/arrangements/{id}/decisions/{seq}/rectification-requests', {
          params: { path: { id: arrangementId, seq: String(seq) } },
          body,
        }),
      ),
    onSuccess: (sent) => {
      draft.clear();
      onSent(t('family.rectification.sent', { on: finnishDate(sent.receivedOn) }));
      return queryClient.invalidateQueries({ queryKey: ['family', 'clients', clientId] });
    },
  });
  return (
    <div className="family-action">
      <Paragraph>{t('family.rectification.lastDay', { on: finnishDate(appealDeadline) })}</Paragraph>
      {late && (
        <InlineAlert status="warning" className="family-late">
          {t('family.rectification.late')}
        </InlineAlert>
      )}
      {!open ? (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('family.rectification.request')}
        </Button>
      ) : (
        <form
          className="family-form"
          onSubmit={(e) => {
            e.preventDefault();
            void form.handleSubmit((v) =>
              send.mutate(v, { onError: (err) => showProblems(err, form.setError, ['grounds']) }),
            )();
          }}
        >
          <ErrorMessage error={send.error} />
          <TextareaField control={form.control} name="grounds" labelText={t('family.rectification.grounds')} />
          <div className="actions">
            <Button type="submit" disabled={send.isPending}>
              {t('family.rectification.send')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('family.rectification.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
