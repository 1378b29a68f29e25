import { CASE_ACTIONS, type CaseAction } from '../../contracts/actions';
import type { Actor } from '../../contracts/arrangement';
import type { CaseCommandName, CaseCommands, CaseStatus, SupervisionState } from '../../contracts/supervision';
import { type ActionRefusal, all as allOf, forbidden, inStatus, invalid, type Rule as RuleOf } from './rules';

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

/** The arranging teams and their leads run the assessment; procurement may join any step. */
const supervisor =
  (action: string): Rule =>
  (_s, actor) =>
    ['arranging', 'team_lead', 'procurement'].includes(actor.role)
      ? null
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
      actor.role === 'supplier' && actor.supplierId === s.input.supplierId
        ? null
        : forbidden('only the supplier under supervision answers its clarification request'),
    status('answer', 'awaiting_clarification', 'escalated'),
    (s) => (s.clarification ? null : invalid('no clarification was asked')),
  ),
  involveProcurement: all(supervisor('bring in procurement'), (s) =>
    s.procurementInvolved ? invalid('procurement is already involved') : null,
  ),
  addStatement: (_s, actor) =>
    actor.role === 'supplier' ? forbidden('the supplier answers clarification requests instead') : null,
  requireCorrectiveAction: all(
    supervisor('require a corrective action plan'),
    status('require corrective action', 'assessment', 'clarification_received', 'escalated'),
  ),
  resolveCase: all(supervisor('decide the outcome'), status('decide the outcome', ...DECIDABLE)),
  decideSanction: all(supervisor('decide the outcome'), status('decide the outcome', ...DECIDABLE), (_s, actor) =>
    actor.role === 'procurement'
      ? null
      : forbidden('a sanction or the end of a contract is procurement’s decision under the contract'),
  ),
  attachFile: (s, actor) =>
    actor.role === 'supplier' && actor.supplierId !== s.input.supplierId
      ? forbidden('a supplier attaches files only to its own cases')
      : null,
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
