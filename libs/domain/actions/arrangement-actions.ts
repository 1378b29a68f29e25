import { ARRANGEMENT_ACTIONS, type ArrangementAction } from '../../contracts/actions';
import { PROVIDER_ROLES } from '../../contracts/codes';
import {
  type Actor,
  type ArrangementInput,
  type ArrangementState,
  type ArrangementStatus,
  type CommandName,
  type Commands,
  type Decision,
  isFinishedStatus,
  type RunningService,
  type ServiceRules,
  RUNNING_STATUSES,
  STEPS_THE_PROCESS_RECORDS,
} from '../../contracts/arrangement';
import {
  type ActionRefusal,
  all as allOf,
  forbidden,
  inStatus,
  invalid,
  type Rule as RuleOf,
  speaksFor,
} from './rules';

/**
 * Who may take each step on an arrangement, and when: one rule per action, over the actor and the
 * process's state, never the command's input (the state machine checks that). The workflow refuses a
 * command by its action's rule; the API lists the actions whose rules pass as the record's
 * `allowedActions`, so that a screen offers exactly what the process accepts.
 */

/**
 * What the rules below read of an arrangement's process state, and nothing more: the compiler holds the rules
 * to it. A list that offers each row's actions reads only this from the stored state (the API's
 * `ARRANGEMENT_ACTION_FACTS`), not the whole of it (the catalogue's rules, the proposal, the periods).
 */
export interface ArrangementActionFacts
  extends Pick<
    ArrangementState,
    'status' | 'consultationOpen' | 'assigneeId' | 'way' | 'supplierId' | 'commitment' | 'startedOn'
  > {
  input: Pick<ArrangementInput, 'ownWorkerId' | 'teamId' | 'legalBasis'> & {
    rules: Pick<ServiceRules, 'requiredSteps' | 'continuation'>;
  };
  decision: Pick<Decision, 'periodStart' | 'periodEnd'> | null;
  running?: Pick<RunningService, 'continuation' | 'change'> | null;
}

type Rule = RuleOf<ArrangementActionFacts>;
const all = allOf<ArrangementActionFacts>;

const status = (action: string, ...allowed: ArrangementStatus[]): Rule =>
  inStatus<ArrangementActionFacts>('arrangement', action, ...allowed);

const ownWorker =
  (action: string): Rule =>
  (s, actor) =>
    actor.userId === s.input.ownWorkerId ? null : forbidden(`only the client's own worker may ${action}`);

const teamMember =
  (action: string): Rule =>
  (s, actor) =>
    actor.role === 'arranging' && actor.teamId === s.input.teamId
      ? null
      : forbidden(`only a member of the arranging team ${s.input.teamId} may ${action}`);

const assignee =
  (action: string): Rule =>
  (s, actor) =>
    teamMember(action)(s, actor) ??
    (s.assigneeId === actor.userId ? null : forbidden(`only the team member handling the proposal may ${action}`));

/** The law's rule: in child welfare (LsL) only a qualified social worker decides. */
const qualifiedDecider: Rule = (s, actor) =>
  s.input.legalBasis === 'LsL' && actor.profession !== 'social_worker'
    ? forbidden('in child welfare only a qualified social worker may decide')
    : null;

const handlerOrOwnWorker =
  (what: string): Rule =>
  (s, actor) =>
    actor.userId === s.assigneeId || actor.userId === s.input.ownWorkerId
      ? null
      : forbidden(`only the team member handling the proposal or the client's own worker may ${what}`);

/** The provider the order went to: a supplier's users, or the own-production unit's. */
const isSupplierOf = (s: ArrangementActionFacts, actor: Actor) =>
  PROVIDER_ROLES.includes(actor.role) && s.supplierId !== null && actor.supplierId === s.supplierId;

/** A running service followed period by period (those started before periods were modelled are not). */
const running =
  (action: string): Rule =>
  (s, actor) =>
    status(action, ...RUNNING_STATUSES)(s, actor) ??
    (s.running ? null : invalid(`cannot ${action}: the service started before periods were followed`));

