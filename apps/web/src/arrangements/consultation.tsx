import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { unwrap } from '../api/client';
import { allows, type ArrangementDetail, type TimelineEvent } from '../api/types';
import { ErrorMessage, showProblems } from '../common/errors';
import { TextareaField } from '../common/fields';
import { finnishDay } from '../common/format';
import { StepPanel } from '../common/step';
import { useArrangementCommand, useTimeline } from './queries';

/** A text of a consultation event, as the timeline gives it to a reader who may see it. */
function textOf(e: TimelineEvent, key: 'question' | 'answer'): string | null {
  const v = e.text?.[key];
  return typeof v === 'string' ? v : null;
}

/**
 * The consultations the own worker asked of the team while preparing, each question with its answer, from
 * the arrangement's timeline (where the texts live); asking and answering where the API's `allowedActions`
 * has `requestConsultation` or `answerConsultation`.
 */
export function Consultations({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const { data: timeline = [] } = useTimeline(a.id);
  const asked = timeline.filter((e) => e.type === 'consultation_requested' || e.type === 'consultation_answered');
  const ask = allows(a, 'requestConsultation');
  const answer = allows(a, 'answerConsultation');
  if (asked.length === 0 && !ask && !answer) return null;
  return (
    <>
      {asked.length > 0 && (
        <section className="card" aria-labelledby={id} data-part="consultations">
          <Heading variant="h2" id={id}>
            {t('consultation.title')}
          </Heading>
          <dl className="facts">
            {asked.map((e) => {
              const question = e.type === 'consultation_requested';
              const text = textOf(e, question ? 'question' : 'answer');
              return (
                <div key={e.seq} data-consultation={question ? 'question' : 'answer'}>
                  <dt>
                    {t(question ? 'consultation.question' : 'consultation.answer')} · {finnishDay(e.at)}
                    {e.actor?.name ? ` · ${e.actor.name}` : ''}
                  </dt>
                  <dd>{text ?? t('consultation.notShown')}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      {ask && <ConsultationForm a={a} kind="question" />}
      {answer && <ConsultationForm a={a} kind="answer" />}
    </>
  );
}

function ConsultationForm({ a, kind }: { a: ArrangementDetail; kind: 'question' | 'answer' }) {
  const { t } = useTranslation();
  const form = useForm<{ text: string }>({ defaultValues: { text: '' } });
  const command = useArrangementCommand(a.id, (text: string, api) =>
    kind === 'question'
      ? unwrap(
          api.POST('/arrangements/{id}/consultation', { params: { path: { id: a.id } }, body: { question: text } }),
        )
      : unwrap(
          api.POST('/arrangements/{id}/consultation/answer', {
            params: { path: { id: a.id } },
            body: { answer: text },
          }),
        ),
  );
  const send = form.handleSubmit(({ text }) =>
    command.mutate(text, {
      onSuccess: () => form.reset({ text: '' }),
      onError: (err) => showProblems(err, form.setError, ['text'], { question: 'text', answer: 'text' }),
    }),
  );
  return (
    <StepPanel title={t(kind === 'question' ? 'consultation.ask' : 'consultation.answerTitle')}>
      <ErrorMessage error={command.error} />
      <TextareaField
        control={form.control}
        name="text"
        labelText={t(kind === 'question' ? 'consultation.question' : 'consultation.answer')}
      />
      <div className="actions">
        <Button disabled={command.isPending} onClick={() => void send()}>
          {t(kind === 'question' ? 'consultation.send' : 'consultation.sendAnswer')}
        </Button>
      </div>
    </StepPanel>
  );
}
