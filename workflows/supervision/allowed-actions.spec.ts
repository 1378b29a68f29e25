import {
  type Actor,
  CASE_ACTIONS,
  type CaseAction,
  type CaseCommandName,
  type CaseCommands,
  type SupervisionState,
} from '../../libs/contracts';
import { actionOfCaseCommand, allowedCaseActions } from '../../libs/domain/actions/case-actions';
import { CommandRefused } from '../refusal';
import { addFinding, applyCaseCommand, followUpFalls, openCase, supplierSilent } from './supervision.state';

/**
 * Walks a supervision case through each status and asks, for each kind of person, whether every step
 * the rules offer is taken by the state machine the workflow runs, and every step they do not offer is
 * refused.
 */
const NOW = new Date('2026-11-23T10:00:00Z');
const person = (userId: string, role: Actor['role'], more: Partial<Actor> = {}): Actor => ({
  userId,
  role,
  teamId: null,
  profession: null,
  supplierId: null,
  ...more,
});
const PEOPLE = {
  team: person('team', 'arranging', { teamId: 'arr' }),
  lead: person('lead', 'team_lead', { teamId: 'arr' }),
  procurement: person('proc', 'procurement'),
  ownWorker: person('own', 'own_worker', { teamId: 'fsw', profession: 'social_worker' }),
  supplier: person('sup', 'supplier', { supplierId: 's-1' }),
  otherSupplier: person('sup-2', 'supplier', { supplierId: 's-2' }),
  unitLead: person('unit-lead', 'own_production', { supplierId: 's-1', unitLead: true }),
  unitWorker: person('unit-worker', 'own_production', { supplierId: 's-1' }),
};
const { team, procurement, supplier, lead, unitLead } = PEOPLE;

const act = <K extends CaseCommandName>(s: SupervisionState, name: K, c: CaseCommands[K]) =>
  applyCaseCommand(s, name, c, NOW).state;

/** A supplier's case in each status; with `selfMonitoring`, an own-production unit's (s-1 its unit). */
function states(selfMonitoring = false): [string, SupervisionState][] {
  const answering = selfMonitoring ? unitLead : supplier;
  const deciding = selfMonitoring ? lead : procurement;
  const assessment = addFinding(
    openCase({ caseId: 'c-1', supplierId: 's-1', number: 1, ...(selfMonitoring && { selfMonitoring }) }, NOW).state,
    { findingId: 'f-1', source: 'feedback', reasons: ['serious_concern'] },
    NOW,
  )!.state;
  const involved = act(assessment, 'involveProcurement', { actor: team, noteTextId: 'n' });
  const awaiting = act(assessment, 'requestClarification', { actor: team, respondWithin: 'P14D', questionTextId: 'q' });
  const reminded = supplierSilent(awaiting, NOW)!.state;
  const escalated = supplierSilent(reminded, NOW)!.state;
  const received = act(awaiting, 'answerClarification', { actor: answering, answerTextId: 'a' });
  const corrective = act(received, 'requireCorrectiveAction', {
    actor: team,
    dueOn: '2026-12-31',
    followUpAfter: 'P1M',
    planTextId: 'p',
  });
  const followUp = followUpFalls(corrective, NOW)!.state;
  const closed = act(received, 'decideOutcome', {
    actor: deciding,
    outcome: 'sanction',
    serviceCode: null,
    reasonTextId: 'r',
  });
  return Object.entries({
    assessment,
    involved,
    awaiting,
    reminded,
    escalated,
    received,
    corrective,
    followUp,
    closed,
  });
}

/** The command an action is taken by; none for `attachFile`, which the API records itself. */
function commandFor(action: CaseAction, actor: Actor): [CaseCommandName, object] | null {
  const commands: Record<CaseAction, [CaseCommandName, object] | null> = {
    closeWithoutAction: ['closeWithoutAction', { reasonTextId: 'r' }],
    requestClarification: ['requestClarification', { respondWithin: 'P14D', questionTextId: 'q' }],
    answerClarification: ['answerClarification', { answerTextId: 'a' }],
    involveProcurement: ['involveProcurement', { noteTextId: 'n' }],
    addStatement: ['addStatement', { noteTextId: 'n' }],
    requireCorrectiveAction: [
      'requireCorrectiveAction',
      { dueOn: '2026-12-31', followUpAfter: 'P1M', planTextId: 'p' },
    ],
    resolveCase: ['decideOutcome', { outcome: 'resolved', serviceCode: null, reasonTextId: 'r' }],
    decideSanction: ['decideOutcome', { outcome: 'sanction', serviceCode: null, reasonTextId: 'r' }],
    attachFile: null,
  };
  const command = commands[action];
  return command && [command[0], { ...command[1], actor }];
}

