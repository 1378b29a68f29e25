import {
  actorOf,
  ARRANGEMENT_ACTIONS,
  type ArrangementAction,
  type ArrangementState,
  type AuthUser,
  type CaseAction,
  type CatalogueAction,
  type DecisionAction,
  type RectificationAction,
  type ClientAction,
  type OwnWorkerAction,
  type SupervisionState,
  ROLES,
  type VisitAction,
} from '../../../../libs/contracts';
import {
  type AppealableDecision,
  allowedDecisionActions,
  allowedRectificationActions,
  type RectificationState,
} from '../../../../libs/domain/actions/appeal-actions';
import { allowedVisitActions, type VisitState } from '../../../../libs/domain/actions/visit-actions';
import {
  type ArrangementActionFacts,
  allowedArrangementActions,
} from '../../../../libs/domain/actions/arrangement-actions';
import { allowedCaseActions } from '../../../../libs/domain/actions/case-actions';
import { type Permission, permits } from './permissions';

/**
 * The route each action is taken through needs this permission: an action is offered to a caller whose
 * role has it and whom the action's rule (libs/domain/actions) allows, so the screens offer exactly
 * what the route and the process accept.
 */
const ARRANGEMENT_ACTION_PERMISSION: Record<ArrangementAction, Permission> = {
  saveDraft: 'proposal.edit',
  requestConsultation: 'proposal.edit',
  answerConsultation: 'consultation.answer',
  submit: 'proposal.edit',
  withdraw: 'proposal.edit',
  claim: 'queue.work',
  release: 'queue.work',
  returnForCompletion: 'queue.work',
  chooseArrangement: 'queue.work',
  respondToOrder: 'order.respond',
  grant: 'decision.make',
  deny: 'decision.make',
  recordUnmetNeed: 'queue.work',
  reopen: 'queue.work',
  commitPayment: 'queue.work',
  start: 'service.start',
  recordEvaluation: 'evaluation.record',
  decideContinuation: 'continuation.decide',
  continueOnRectification: 'appeal.record',
  terminate: 'service.end',
  terminateAsSupplier: 'service.end',
  requestChange: 'change.request',
  decideChange: 'queue.work',
  commitChange: 'queue.work',
  handOver: 'client.hand_over',
  recordStep: 'evaluation.record',
  recordVisit: 'visit.record',
  giveFeedback: 'feedback.give',
  readLetters: 'decision.letter.read',
};

const CASE_ACTION_PERMISSION: Record<CaseAction, Permission> = {
  closeWithoutAction: 'supervision.case.assess',
  requestClarification: 'supervision.case.assess',
  answerClarification: 'supervision.clarification.answer',
  involveProcurement: 'supervision.case.assess',
  addStatement: 'supervision.statement.add',
  requireCorrectiveAction: 'supervision.case.assess',
  resolveCase: 'supervision.case.assess',
  decideSanction: 'supervision.case.assess',
  attachFile: 'supervision.attachment.add',
};

/** Each role's arrangement actions by its permissions, in the process's order: the rules are asked of these only. */
const permittedArrangementActions = new Map(
  ROLES.map((role) => [role, ARRANGEMENT_ACTIONS.filter((a) => permits(role, ARRANGEMENT_ACTION_PERMISSION[a]))]),
);

/** What the caller may do with an arrangement now; nothing while its process has not yet recorded a state. */
export function arrangementActionsFor(user: AuthUser, state: ArrangementActionFacts | null): ArrangementAction[] {
  if (!state) return [];
  // A role missing from the table is permitted nothing, not every action the rules allow.
  return allowedArrangementActions(state, actorOf(user), permittedArrangementActions.get(user.role) ?? []);
}

/** Every key of a type, each a value as stored or, for an object, its own keys the same way. */
type FactShape<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends string | number | boolean | unknown[]
    ? 'value'
    : 'value' | FactShape<NonNullable<T[K]>>;
};

