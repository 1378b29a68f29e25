import type { Actor, ArrangementInput, ArrangementState, CommandName, Commands } from '../../libs/contracts';
import { checklist } from '../../libs/domain/service-steps';
import { CommandRefused } from '../refusal';
import { ALL_RULES, applyCommand, closePeriod, evaluationOverdue, initialState } from './arrangement.state';

/** Evaluations at the gap agreed with the family, their overdue alerts, and the card's required steps. */

const NOW = new Date('2026-11-23T10:00:00Z');
const STARTED = new Date('2026-12-01T09:00:00Z');
const ownWorker: Actor = {
  userId: 'u-own',
  role: 'own_worker',
  teamId: 'fsw',
  profession: 'social_worker',
  supplierId: null,
};
const socialWorker: Actor = {
  userId: 'u-sw',
  role: 'arranging',
  teamId: 'arr',
  profession: 'social_worker',
  supplierId: null,
};
const supplier: Actor = { userId: 'u-sup', role: 'supplier', teamId: null, profession: null, supplierId: 's-1' };

const rules = {
  catalogueVersion: 1,
  waysOfArranging: ['own_production' as const, 'purchase' as const],
  accessTarget: 'P1M',
  firstPeriod: 'P3M',
  continuation: { step: 'P3M', max: 'P12M', specialExtra: null },
  evaluationInterval: 'P3M',
  evaluationIntervalShortest: 'P1M',
  evaluationAlerts: { ownWorker: 'P7D', teamLead: 'P14D' },
  requiredSteps: ['decision', 'introductory_visit', 'starting_negotiation', 'monthly_interim_negotiation'],
  continuationLeadTime: 'P1M',
};

function input(): ArrangementInput {
  return {
    arrangementId: 'a-1',
    serviceCode: 'family_rehabilitation_24h',
    legalBasis: 'LsL',
    teamId: 'arr',
    ownWorkerId: 'u-own',
    rules,
    proposal: { revisionId: 'r-1', hoursPerMonth: null, needsAssessedOn: '2026-11-16', desiredStartOn: '2026-12-01' },
  };
}

const act = <K extends CommandName>(s: ArrangementState, name: K, command: Commands[K], now = NOW) =>
  applyCommand(s, name, command, now).state;

function refusal<K extends CommandName>(s: ArrangementState, name: K, command: Commands[K], now = NOW) {
  try {
    applyCommand(s, name, command, now);
  } catch (err) {
    if (err instanceof CommandRefused) return err;
    throw err;
  }
  throw new Error(`${name} was accepted`);
}

function committed(): ArrangementState {
  let s = initialState(input(), NOW).state;
  s = act(s, 'submit', { actor: ownWorker, recorded: { familyAgreedOn: null, fitWithOtherServices: true } });
  s = act(s, 'claim', { actor: socialWorker });
  s = act(s, 'chooseArrangement', { actor: socialWorker, way: 'purchase', supplierId: 's-1', contractId: 'k-1' });
  s = act(s, 'respondToOrder', { actor: supplier, accept: true, reasonTextId: null });
  s = act(s, 'decide', { actor: socialWorker, outcome: 'granted', reasonTextId: null });
  return act(s, 'commitPayment', { actor: socialWorker, costCentreCode: 'c' });
}

const visit = { actor: ownWorker, step: 'introductory_visit', doneOn: '2026-11-23', textId: null };
const start = (interval?: string) => ({
  actor: ownWorker,
  startedOn: '2026-12-01',
  goalsTextId: 'g',
  ...(interval ? { evaluationInterval: interval } : {}),
});
const meeting = (heldOn: string, more: Partial<Commands['recordEvaluation']> = {}) => ({
  actor: ownWorker,
  heldOn,
  participants: ['child' as const, 'own_worker' as const],
  goalsProgress: 'partly' as const,
  notesTextId: 'n',
  ...more,
});