function accepted(s: SupervisionState, name: CaseCommandName, command: object): boolean {
  try {
    applyCaseCommand(s, name, command as CaseCommands[typeof name], NOW);
    return true;
  } catch (err) {
    if (err instanceof CommandRefused) return err.kind === 'invalid_input';
    throw err;
  }
}

describe('allowed steps of a supervision case', () => {
  const cases = states().flatMap(([name, s]) =>
    Object.entries(PEOPLE).map(([who, actor]) => [name, who, s, actor] as const),
  );

  it.each(cases)('in %s, %s is offered exactly what the process accepts', (_state, _who, s, actor) => {
    const offered = allowedCaseActions(s, actor);
    for (const action of CASE_ACTIONS) {
      const command = commandFor(action, actor);
      if (!command) continue;
      const [name, body] = command;
      const taken = actionOfCaseCommand(name, body as CaseCommands[typeof name]);
      expect({ action, accepted: accepted(s, name, body) }).toEqual({ action, accepted: offered.includes(taken) });
    }
  });

  it.each(states())('in %s, a file is attached while the case is open, by a supplier only to its own', (name, s) => {
    const open = name !== 'closed';
    for (const [who, actor] of Object.entries(PEOPLE)) {
      // A supplier's user attaches only to its own cases, a unit's only its lead (and only the unit's).
      const foreign =
        (actor.role === 'supplier' && actor.supplierId !== s.input.supplierId) ||
        (actor.role === 'own_production' && !actor.unitLead);
      expect({ who, offered: allowedCaseActions(s, actor).includes('attachFile') }).toEqual({
        who,
        offered: open && !foreign,
      });
    }
  });

  it.each(states(true))(
    'in a self-monitoring case in %s, everyone is offered exactly what the process accepts',
    (_n, s) => {
      for (const actor of Object.values(PEOPLE)) {
        const offered = allowedCaseActions(s, actor);
        for (const action of CASE_ACTIONS) {
          const command = commandFor(action, actor);
          if (!command) continue;
          const [name, body] = command;
          const taken = actionOfCaseCommand(name, body as CaseCommands[typeof name]);
          expect({ who: actor.userId, action, accepted: accepted(s, name, body) }).toEqual({
            who: actor.userId,
            action,
            accepted: offered.includes(taken),
          });
        }
      }
    },
  );

  it("in a self-monitoring case, the unit's lead answers as the supplier and the line's lead decides in procurement's place", () => {
    const byState = Object.fromEntries(states(true)) as Record<'awaiting' | 'received', SupervisionState>;
    expect(allowedCaseActions(byState.awaiting, unitLead)).toEqual(['answerClarification', 'attachFile']);
    expect(allowedCaseActions(byState.awaiting, PEOPLE.unitWorker)).toEqual([]);
    expect(allowedCaseActions(byState.awaiting, PEOPLE.otherSupplier)).toEqual([]);
    for (const [, s] of states(true)) expect(allowedCaseActions(s, procurement)).toEqual([]);
    expect(allowedCaseActions(byState.received, lead)).toContain('decideSanction');
    expect(allowedCaseActions(byState.received, team)).not.toContain('decideSanction');
    // A unit has no contract to end: the lead's strongest outcome is a sanction.
    expect(
      accepted(byState.received, 'decideOutcome', {
        actor: lead,
        outcome: 'contract_terminated',
        serviceCode: 'home_help',
        reasonTextId: 'r',
      }),
    ).toBe(true);
    expect(() =>
      applyCaseCommand(
        byState.received,
        'decideOutcome',
        { actor: lead, outcome: 'contract_terminated', serviceCode: 'home_help', reasonTextId: 'r' },
        NOW,
      ),
    ).toThrow('an own-production unit has no contract to end');
  });

  it('offers every step in some state to someone', () => {
    const offered = new Set(
      states().flatMap(([, s]) => Object.values(PEOPLE).flatMap((a) => allowedCaseActions(s, a))),
    );
    expect(CASE_ACTIONS.filter((a) => !offered.has(a))).toEqual([]);
  });
});
