import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Paragraph, RouterLink } from 'suomifi-ui-components';
import { unwrap } from '../api/client';
import { allows, type ArrangementDetail } from '../api/types';
import { ErrorMessage } from '../common/errors';
import { StepPanel } from '../common/step';
import { FeedbackStep } from '../feedback/feedback-form';
import { ChangeForm, ContinuationForm, TerminationForm } from '../running/running-steps';
import { Evaluation, Start } from './own-worker-steps';
import { useArrangementCommand } from './queries';
import { ChooseWay, Commit, Decide, ReasonStep } from './team-steps';

/**
 * Every step the reader may take on the arrangement now, each shown exactly when the API lists its action
 * in `allowedActions`: no role or status of the screen's own decides what may be done.
 */
export function ArrangementSteps({ a }: { a: ArrangementDetail }) {
  const can = (action: Parameters<typeof allows>[1]) => allows(a, action);
  return (
    <>
      <NextStep a={a} />
      {can('chooseArrangement') && <ChooseWay a={a} />}
      {can('returnForCompletion') && <ReasonStep a={a} kind="return" />}
      {can('recordUnmetNeed') && <ReasonStep a={a} kind="unmet" />}
      {(can('grant') || can('deny')) && <Decide a={a} />}
      {can('commitPayment') && <Commit a={a} />}
      {can('decideChange') && <Decide a={a} change />}
      {can('commitChange') && <Commit a={a} change />}
      {can('start') && <Start a={a} />}
      {can('decideContinuation') && <ContinuationForm a={a} />}
      {can('recordEvaluation') && <Evaluation a={a} />}
      {can('requestChange') && <ChangeForm a={a} />}
      {can('terminate') && <TerminationForm a={a} action="terminate" />}
      {can('terminateAsSupplier') && <TerminationForm a={a} action="terminateAsSupplier" />}
      {can('giveFeedback') && <FeedbackStep a={a} />}
    </>
  );
}

type SimpleCommand = 'submit' | 'claim' | 'release' | 'reopen';
const ROUTES = {
  submit: '/arrangements/{id}/submit',
  claim: '/arrangements/{id}/claim',
  release: '/arrangements/{id}/release',
  reopen: '/arrangements/{id}/reopen',
} as const;
const LABELS: Record<SimpleCommand, string> = {
  submit: 'worker.submit',
  claim: 'queue.claim',
  release: 'queue.release',
  reopen: 'team.reopen',
};

/** The steps that are one press of a button: send the proposal, claim or release it, reopen an unmet need. */
function NextStep({ a }: { a: ArrangementDetail }) {
  const { t } = useTranslation();
  const command = useArrangementCommand(a.id, (name: SimpleCommand, api) =>
    unwrap(api.POST(ROUTES[name], { params: { path: { id: a.id } }, body: {} })),
  );
  const commands = (['submit', 'claim', 'release', 'reopen'] as const).filter((c) => allows(a, c));
  const edit = allows(a, 'saveDraft');
  if (commands.length === 0 && !edit) return null;
  return (
    <StepPanel title={t('team.next')}>
      <ErrorMessage error={command.error} />
      {edit && (
        <Paragraph>
          <RouterLink asComponent={Link} to={`/arrangements/${a.id}/proposal`}>
            {t('worker.edit')}
          </RouterLink>
        </Paragraph>
      )}
      <div className="actions">
        {commands.map((c) => (
          <Button
            key={c}
            variant={c === 'release' ? 'secondary' : 'default'}
            disabled={command.isPending}
            onClick={() => command.mutate(c)}
          >
            {t(LABELS[c])}
          </Button>
        ))}
      </div>
    </StepPanel>
  );
}
