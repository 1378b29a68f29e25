import {
  type Actor,
  ARRANGEMENT_ACTIONS,
  type ArrangementAction,
  type ArrangementInput,
  type ArrangementState,
  type CommandName,
  type Commands,
} from '../../libs/contracts';
import { actionOfCommand, allowedArrangementActions } from '../../libs/domain/actions/arrangement-actions';
import { CommandRefused } from '../refusal';
import { applyCommand, closePeriod, continuationFallsDue, initialState } from './arrangement.state';

/**
 * Walks a process through every status it can reach, and in each state asks, for every kind of person
 * the county has, whether each action the rules offer is accepted by the state machine the workflow
 * runs, and each action they do not offer is refused: the screens offer exactly what the process takes.
 */
const NOW = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2027-03-01T10:00:00Z');

const person = (userId: string, role: Actor['role'], more: Partial<Actor> = {}): Actor => ({
  userId,
  role,
  teamId: null,
  profession: null,
  supplierId: null,
  ...more,
});
const ownWorker = person('own', 'own_worker', { teamId: 'fsw', profession: 'social_worker' });
const counsellor = person('own-c', 'own_worker', { teamId: 'fsw', profession: 'social_counsellor' });
const handler = person('team-1', 'arranging', { teamId: 'arr', profession: 'social_worker' });
const colleague = person('team-2', 'arranging', { teamId: 'arr', profession: 'social_counsellor' });
const otherTeam = person('team-x', 'arranging', { teamId: 'arr-other', profession: 'social_worker' });
const lead = person('lead', 'team_lead', { teamId: 'arr', profession: 'social_worker' });
const procurement = person('proc', 'procurement');
const supplier = person('sup', 'supplier', { supplierId: 's-1' });
const otherSupplier = person('sup-2', 'supplier', { supplierId: 's-2' });
const PEOPLE = { ownWorker, counsellor, handler, colleague, otherTeam, lead, procurement, supplier, otherSupplier };

function input(legalBasis: 'SHL' | 'LsL'): ArrangementInput {
  return {
    arrangementId: 'a-1',
    clientId: 'c-1',
    serviceCode: 'home_help',
    legalBasis,
    teamId: 'arr',
    ownWorkerId: 'own',
    rules: {
      catalogueVersion: 1,
      waysOfArranging: ['own_production', 'purchase'],
      accessTarget: 'P1W',
      firstPeriod: 'P3M',
      evaluationInterval: 'P1M',
      continuation: { step: 'P3M', max: 'P12M', specialExtra: null },
      requiredSteps: ['needs_assessment', 'decision', 'monthly_interim_negotiation'],
    },
    proposal: { revisionId: 'r-1', hoursPerMonth: 20, needsAssessedOn: '2026-11-16', desiredStartOn: '2026-11-23' },
  };
}

const act = <K extends CommandName>(s: ArrangementState, name: K, command: Commands[K], now = NOW) =>
  applyCommand(s, name, command, now).state;

const RECORDED = { familyAgreedOn: null, fitWithOtherServices: true };

/** Every state the walk reaches, named. */
function states(legalBasis: 'SHL' | 'LsL'): [string, ArrangementState][] {
  const draft = initialState(input(legalBasis), NOW).state;
  const consulting = act(draft, 'requestConsultation', { actor: ownWorker, questionTextId: 'q' });
  const submitted = act(draft, 'submit', { actor: ownWorker, recorded: RECORDED });
  const claimed = act(submitted, 'claim', { actor: handler });
  const returned = act(claimed, 'returnForCompletion', { actor: handler, reasonTextId: 't' });
  const withdrawn = act(submitted, 'withdraw', { actor: ownWorker, reasonTextId: 't' });
  const ordered = act(claimed, 'chooseArrangement', {
    actor: handler,
    way: 'purchase',
    supplierId: 's-1',
    contractId: 'k-1',
  });
  const unmet = act(claimed, 'recordUnmetNeed', { actor: handler, reasonTextId: 't' });
  const arranged = act(ordered, 'respondToOrder', { actor: supplier, accept: true, reasonTextId: null });
  const denied = act(arranged, 'decide', { actor: handler, outcome: 'denied', reasonTextId: 't' });
  const granted = act(arranged, 'decide', { actor: handler, outcome: 'granted', reasonTextId: null });
  const committed = act(granted, 'commitPayment', { actor: handler, costCentreCode: 'cc' });
  const active = act(committed, 'start', { actor: ownWorker, startedOn: '2026-11-23', goalsTextId: 'g' });
  const changeAsked = act(active, 'requestChange', {
    actor: ownWorker,
    hoursPerMonth: 30,
    supplierId: null,
    contractId: null,
    effectiveOn: '2026-12-01',
    reasonTextId: 't',
  });
  const changeGranted = act(changeAsked, 'decideChange', { actor: handler, outcome: 'granted', reasonTextId: null });
  const due = continuationFallsDue(active, LATER)!.state;
  const notContinued = act(
    due,
    'decideContinuation',
    {
      actor: ownWorker,
      outcome: 'end',
      reassessedOn: '2026-11-23',
      specialConsiderationTextId: null,
      reasonTextId: 't',
    },
    NOW,
  );
  const overdue = closePeriod(due, LATER)!.state;
  const ended = act(active, 'terminate', {
    actor: ownWorker,
    reason: 'goals_met',
    endsOn: '2026-11-23',
    reasonTextId: 't',
  });
  return Object.entries({
    draft,
    consulting,
    submitted,
    claimed,
    returned,
    withdrawn,
    ordered,
    unmet,
    arranged,
    denied,
    granted,
    committed,
    active,
    changeAsked,
    changeGranted,
    due,
    notContinued,
    overdue,
    ended,
  });
}