describe("the card's required steps", () => {
  it('refuses the start before the steps the card says come first, and accepts it once they are recorded', () => {
    const refused = refusal(committed(), 'start', start(), STARTED);
    expect(refused).toMatchObject({ kind: 'invalid_input', field: 'startedOn', rule: 'required_step' });
    expect(refused.message).toContain('introductory_visit');

    const visited = act(committed(), 'recordStep', visit);
    expect(visited.steps).toEqual([
      { code: 'introductory_visit', doneOn: '2026-11-23', doneBy: 'u-own', seq: visited.seq },
    ]);
    expect(applyCommand(visited, 'start', start(), STARTED).state.status).toBe('active');
  });

  it('lets a start accepted before the rule replay without it', () => {
    const replayed = applyCommand(committed(), 'start', start(), STARTED, { ...ALL_RULES, stepsBeforeStart: false });
    expect(replayed.state.status).toBe('active');
  });

  it("records only the card's steps done by hand, never in the future", () => {
    expect(refusal(committed(), 'recordStep', { ...visit, step: 'decision' })).toMatchObject({ field: 'step' });
    expect(refusal(committed(), 'recordStep', { ...visit, step: 'goals_and_meetings_agreed' })).toMatchObject({
      rule: 'required_step',
    });
    expect(refusal(committed(), 'recordStep', { ...visit, doneOn: '2026-11-24' })).toMatchObject({
      field: 'doneOn',
      rule: 'not_in_future',
    });
  });

  it('shows the checklist with who did each step and when, the monthly negotiation due and overdue', () => {
    const visited = act(committed(), 'recordStep', visit);
    const running = applyCommand(visited, 'start', start(), STARTED).state;
    const list = checklist(running, '2026-12-15');
    expect(list.map((i) => [i.code, i.state])).toEqual([
      ['decision', 'done'],
      ['introductory_visit', 'done'],
      ['starting_negotiation', 'done'],
      ['monthly_interim_negotiation', 'open'],
    ]);
    expect(list[1]).toMatchObject({ doneOn: '2026-11-23', doneBy: 'u-own', timing: 'before_start' });
    // A month from the start: due on its last day (31 December), overdue after it.
    expect(checklist(running, '2026-12-31')[3]).toMatchObject({ state: 'due', dueAt: '2026-12-31T22:00:00.000Z' });
    expect(checklist(running, '2027-01-01')[3]?.state).toBe('overdue');
    const negotiated = act(
      running,
      'recordStep',
      { ...visit, step: 'monthly_interim_negotiation', doneOn: '2026-12-30' },
      new Date('2026-12-30T10:00:00Z'),
    );
    expect(checklist(negotiated, '2027-01-01')[3]).toMatchObject({ state: 'open', times: 1, doneOn: '2026-12-30' });
  });
});