const when =
  (holds: (s: ArrangementActionFacts) => boolean, message: string): Rule =>
  (s) =>
    holds(s) ? null : invalid(message);

const ownWorkerOrTeam =
  (action: string): Rule =>
  (s, actor) =>
    actor.userId === s.input.ownWorkerId || (actor.role === 'arranging' && actor.teamId === s.input.teamId)
      ? null
      : forbidden(`only the client's own worker or the arranging team may ${action}`);

/** A proposal may be denied while it is handled; granted once the way of arranging is settled. */
const DENIABLE: ArrangementStatus[] = ['in_handling', 'arranged'];
const GRANTABLE: ArrangementStatus[] = ['arranged'];

/** The rule of each process command's action; each also needs a process that has not ended. */
const COMMAND_RULES: Record<Exclude<ArrangementAction, 'recordVisit' | 'giveFeedback' | 'readLetters'>, Rule> = {
  saveDraft: all(ownWorker('edit the proposal'), status('edit the proposal', 'draft', 'returned')),
  requestConsultation: all(
    ownWorker('ask for a consultation'),
    status('ask for a consultation', 'draft', 'returned'),
    when((s) => !s.consultationOpen, 'a consultation is already waiting for an answer'),
  ),
  answerConsultation: all(
    teamMember('answer a consultation'),
    when((s) => s.consultationOpen, 'no consultation is waiting for an answer'),
  ),
  submit: all(ownWorker('submit the proposal'), status('submit', 'draft', 'returned')),
  withdraw: all(ownWorker('withdraw the proposal'), status('withdraw', 'draft', 'returned', 'submitted')),
  claim: all(
    teamMember('claim the proposal'),
    (s) =>
      s.status === 'in_handling'
        ? invalid(`the proposal is already claimed by ${s.assigneeId ?? 'another team member'}`)
        : null,
    status('claim', 'submitted'),
  ),
  release: all(status('release', 'in_handling'), assignee('release the proposal')),
  returnForCompletion: all(status('return the proposal', 'in_handling'), assignee('return the proposal')),
  chooseArrangement: all(status('choose the way of arranging', 'in_handling'), assignee('choose the way of arranging')),
  respondToOrder: all(status('answer the order', 'ordered'), (s, actor) => {
    if (speaksFor(actor, s.supplierId)) return null;
    return isSupplierOf(s, actor)
      ? forbidden("only the unit's lead answers an order to the unit")
      : forbidden('only the supplier the order was sent to may answer it');
  }),
  grant: all(status('grant', ...GRANTABLE), handlerOrOwnWorker('decide'), qualifiedDecider),
  deny: all(status('deny', ...DENIABLE), handlerOrOwnWorker('decide'), qualifiedDecider),
  recordUnmetNeed: all(
    status('record an unmet need', 'in_handling', 'ordered', 'arranged'),
    assignee('record an unmet need'),
  ),
  reopen: all(teamMember('reopen the proposal'), status('reopen', 'unmet_need')),
  commitPayment: all(
    status('make the payment commitment', 'granted'),
    assignee('make the payment commitment'),
    when(
      (s) => Boolean(s.decision?.periodStart && s.decision.periodEnd && s.way),
      'there is no granted period to commit payment for',
    ),
  ),
  start: all(status('start the service', 'committed'), handlerOrOwnWorker('start the service')),
  recordEvaluation: all(ownWorkerOrTeam('record an evaluation'), running('record an evaluation')),
  // The card's steps: those before the start once the service is committed, the recurring ones while it runs.
  recordStep: all(
    ownWorkerOrTeam('record a step of the service'),
    status('record a step of the service', 'committed', ...RUNNING_STATUSES),
    when(
      (s) => (s.input.rules.requiredSteps ?? []).some((c) => !STEPS_THE_PROCESS_RECORDS.includes(c)),
      "this service's card has no steps recorded by hand",
    ),
  ),
  decideContinuation: all(
    ownWorker('decide on continuing the service'),
    qualifiedDecider,
    running('decide on continuing'),
    (s) =>
      s.running?.continuation
        ? invalid(`continuing was already decided (${s.running.continuation.outcome}) for this period`)
        : null,
  ),
  continueOnRectification: all(
    (_s, actor) =>
      actor.role === 'arranging' || actor.role === 'team_lead'
        ? null
        : forbidden("the section's decision on rectification is recorded by the arranging team or a team lead"),
    running('continue on rectification'),
    when(
      (s) => s.running?.continuation?.outcome === 'end',
      'only a decision not to continue is changed to continuing on rectification',
    ),
    when(
      (s) => Boolean(s.input.rules.continuation),
      'the catalogue version of this arrangement has no continuation rules',
    ),
  ),
  terminate: all(ownWorker('end the service'), running('end the service')),
  terminateAsSupplier: all(
    (s, actor) => (isSupplierOf(s, actor) ? null : forbidden('only the supplier providing the service may end it')),
    running('end the service'),
  ),
  requestChange: all(
    ownWorker('ask for a change to the service'),
    running('change the service'),
    status('change the service', 'active'),
    when((s) => !s.running?.change, 'a change is already waiting for its decision or commitment'),
  ),
  decideChange: all(
    teamMember('decide on a change'),
    qualifiedDecider,
    running('decide on a change'),
    when((s) => Boolean(s.running?.change && !s.running.change.granted), 'no change is waiting for a decision'),
  ),
  commitChange: all(
    teamMember('make the payment commitment for a change'),
    running('commit a change'),
    when(
      (s) => Boolean(s.running?.change?.granted && s.way && s.commitment),
      'no granted change is waiting for its payment commitment',
    ),
  ),
  handOver: (_s, actor) =>
    actor.role === 'team_lead' ? null : forbidden('only a team lead hands a client over to another own worker'),
};

