import type { Actor, CaseCommandName, CaseCommands, SupervisionState } from '../../libs/contracts';
import { addFinding, applyCaseCommand, followUpFalls, nextTimer, openCase, supplierSilent } from './supervision.state';
import { CommandRefused } from '../refusal';

const NOW = new Date('2026-11-23T10:00:00Z');
const team: Actor = {
  userId: 'u-team',
  role: 'arranging',
  teamId: 'arr',
  profession: 'social_counsellor',
  supplierId: null,
};
const procurement: Actor = {
  userId: 'u-proc',
  role: 'procurement',
  teamId: 'procurement',
  profession: null,
  supplierId: null,
};
const supplier: Actor = { userId: 'u-sup', role: 'supplier', teamId: null, profession: null, supplierId: 's-1' };
const otherSupplier: Actor = { ...supplier, supplierId: 's-2' };
const ownWorker: Actor = {
  userId: 'u-own',
  role: 'own_worker',
  teamId: 'fsw',
  profession: 'social_worker',
  supplierId: null,
};

const opened = () =>
  addFinding(openCase({ caseId: 'c-1', supplierId: 's-1', number: 1 }, NOW).state, finding('f-1'), NOW)!.state;
const finding = (findingId: string) => ({ findingId, source: 'feedback' as const, reasons: ['item_low:heard'] });
const act = <K extends CaseCommandName>(s: SupervisionState, name: K, c: CaseCommands[K], now = NOW) =>
  applyCaseCommand(s, name, c, now).state;
function refusal<K extends CaseCommandName>(s: SupervisionState, name: K, c: CaseCommands[K]): CommandRefused {
  try {
    applyCaseCommand(s, name, c, NOW);
  } catch (err) {
    if (err instanceof CommandRefused) return err;
    throw err;
  }
  throw new Error(`${name} was not refused`);
}
const asked = (within = 'P14D') =>
  act(opened(), 'requestClarification', { actor: team, respondWithin: within, questionTextId: 'q' });

