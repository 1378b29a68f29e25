import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  Button,
  Checkbox,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  Textarea,
} from 'suomifi-ui-components';
import { PARTICIPANTS, GOALS_PROGRESS } from '../../../../../libs/contracts/arrangement';
import { DateField } from '../../date-field';
import { helsinkiToday } from '../../format';
import { api, unwrap } from '../../api/client';
import type { ArrangementDetail } from '../../api/types';
import { FeedbackForm } from './feedback-form';
import { ContinuationForm } from './running-actions';
import { StepPanel, useCommand } from './step';

interface Props {
  a: ArrangementDetail;
  onDone: () => Promise<void>;
  onError: (err: unknown) => void;
}

/** What the own worker does next: submit the proposal, record the start, record an evaluation. */
export function OwnWorkerActions({ a, onDone, onError }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const path = { params: { path: { id: a.id } } };
  if (a.status === 'draft' || a.status === 'returned') {
    return (
      <StepPanel title={t('team.next')}>
        <Paragraph>
          <RouterLink asComponent={Link} to={`/arrangements/${a.id}/proposal`}>
            {t('worker.edit')}
          </RouterLink>
        </Paragraph>
        <Button
          disabled={busy}
          onClick={() => void run(() => unwrap(api.POST('/arrangements/{id}/submit', { ...path, body: {} })))}
        >
          {t('worker.submit')}
        </Button>
      </StepPanel>
    );
  }
  if (a.status === 'ended') return <FeedbackStep a={a} onDone={onDone} onError={onError} />;
  if (a.status === 'committed') return <Start a={a} onDone={onDone} onError={onError} />;
  if (a.status === 'active' || a.status === 'reassessment_overdue') {
    const r = a.running;
    const continuationOpen = a.status === 'reassessment_overdue' || (r?.continuationDue && !r.continuationOutcome);
    return (
      <>
        {continuationOpen && <ContinuationForm a={a} onDone={onDone} />}
        {a.status === 'active' && <Evaluation a={a} onDone={onDone} onError={onError} />}
      </>
    );
  }
  return null;
}

function Start({ a, onDone, onError }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [startedOn, setStartedOn] = useState(helsinkiToday());
  const [goals, setGoals] = useState(a.proposal?.goals ?? '');
  return (
    <StepPanel title={t('worker.start')}>
      <DateField labelText={t('worker.startedOn')} value={startedOn} onChange={setStartedOn} />
      <Textarea labelText={t('arrangement.goals')} value={goals} onChange={(e) => setGoals(e.target.value)} />
      <div className="actions">
        <Button
          disabled={busy || !goals.trim()}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST('/arrangements/{id}/start', { params: { path: { id: a.id } }, body: { startedOn, goals } }),
              ),
            )
          }
        >
          {t('worker.recordStart')}
        </Button>
      </div>
    </StepPanel>
  );
}

function Evaluation({ a, onDone, onError }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useCommand(onDone, onError);
  const [heldOn, setHeldOn] = useState(helsinkiToday());
  const [participants, setParticipants] = useState<string[]>(['own_worker']);
  const [progress, setProgress] = useState('on_track');
  const [notes, setNotes] = useState('');
  const toggle = (p: string, on: boolean) => setParticipants((ps) => (on ? [...ps, p] : ps.filter((x) => x !== p)));
  return (
    <StepPanel title={t('worker.evaluation')}>
      <DateField labelText={t('worker.heldOn')} value={heldOn} onChange={setHeldOn} />
      <fieldset className="checks">
        <legend>{t('worker.participants')}</legend>
        {PARTICIPANTS.map((p) => (
          <Checkbox
            key={p}
            checked={participants.includes(p)}
            onClick={({ checkboxState }) => toggle(p, checkboxState)}
          >
            {t(`worker.participant.${p}`)}
          </Checkbox>
        ))}
      </fieldset>
      <RadioButtonGroup labelText={t('worker.progress')} name="progress" value={progress} onChange={setProgress}>
        {GOALS_PROGRESS.map((g) => (
          <RadioButton key={g} value={g}>
            {t(`worker.goalsProgress.${g}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Textarea labelText={t('worker.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <div className="actions">
        <Button
          disabled={busy || !notes.trim() || participants.length === 0}
          onClick={() =>
            void run(() =>
              unwrap(
                api.POST('/arrangements/{id}/evaluations', {
                  params: { path: { id: a.id } },
                  body: {
                    heldOn,
                    participants: participants as (typeof PARTICIPANTS)[number][],
                    goalsProgress: progress as (typeof GOALS_PROGRESS)[number],
                    notes,
                  },
                }),
              ),
            )
          }
        >
          {t('worker.recordEvaluation')}
        </Button>
      </div>
    </StepPanel>
  );
}

/** Feedback is asked of the own worker when a service ends: the form shows while the request is open. */
function FeedbackStep({ a, onDone, onError }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [given, setGiven] = useState(false);
  useEffect(() => {
    unwrap(api.GET('/feedback/requests')).then(
      (requests) => setOpen(requests.some((r) => r.arrangementId === a.id)),
      onError,
    );
  }, [a.id, onError]);
  if (given) {
    return (
      <InlineAlert status="neutral" role="status">
        {t('feedback.given')}
      </InlineAlert>
    );
  }
  if (!open) return null;
  const done = async () => {
    setGiven(true);
    await onDone();
  };
  return <FeedbackForm arrangementId={a.id} onDone={done} onError={onError} />;
}
