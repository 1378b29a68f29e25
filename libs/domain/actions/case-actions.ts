import { CASE_ACTIONS, type CaseAction } from '../../contracts/actions';
import type { Actor } from '../../contracts/arrangement';
import type { CaseCommandName, CaseCommands, CaseStatus, SupervisionState } from '../../contracts/supervision';
import { PROVIDER_ROLES, type Role } from '../../contracts/codes';
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
 * Who may take each step of a supervision case, and when: one rule per action over the actor and the
 * case's state. The workflow refuses a command by it; the API lists the passing ones as the case's
 * `allowedActions`. Which own worker may speak to a case (one whose client's feedback is in it) is the
 * record rule's: the process holds no families.
 */

type Rule = RuleOf<SupervisionState>;
const all = allOf<SupervisionState>;

const status = (action: string, ...allowed: CaseStatus[]): Rule =>
  inStatus<SupervisionState>('case', action, ...allowed);

/**
 * Who takes procurement's part in a case. On a supplier's case it is procurement, which buys the service under
 * a contract. An own-production unit has no contract: its self-monitoring answers to the service line's
 * management, and the service line's lead is the `team_lead` role (the leads of its teams; there is no role of
 * a line manager apart from them). Procurement takes no step in a self-monitoring case and does not see it.
 */
export function procurementsPart(selfMonitoring: boolean | undefined): Role {
  return selfMonitoring ? 'team_lead' : 'procurement';
}

/**
 * Who runs a case's assessment, and a provider's planned supervision: the arranging teams, their leads and
 * whoever takes procurement's part.
 */
export function supervises(role: Role, selfMonitoring: boolean | undefined): boolean {
  return ['arranging', 'team_lead', procurementsPart(selfMonitoring)].includes(role);
}

/** The arranging teams and their leads run the assessment; procurement (or in its place the lead) may join any step. */
const supervisor =
  (action: string): Rule =>
  (s, actor) =>
    supervises(actor.role, s.input.selfMonitoring)
      ? null
      : s.input.selfMonitoring
        ? forbidden(`only the arranging team or the service line's lead may ${action} in a self-monitoring case`)
        : forbidden(`only the arranging team, a team lead or procurement may ${action}`);

const DECIDABLE: CaseStatus[] = ['clarification_received', 'escalated', 'corrective_action'];

const RULES: Record<CaseAction, Rule> = {
  closeWithoutAction: all(supervisor('close the case'), status('close without action', 'assessment')),
  requestClarification: all(
    supervisor('ask the supplier for a clarification'),
    status('ask for a clarification', 'assessment', 'clarification_received'),
  ),
  answerClarification: all(
    (s, actor) =>
      speaksFor(actor, s.input.supplierId)
        ? null
        : forbidden('only the supplier under supervision (of a unit, its lead) answers its clarification request'),
    status('answer', 'awaiting_clarification', 'escalated'),
    (s) => (s.clarification ? null : invalid('no clarification was asked')),
  ),
  involveProcurement: all(supervisor('bring in procurement'), (s) =>
    s.procurementInvolved ? invalid('procurement is already involved') : null,
  ),
  addStatement: (s, actor) => {
    if (PROVIDER_ROLES.includes(actor.role)) return forbidden('the supplier answers clarification requests instead');
    return s.input.selfMonitoring && actor.role === 'procurement'
      ? forbidden('procurement takes no part in a self-monitoring case')
      : null;
  },
  requireCorrectiveAction: all(
    supervisor('require a corrective action plan'),
    status('require corrective action', 'assessment', 'clarification_received', 'escalated'),
  ),
  resolveCase: all(supervisor('decide the outcome'), status('decide the outcome', ...DECIDABLE)),
  decideSanction: all(supervisor('decide the outcome'), status('decide the outcome', ...DECIDABLE), (s, actor) => {
    if (actor.role === procurementsPart(s.input.selfMonitoring)) return null;
    return s.input.selfMonitoring
      ? forbidden('a sanction on an own-production unit is the service line’s lead’s decision')
      : forbidden('a sanction or the end of a contract is procurement’s decision under the contract');
  }),
  attachFile: (s, actor) => {
    if (PROVIDER_ROLES.includes(actor.role)) {
      return speaksFor(actor, s.input.supplierId)
        ? null
        : forbidden('a supplier (of a unit, its lead) attaches files only to its own cases');
    }
    return s.input.selfMonitoring && actor.role === 'procurement'
      ? forbidden('procurement takes no part in a self-monitoring case')
      : null;
  },
};

/** Why the actor may not take the step now, or null when they may. */
export function caseRefusal(action: CaseAction, s: SupervisionState, actor: Actor): ActionRefusal | null {
  if (s.status === 'closed') return invalid(`the case is closed (${s.outcome ?? 'closed'})`);
  return RULES[action](s, actor);
}

/** Every step the actor may take in the case now. */
export function allowedCaseActions(s: SupervisionState, actor: Actor): CaseAction[] {
  return CASE_ACTIONS.filter((a) => caseRefusal(a, s, actor) === null);
}

/** The step a command takes: an outcome other than `resolved` is a sanction. */
export function actionOfCaseCommand<K extends CaseCommandName>(name: K, command: CaseCommands[K]): CaseAction {
  if (name !== 'decideOutcome') return name;
  return (command as CaseCommands['decideOutcome']).outcome === 'resolved' ? 'resolveCase' : 'decideSanction';
}