const started: Rule = (s) =>
  s.startedOn && (RUNNING_STATUSES.includes(s.status) || s.status === 'ended')
    ? null
    : invalid(`a started service is needed for this; this one is ${s.status}`);

/** The API's own records of an arrangement, allowed after its process has ended too. */
const RECORD_RULES: Record<'recordVisit' | 'giveFeedback' | 'readLetters', Rule> = {
  recordVisit: all(
    (s, actor) =>
      actor.userId === s.input.ownWorkerId || isSupplierOf(s, actor)
        ? null
        : forbidden("only the client's own worker or the supplier providing the service records its visits"),
    started,
  ),
  giveFeedback: all(ownWorker('give feedback on the service'), started),
  readLetters: (_s, actor) =>
    PROVIDER_ROLES.includes(actor.role) || actor.role === 'procurement'
      ? forbidden("a decision's letter is for the client and the county's workers")
      : null,
};

function finished(s: ArrangementActionFacts): ActionRefusal | null {
  return isFinishedStatus(s.status) ? invalid(`the arrangement is ${s.status}; nothing more can be done`) : null;
}

/** Why the actor may not take the action now, or null when they may. */
export function arrangementRefusal(
  action: ArrangementAction,
  s: ArrangementActionFacts,
  actor: Actor,
): ActionRefusal | null {
  if (action === 'recordVisit' || action === 'giveFeedback' || action === 'readLetters') {
    return RECORD_RULES[action](s, actor);
  }
  return finished(s) ?? COMMAND_RULES[action](s, actor);
}

/**
 * Every action the actor may take on the arrangement now, in the order of the process; of `candidates` only,
 * when the caller knows the rest are never theirs (their role's permissions), so no refusal is worded for them.
 */
export function allowedArrangementActions(
  s: ArrangementActionFacts,
  actor: Actor,
  candidates: readonly ArrangementAction[] = ARRANGEMENT_ACTIONS,
): ArrangementAction[] {
  return candidates.filter((a) => arrangementRefusal(a, s, actor) === null);
}

/** The action a command takes: a decision grants or denies; a supplier's ending is its own action. */
export function actionOfCommand<K extends CommandName>(
  name: K,
  command: Commands[K],
  s: ArrangementActionFacts,
): ArrangementAction {
  if (name === 'decide') return (command as Commands['decide']).outcome === 'denied' ? 'deny' : 'grant';
  if (name === 'terminate' && isSupplierOf(s, command.actor)) return 'terminateAsSupplier';
  return name;
}