/** The facts' shape, checked against the type: a key the rules read cannot be missing here, nor one added. */
const ARRANGEMENT_ACTION_FACTS = {
  status: 'value',
  consultationOpen: 'value',
  assigneeId: 'value',
  way: 'value',
  supplierId: 'value',
  commitment: 'value',
  startedOn: 'value',
  input: {
    ownWorkerId: 'value',
    teamId: 'value',
    legalBasis: 'value',
    rules: { requiredSteps: 'value', continuation: 'value' },
  },
  decision: { periodStart: 'value', periodEnd: 'value' },
  running: { continuation: 'value', change: 'value' },
} as const satisfies FactShape<ArrangementActionFacts>;

type Shape = { [key: string]: 'value' | Shape };

/**
 * An SQL expression for the part of a stored process state (`state`, a jsonb column) that the arrangement's
 * action rules read: a list that offers each row's actions parses that, a few hundred bytes, instead of each
 * whole state (the catalogue's rules, the proposal, the periods, the state carried over a period boundary).
 * The state is unpacked once (`jsonb_to_record`): a larger state is stored compressed, and each path read of
 * the column itself would unpack it again. An object absent or null stays null; a missing value is null,
 * which the rules read as absent; a row without a state has none.
 */
export function arrangementActionFactsSql(state: string): string {
  const cut = (value: string, shape: Shape): string =>
    `case when jsonb_typeof(${value}) = 'object' then ${built(shape, (key) => `${value} -> '${key}'`)} end`;
  const built = (shape: Shape, valueOf: (key: string) => string): string => {
    const fields = Object.entries(shape).map(
      ([key, inner]) => `'${key}', ${inner === 'value' ? valueOf(key) : cut(valueOf(key), inner)}`,
    );
    return `jsonb_build_object(${fields.join(', ')})`;
  };
  const columns = Object.keys(ARRANGEMENT_ACTION_FACTS).map((key) => `"${key}" jsonb`);
  return `(select case when ${state} is not null then ${built(ARRANGEMENT_ACTION_FACTS, (key) => `f."${key}"`)} end
           from jsonb_to_record(${state}) as f(${columns.join(', ')}))`;
}

/** What the caller may do in a supervision case now. */
export function caseActionsFor(user: AuthUser, state: SupervisionState | null): CaseAction[] {
  if (!state) return [];
  return allowedCaseActions(state, actorOf(user)).filter((a) => permits(user.role, CASE_ACTION_PERMISSION[a]));
}

/** Whether the caller may publish a new version of a card: the catalogue's rule is its permission alone. */
export function catalogueActionsFor(user: AuthUser): CatalogueAction[] {
  return permits(user.role, 'catalogue.change') ? ['publish'] : [];
}

/** What the caller may record against a decision: its rectification request. */
export function decisionActionsFor(user: AuthUser, d: AppealableDecision): DecisionAction[] {
  return permits(user.role, 'appeal.record') ? allowedDecisionActions(d, actorOf(user)) : [];
}

/** What the caller may record on a request for rectification now. */
export function rectificationActionsFor(user: AuthUser, r: RectificationState): RectificationAction[] {
  return permits(user.role, 'appeal.record') ? allowedRectificationActions(r, actorOf(user)) : [];
}

/** How the caller may correct a visit: none while the arrangement's process has not recorded a state. */
export function visitActionsFor(user: AuthUser, state: ArrangementState | null, visit: VisitState): VisitAction[] {
  if (!state || !permits(user.role, 'visit.record')) return [];
  return allowedVisitActions(state, visit, actorOf(user));
}

/** What the caller may do with a client they list: a team lead hands it over. */
export function clientActionsFor(user: AuthUser): ClientAction[] {
  return permits(user.role, 'client.hand_over') ? ['handOver'] : [];
}

/**
 * What a team lead may do with an own worker they lead: give clients to one who stays (not disabled, not
 * past the leaving day), and set the leaving day of one who has not left.
 */
export function ownWorkerActionsFor(
  user: AuthUser,
  worker: { disabled: boolean },
  leaving: boolean,
): OwnWorkerAction[] {
  const actions: OwnWorkerAction[] = [];
  if (permits(user.role, 'client.hand_over') && !leaving) actions.push('receiveClients');
  if (permits(user.role, 'user.disable') && !worker.disabled) actions.push('setLeavingDay');
  return actions;
}
