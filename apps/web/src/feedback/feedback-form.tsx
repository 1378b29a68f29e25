import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Control, Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, InlineAlert } from 'suomifi-ui-components';
import type { z } from 'zod';
import { OwnWorkerAnswersSchema } from '../../../../libs/contracts/feedback-commands';
import { SURVEY_ITEMS } from '../../../../libs/domain/feedback';
import { api, unwrap } from '../api/client';
import type { ArrangementDetail } from '../api/types';
import { keys } from '../arrangements/queries';
import { ErrorMessage } from '../common/errors';
import { TextareaField, TextField } from '../common/fields';
import { rulesResolver } from '../common/forms';
import { helsinkiToday } from '../common/format';
import { StepPanel } from '../common/step';
import { useCommand } from '../api/command';
import { ScaleField, WorkedWithField } from './survey-fields';

type Item = (typeof SURVEY_ITEMS)[number];
/** The answers as the API takes them: the same schema checks the form. */
type Answers = z.output<typeof OwnWorkerAnswersSchema>;

/**
 * Feedback is asked of the own worker when a service ends: the form shows while the API's request for it
 * is open (the action is allowed from the start; the request says when it is asked). It asks every question
 * of the county's survey (seed 002), in its order, then the own worker's concern and other feedback.
 */
export function FeedbackStep({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const { data: requests = [], error } = useQuery({
    queryKey: keys.feedbackRequests,
    queryFn: () => unwrap(api.GET('/feedback/requests')),
  });
  const form = useForm<z.input<typeof OwnWorkerAnswersSchema>, unknown, Answers>({
    resolver: rulesResolver(OwnWorkerAnswersSchema),
    defaultValues: {
      ...(Object.fromEntries(SURVEY_ITEMS.map((i) => [i, null])) as Record<Item, null>),
      workedWith: null,
      recommend: null,
      seriousConcern: false,
      helpedMost: null,
      didNotHelp: null,
      wished: null,
      comments: null,
      duration: null,
      municipality: null,
    },
  });
  const queryClient = useQueryClient();
  const send = useCommand({
    mutationFn: (answers: Answers, api) =>
      unwrap(
        api.POST('/feedback', {
          body: {
            arrangementId: a.id,
            respondent: 'own_worker',
            answeredOn: helsinkiToday(),
            ...answers,
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.feedbackRequests }),
  });
  if (send.isSuccess) {
    return (
      <InlineAlert status="neutral" role="status">
        {t('feedback.given')}
      </InlineAlert>
    );
  }
  if (!requests.some((r) => r.arrangementId === a.id)) return <ErrorMessage error={error} />;
  return (
    <StepPanel title={t('feedback.title')}>
      <ErrorMessage error={send.error} />
      <TextField control={form.control} name="duration" nullable labelText={t('feedback.duration')} />
      <MunicipalityField control={form.control} />
      {SURVEY_ITEMS.map((item) => (
        <ScaleField
          key={item}
          control={form.control}
          name={item}
          values={[1, 2, 3, 4]}
          labelText={t(`feedback.items.${item}`)}
          hintText={t('feedback.scale')}
        />
      ))}
      <WorkedWithField control={form.control} name="workedWith" legend={t('feedback.workedWith')} />
      <ScaleField
        control={form.control}
        name="recommend"
        values={Array.from({ length: 11 }, (_, n) => n)}
        labelText={t('feedback.recommend')}
        hintText={t('feedback.recommendScale')}
      />
      <TextareaField control={form.control} name="helpedMost" nullable labelText={t('feedback.helpedMost')} />
      <TextareaField control={form.control} name="didNotHelp" nullable labelText={t('feedback.didNotHelp')} />
      <TextareaField control={form.control} name="wished" nullable labelText={t('feedback.wished')} />
      <Controller
        control={form.control}
        name="seriousConcern"
        render={({ field }) => (
          <Checkbox checked={field.value === true} onClick={({ checkboxState }) => field.onChange(checkboxState)}>
            {t('feedback.seriousConcern')}
          </Checkbox>
        )}
      />
      <TextareaField control={form.control} name="comments" nullable labelText={t('feedback.comments')} />
      <div className="actions">
        <Button disabled={send.isPending} onClick={() => void form.handleSubmit((v) => send.mutate(v))()}>
          {t('feedback.send')}
        </Button>
      </div>
    </StepPanel>
  );
}

type FormControl = Control<z.input<typeof OwnWorkerAnswersSchema>, unknown, Answers>;

/** Where the service was given: one of the county's municipalities, the list shown once it has loaded. */
function MunicipalityField({ control }: { control: FormControl }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  const { data: municipalities, error } = useQuery({
    queryKey: ['feedback', 'municipalities'],
    queryFn: () => unwrap(api.GET('/feedback/municipalities')),
    staleTime: Infinity,
  });
  if (!municipalities) return <ErrorMessage error={error} />;
  return (
    <Controller
      control={control}
      name="municipality"
      render={({ field }) => (
        <Dropdown
          labelText={t('feedback.municipality')}
          optionalText={t('feedback.optional')}
          visualPlaceholder={t('feedback.municipalityPlaceholder')}
          value={(field.value as string | null | undefined) || null}
          onChange={(v) => field.onChange(v || null)}
        >
          {municipalities.map((m) => (
            <DropdownItem key={m.code} value={m.code}>
              {m.name[lang]}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
    />
  );
}