describe('a reactive supervision case', () => {
  it('opens in assessment and collects each finding once', () => {
    const s = opened();
    expect(s).toMatchObject({ status: 'assessment', findingIds: ['f-1'], seq: 2 });
    expect(addFinding(s, finding('f-1'), NOW)).toBeNull();
    expect(addFinding(s, finding('f-2'), NOW)?.state.findingIds).toEqual(['f-1', 'f-2']);
  });

  it('closes with no action after assessment, and then takes nothing more', () => {
    const closed = act(opened(), 'closeWithoutAction', { actor: team, reasonTextId: 'r' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'no_action' });
    expect(addFinding(closed, finding('f-2'), NOW)).toBeNull();
    expect(refusal(closed, 'involveProcurement', { actor: team, noteTextId: 'n' }).message).toContain('closed');
    expect(refusal(opened(), 'closeWithoutAction', { actor: ownWorker, reasonTextId: 'r' }).kind).toBe('forbidden');
  });

  it('gives the supplier until the end of the deadline day, reminds it, then escalates on silence', () => {
    const s = asked();
    expect(s.clarification).toMatchObject({
      deadlineAt: '2026-12-07T22:00:00.000Z',
      graceAt: '2026-12-21T22:00:00.000Z',
    });
    expect(nextTimer(s)?.at).toBe('2026-12-07T22:00:00.000Z');
    const reminded = supplierSilent(s, new Date('2026-12-07T22:00:00Z'))!;
    expect(reminded.event.type).toBe('clarification_reminded');
    expect(nextTimer(reminded.state)?.at).toBe('2026-12-21T22:00:00.000Z');
    const escalated = supplierSilent(reminded.state, new Date('2026-12-21T22:00:00Z'))!;
    expect(escalated.state).toMatchObject({ status: 'escalated', procurementInvolved: true });
    expect(nextTimer(escalated.state)).toBeNull();
  });

  it('moves a deadline that ends on a holiday to the end of the next working day', () => {
    // 23 Nov + 13 days is Sunday 6 December, Independence Day: the supplier has until Monday the 7th.
    expect(asked('P13D').clarification?.deadlineAt).toBe('2026-12-07T22:00:00.000Z');
  });

  it('takes the answer only from the supplier under supervision, even after escalation', () => {
    expect(refusal(asked(), 'answerClarification', { actor: otherSupplier, answerTextId: 'a' }).kind).toBe('forbidden');
    expect(act(asked(), 'answerClarification', { actor: supplier, answerTextId: 'a' }).status).toBe(
      'clarification_received',
    );
    const escalated = supplierSilent(supplierSilent(asked('PT2S'), NOW)!.state, NOW)!.state;
    expect(act(escalated, 'answerClarification', { actor: supplier, answerTextId: 'a' }).status).toBe(
      'clarification_received',
    );
    expect(refusal(opened(), 'answerClarification', { actor: supplier, answerTextId: 'a' }).kind).toBe(
      'invalid_transition',
    );
  });

  it('follows a corrective action plan up, and closes resolved', () => {
    const answered = act(asked(), 'answerClarification', { actor: supplier, answerTextId: 'a' });
    const plan = act(answered, 'requireCorrectiveAction', {
      actor: team,
      dueOn: '2027-01-31',
      followUpAfter: 'P1M',
      planTextId: 'p',
    });
    expect(plan.correctiveAction).toEqual({
      // Sunday 31 January: the plan is due on Monday 1 February.
      dueOn: '2027-02-01',
      followUpAt: '2026-12-23T22:00:00.000Z',
      followUpDue: false,
    });
    const due = followUpFalls(plan, new Date('2026-12-23T22:00:00Z'))!;
    expect(due.event.type).toBe('follow_up_due');
    expect(followUpFalls(due.state, NOW)).toBeNull();
    const resolved = act(due.state, 'decideOutcome', {
      actor: team,
      outcome: 'resolved',
      serviceCode: null,
      reasonTextId: 'r',
    });
    expect(resolved).toMatchObject({ status: 'closed', outcome: 'resolved', terminatedServiceCode: null });
    expect(
      refusal(plan, 'requireCorrectiveAction', {
        actor: team,
        dueOn: '2027-02-30',
        followUpAfter: 'P1M',
        planTextId: 'p',
      }).kind,
    ).toBe('invalid_transition');
    expect(
      refusal(answered, 'requireCorrectiveAction', {
        actor: team,
        dueOn: '2027-02-30',
        followUpAfter: 'P1M',
        planTextId: 'p',
      }).field,
    ).toBe('dueOn');
  });

  it('leaves a sanction and the end of a contract to procurement, naming the service', () => {
    const answered = act(asked(), 'answerClarification', { actor: supplier, answerTextId: 'a' });
    const end = { outcome: 'contract_terminated' as const, serviceCode: 'home_help', reasonTextId: 'r' };
    expect(refusal(answered, 'decideOutcome', { actor: team, ...end }).kind).toBe('forbidden');
    expect(refusal(answered, 'decideOutcome', { actor: procurement, ...end, serviceCode: null }).field).toBe(
      'serviceCode',
    );
    expect(act(answered, 'decideOutcome', { actor: procurement, ...end })).toMatchObject({
      status: 'closed',
      outcome: 'contract_terminated',
      terminatedServiceCode: 'home_help',
      procurementInvolved: true,
    });
    expect(refusal(opened(), 'decideOutcome', { actor: procurement, ...end }).kind).toBe('invalid_transition');
    expect(
      refusal(opened(), 'requestClarification', { actor: team, respondWithin: 'two weeks', questionTextId: 'q' }).field,
    ).toBe('respondWithin');
  });

  it('brings procurement in once', () => {
    const joined = act(opened(), 'involveProcurement', { actor: team, noteTextId: 'n' });
    expect(joined.procurementInvolved).toBe(true);
    expect(refusal(joined, 'involveProcurement', { actor: procurement, noteTextId: 'n' }).kind).toBe(
      'invalid_transition',
    );
  });

  it('takes statements for the assessment from anyone but the supplier', () => {
    const stated = applyCaseCommand(opened(), 'addStatement', { actor: ownWorker, noteTextId: 'n' }, NOW);
    expect(stated.event).toMatchObject({ type: 'statement_added', data: { role: 'own_worker' } });
    expect(refusal(opened(), 'addStatement', { actor: supplier, noteTextId: 'n' }).kind).toBe('forbidden');
  });
});