describe('evaluations at the interval agreed with the family', () => {
  const running = (interval?: string) =>
    applyCommand(act(committed(), 'recordStep', visit), 'start', start(interval), STARTED).state;

  it("agrees the interval at the start within the card's bounds (seed 002: every 1–3 months)", () => {
    const monthly = running('P1M');
    expect(monthly.running).toMatchObject({
      evaluationInterval: 'P1M',
      nextEvaluationDueAt: '2026-12-31T22:00:00.000Z',
    });
    // Never agreed: the card's longest.
    expect(running().running?.nextEvaluationDueAt).toBe('2027-02-28T22:00:00.000Z');
    const visited = act(committed(), 'recordStep', visit);
    for (const interval of ['P2W', 'P4M']) {
      expect(refusal(visited, 'start', start(interval), STARTED)).toMatchObject({
        field: 'evaluationInterval',
        rule: 'evaluation_interval',
      });
    }
  });

  it('changes the interval at an evaluation and records the new goals', () => {
    const held = applyCommand(
      running('P1M'),
      'recordEvaluation',
      meeting('2026-12-29', { evaluationInterval: 'P2M', newGoalsTextId: 'goals-2' }),
      new Date('2026-12-29T10:00:00Z'),
    );
    expect(held.state.running).toMatchObject({ evaluationInterval: 'P2M', evaluations: 1 });
    expect(held.state.running?.nextEvaluationDueAt).toBe('2027-02-27T22:00:00.000Z');
    expect(held.event.data).toMatchObject({ newGoalsTextId: 'goals-2', evaluationInterval: 'P2M' });
    // Not changed: the gap stays as agreed.
    const next = applyCommand(held.state, 'recordEvaluation', meeting('2027-01-20'), new Date('2027-01-20T10:00:00Z'));
    expect(next.state.running).toMatchObject({ evaluationInterval: 'P2M' });
    expect(
      refusal(
        held.state,
        'recordEvaluation',
        meeting('2027-01-20', { evaluationInterval: 'P5M' }),
        new Date('2027-01-20T10:00:00Z'),
      ),
    ).toMatchObject({ field: 'evaluationInterval' });
  });

  it('alerts the own worker a week after a missed evaluation, the team lead after two, until it is held', () => {
    const s = running('P1M');
    // Due when 1 January begins; a week later the own worker is alerted, not before.
    expect(evaluationOverdue(s, new Date('2027-01-07T21:59:00Z'))).toBeNull();
    const first = evaluationOverdue(s, new Date('2027-01-07T22:00:00Z'))!;
    expect(first.event).toMatchObject({ type: 'evaluation_overdue', data: { alerted: 'own_worker' } });
    expect(evaluationOverdue(first.state, new Date('2027-01-14T21:59:00Z'))).toBeNull();
    const second = evaluationOverdue(first.state, new Date('2027-01-14T22:00:00Z'))!;
    expect(second.event.data).toMatchObject({ alerted: 'team_lead', teamId: 'arr' });
    expect(evaluationOverdue(second.state, new Date('2027-02-14T22:00:00Z'))).toBeNull();
    // Held: the alerts are done, and the next evaluation is counted from the meeting.
    const held = act(second.state, 'recordEvaluation', meeting('2027-01-15'), new Date('2027-01-15T10:00:00Z'));
    expect(held.running).toMatchObject({ evaluationAlerted: null, nextEvaluationDueAt: '2027-02-14T22:00:00.000Z' });
  });

  it('starts each period afresh: its first evaluation at the agreed gap, alerting no one yet, and none while stopped', () => {
    const monthly = running('P1M');
    const ownWorkerTold = evaluationOverdue(monthly, new Date('2027-01-08T00:00:00Z'))!.state;
    const leadTold = evaluationOverdue(ownWorkerTold, new Date('2027-01-15T00:00:00Z'))!.state;
    expect(leadTold.running?.evaluationAlerted).toBe('team_lead');
    const decidedOn = new Date('2027-01-20T10:00:00Z');
    const continued = act(
      leadTold,
      'decideContinuation',
      {
        actor: ownWorker,
        outcome: 'continue',
        reassessedOn: '2027-01-20',
        specialConsiderationTextId: null,
        reasonTextId: null,
      },
      decidedOn,
    );
    const next = closePeriod(continued, new Date(continued.running!.period.endsAt))!;
    expect(next.event.type).toBe('period_started');
    // A month after the reassessment the continuation rested on (20 January), not the card's three (20 April):
    // that month has passed by the time the new period opens, so its first evaluation is due as it opens.
    expect(next.state.running).toMatchObject({
      evaluationAlerted: null,
      nextEvaluationDueAt: continued.running!.period.endsAt,
    });

    // Stopped for want of a decision, the service holds no meetings: nobody is alerted of one.
    const stopped = closePeriod(monthly, new Date(monthly.running!.period.endsAt))!.state;
    expect(stopped.status).toBe('reassessment_overdue');
    expect(evaluationOverdue(stopped, new Date('2027-06-01T00:00:00Z'))).toBeNull();
  });
});