/** A command for the action, with input the state machine takes, so that only the rule can refuse it. */
function commandFor(action: ArrangementAction, actor: Actor, s: ArrangementState): [CommandName, object] | null {
  const today = s.status === 'reassessment_overdue' ? '2027-03-01' : '2026-11-23';
  const commands: Partial<Record<ArrangementAction, [CommandName, object]>> = {
    saveDraft: ['saveDraft', { proposal: { ...s.proposal, revisionId: 'r-2' } }],
    requestConsultation: ['requestConsultation', { questionTextId: 'q' }],
    answerConsultation: ['answerConsultation', { answerTextId: 'a' }],
    submit: ['submit', { recorded: RECORDED }],
    withdraw: ['withdraw', { reasonTextId: 't' }],
    claim: ['claim', {}],
    release: ['release', {}],
    returnForCompletion: ['returnForCompletion', { reasonTextId: 't' }],
    chooseArrangement: ['chooseArrangement', { way: 'own_production', supplierId: 'u-1', contractId: null }],
    respondToOrder: ['respondToOrder', { accept: true, reasonTextId: null }],
    grant: ['decide', { outcome: 'granted', reasonTextId: null }],
    deny: ['decide', { outcome: 'denied', reasonTextId: 't' }],
    recordUnmetNeed: ['recordUnmetNeed', { reasonTextId: 't' }],
    reopen: ['reopen', {}],
    commitPayment: ['commitPayment', { costCentreCode: 'cc' }],
    start: ['start', { startedOn: '2026-11-23', goalsTextId: 'g' }],
    recordEvaluation: [
      'recordEvaluation',
      { heldOn: today, participants: ['child'], goalsProgress: 'on_track', notesTextId: 'n' },
    ],
    decideContinuation: [
      'decideContinuation',
      { outcome: 'end', reassessedOn: today, specialConsiderationTextId: null, reasonTextId: 't' },
    ],
    continueOnRectification: ['continueOnRectification', { requestId: 'req' }],
    terminate: ['terminate', { reason: 'goals_met', endsOn: today, reasonTextId: 't' }],
    terminateAsSupplier: ['terminate', { reason: 'supplier_cannot_provide', endsOn: today, reasonTextId: 't' }],
    requestChange: [
      'requestChange',
      { hoursPerMonth: 25, supplierId: null, contractId: null, effectiveOn: '2026-12-01', reasonTextId: 't' },
    ],
    decideChange: ['decideChange', { outcome: 'granted', reasonTextId: null }],
    commitChange: ['commitChange', { costCentreCode: 'cc' }],
    handOver: ['handOver', { ownWorkerId: 'own-new', reasonTextId: 't' }],
    recordStep: ['recordStep', { step: 'monthly_interim_negotiation', doneOn: today, textId: null }],
  };
  const found = commands[action];
  return found ? [found[0], { ...found[1], actor }] : null;
}

/** Whether the process lets this person take the step now: refused only for its input is let. */
function accepted(s: ArrangementState, name: CommandName, command: object, now: Date): boolean {
  try {
    applyCommand(s, name, command as Commands[typeof name], now);
    return true;
  } catch (err) {
    if (err instanceof CommandRefused) return err.kind === 'invalid_input';
    throw err;
  }
}

describe.each(['SHL', 'LsL'] as const)('allowed actions under %s', (legalBasis) => {
  const cases = states(legalBasis).flatMap(([name, s]) =>
    Object.entries(PEOPLE).map(([who, actor]) => [name, who, s, actor] as const),
  );

  it.each(cases)('in %s, %s is offered exactly what the process accepts', (_state, _who, s, actor) => {
    const offered = allowedArrangementActions(s, actor);
    const now = s.status === 'reassessment_overdue' ? LATER : NOW;
    for (const action of ARRANGEMENT_ACTIONS) {
      const command = commandFor(action, actor, s);
      if (!command) continue; // visits, feedback and letters are the API's records, not process commands
      const [name, body] = command;
      // A command is the action the process takes it as (an own worker's ending is never the supplier's).
      const taken = actionOfCommand(name, body as Commands[typeof name], s);
      expect({ action, accepted: accepted(s, name, body, now) }).toEqual({ action, accepted: offered.includes(taken) });
    }
  });

  it('offers each process action in some state to someone', () => {
    const offeredSomewhere = new Set(
      states(legalBasis).flatMap(([, s]) => Object.values(PEOPLE).flatMap((a) => allowedArrangementActions(s, a))),
    );
    expect(ARRANGEMENT_ACTIONS.filter((a) => !offeredSomewhere.has(a))).toEqual([]);
  });
});
