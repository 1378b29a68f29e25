import {
  type Actor,
  type ArrangementInput,
  type ArrangementState,
  type CommandName,
  type Commands,
  type EndReason,
  SYSTEM_ACTOR_ID,
} from '../../libs/contracts';
import { CommandRefused } from '../refusal';
import { ALL_RULES, applyCommand, closePeriod, continuationFallsDue, initialState } from './arrangement.state';

const NOW = new Date('2026-11-23T10:00:00Z');

const ownWorker: Actor = {
  userId: 'u-own',
  role: 'own_worker',
  teamId: 'fsw',
  profession: 'social_worker',
  supplierId: null,
};
const otherWorker: Actor = { ...ownWorker, userId: 'u-other' };
const handler: Actor = {
  userId: 'u-team-1',
  role: 'arranging',
  teamId: 'arr',
  profession: 'social_counsellor',
  supplierId: null,
};
const colleague: Actor = { ...handler, userId: 'u-team-2' };
const socialWorker: Actor = { ...handler, userId: 'u-team-sw', profession: 'social_worker' };
const outsider: Actor = { ...handler, userId: 'u-x', teamId: 'other-team' };
const supplier: Actor = { userId: 'u-sup', role: 'supplier', teamId: null, profession: null, supplierId: 's-1' };
const otherSupplier: Actor = { ...supplier, userId: 'u-sup2', supplierId: 's-2' };

function input(overrides: Partial<ArrangementInput> = {}): ArrangementInput {
  return {
    arrangementId: 'a-1',
    clientId: 'c-1',
    serviceCode: 'home_help',
    legalBasis: 'SHL',
    teamId: 'arr',
    ownWorkerId: 'u-own',
    rules: {
      catalogueVersion: 1,
      waysOfArranging: ['own_production', 'purchase'],
      accessTarget: 'P1W',
      firstPeriod: 'P3M',
    },
    proposal: { revisionId: 'r-1', hoursPerMonth: 20, needsAssessedOn: '2026-11-16', desiredStartOn: '2026-12-01' },
    ...overrides,
  };
}

function act<K extends CommandName>(s: ArrangementState, name: K, command: Commands[K], now = NOW): ArrangementState {
  return applyCommand(s, name, command, now).state;
}

function refusal<K extends CommandName>(s: ArrangementState, name: K, command: Commands[K], now = NOW): CommandRefused {
  try {
    applyCommand(s, name, command, now);
  } catch (err) {
    if (err instanceof CommandRefused) return err;
    throw err;
  }
  throw new Error(`${name} was not refused in ${s.status}`);
}

/** What a complete proposal records: how it fits with the client's other services (and no agreement asked). */
const recorded = { familyAgreedOn: null, fitWithOtherServices: true };
const draft = () => initialState(input(), NOW).state;
const submitted = () => act(draft(), 'submit', { actor: ownWorker, recorded });
const claimed = () => act(submitted(), 'claim', { actor: handler });
const ordered = () =>
  act(claimed(), 'chooseArrangement', { actor: handler, way: 'purchase', supplierId: 's-1', contractId: 'k-1' });
const arranged = () => act(ordered(), 'respondToOrder', { actor: supplier, accept: true, reasonTextId: null });
const granted = () => act(arranged(), 'decide', { actor: handler, outcome: 'granted', reasonTextId: null });

describe('arrangement state machine', () => {
  it('starts as a draft due by the access-time target from the needs assessment', () => {
    const { state, event } = initialState(input(), NOW);
    expect(state.status).toBe('draft');
    expect(state.dueOn).toBe('2026-11-23');
    expect(event).toMatchObject({ seq: 1, type: 'drafted', actorId: 'u-own' });
  });

  it('runs the whole path to an active service, numbering events', () => {
    const committed = act(granted(), 'commitPayment', { actor: handler, costCentreCode: '4100-FSW' });
    const t = applyCommand(committed, 'start', { actor: ownWorker, startedOn: '2026-12-01', goalsTextId: 'g-1' }, NOW);
    expect(t.state.status).toBe('active');
    expect(t.state.accessDays).toBe(15);
    expect(t.state.seq).toBe(8);
    expect(t.event).toMatchObject({ seq: 8, type: 'started', data: { accessDays: 15, textId: 'g-1' } });
    expect(committed.commitment).toEqual({
      kind: 'payment_commitment',
      costCentreCode: '4100-FSW',
      unitsPerMonth: 20,
      validFrom: '2026-12-01',
      validTo: '2027-02-28',
    });
  });

  it('commits payment to the end of the grant, never past the contract, and says when the contract ends first', () => {
    const t = applyCommand(
      granted(),
      'commitPayment',
      { actor: handler, costCentreCode: '4100-FSW', contractEndsOn: '2026-12-31' },
      NOW,
    );
    expect(t.state.commitment?.validTo).toBe('2026-12-31');
    expect(t.event.data).toMatchObject({ validTo: '2026-12-31', grantedUntil: '2027-02-28', contractEndsFirst: true });
    const longer = act(granted(), 'commitPayment', {
      actor: handler,
      costCentreCode: 'x',
      contractEndsOn: '2027-12-31',
    });
    expect(longer.commitment?.validTo).toBe('2027-02-28');
  });

  it('never mutates the state it is given', () => {
    const s = submitted();
    const copy = structuredClone(s);
    act(s, 'claim', { actor: handler });
    expect(s).toEqual(copy);
  });

  it('lets only the own worker edit and submit, and only while a draft or returned', () => {
    expect(refusal(draft(), 'submit', { actor: otherWorker, recorded }).kind).toBe('forbidden');
    expect(refusal(submitted(), 'submit', { actor: ownWorker, recorded }).kind).toBe('invalid_transition');
    const proposal = { revisionId: 'r-2', hoursPerMonth: 30, needsAssessedOn: '2026-11-20', desiredStartOn: null };
    expect(refusal(submitted(), 'saveDraft', { actor: ownWorker, proposal }).kind).toBe('invalid_transition');
    const saved = act(draft(), 'saveDraft', { actor: ownWorker, proposal });
    expect(saved.proposal.revisionId).toBe('r-2');
    expect(saved.dueOn).toBe('2026-11-27');
  });

  it('refuses a malformed date naming the field', () => {
    const proposal = { revisionId: 'r-2', hoursPerMonth: 30, needsAssessedOn: '2026-02-30', desiredStartOn: null };
    const err = refusal(draft(), 'saveDraft', { actor: ownWorker, proposal });
    expect(err.kind).toBe('invalid_input');
    expect(err.field).toBe('needsAssessedOn');
  });

  it('takes a consultation question and answer during preparation', () => {
    const asked = act(draft(), 'requestConsultation', { actor: ownWorker, questionTextId: 'q-1' });
    expect(asked.consultationOpen).toBe(true);
    expect(refusal(asked, 'requestConsultation', { actor: ownWorker, questionTextId: 'q-2' }).kind).toBe(
      'invalid_transition',
    );
    expect(refusal(asked, 'answerConsultation', { actor: outsider, answerTextId: 'x' }).kind).toBe('forbidden');
    expect(act(asked, 'answerConsultation', { actor: colleague, answerTextId: 'a-1' }).consultationOpen).toBe(false);
  });

  it('gives the proposal to one team member: a second claim is refused', () => {
    const s = claimed();
    expect(s.assigneeId).toBe('u-team-1');
    const err = refusal(s, 'claim', { actor: colleague });
    expect(err.kind).toBe('invalid_transition');
    expect(err.message).toContain('already claimed');
    expect(refusal(submitted(), 'claim', { actor: outsider }).kind).toBe('forbidden');
    expect(refusal(submitted(), 'claim', { actor: ownWorker }).kind).toBe('forbidden');
  });

  it('returns a proposal for completion and takes it back when resubmitted', () => {
    const returned = act(claimed(), 'returnForCompletion', { actor: handler, reasonTextId: 't-1' });
    expect(returned).toMatchObject({ status: 'returned', assigneeId: null });
    expect(refusal(claimed(), 'returnForCompletion', { actor: colleague, reasonTextId: 't' }).kind).toBe('forbidden');
    const resubmitted = act(returned, 'submit', { actor: ownWorker, recorded });
    expect(resubmitted.status).toBe('submitted');
  });

  it('sends a purchase to the supplier; a decline sends it back to choose again', () => {
    const s = ordered();
    expect(s).toMatchObject({ status: 'ordered', supplierId: 's-1', contractId: 'k-1' });
    expect(refusal(s, 'respondToOrder', { actor: otherSupplier, accept: true, reasonTextId: null }).kind).toBe(
      'forbidden',
    );
    const declined = act(s, 'respondToOrder', { actor: supplier, accept: false, reasonTextId: 'r' });
    expect(declined).toMatchObject({ status: 'in_handling', supplierId: null, declinedSupplierIds: ['s-1'] });
    const again = act(declined, 'chooseArrangement', {
      actor: handler,
      way: 'own_production',
      supplierId: 'u-1',
      contractId: null,
    });
    expect(again).toMatchObject({ status: 'ordered', supplierId: 'u-1' });
  });

  it('accepts only the ways of arranging the catalogue lists for the service', () => {
    const err = refusal(claimed(), 'chooseArrangement', {
      actor: handler,
      way: 'service_voucher',
      supplierId: null,
      contractId: null,
    });
    expect(err).toMatchObject({ kind: 'invalid_input', field: 'way' });
    const noSupplier = refusal(claimed(), 'chooseArrangement', {
      actor: handler,
      way: 'purchase',
      supplierId: null,
      contractId: null,
    });
    expect(noSupplier.field).toBe('supplierId');
  });

  describe('a service voucher', () => {
    const withVouchers = () =>
      act(
        act(
          initialState(
            input({ rules: { ...input().rules, waysOfArranging: ['own_production', 'service_voucher', 'purchase'] } }),
            NOW,
          ).state,
          'submit',
          { actor: ownWorker, recorded },
        ),
        'claim',
        { actor: handler },
      );
    const choose = (supplierId: string | null) =>
      ({ actor: handler, way: 'service_voucher', supplierId, contractId: null }) as const;

    it('tells the provider the family chose, who answers like a supplier; under no contract, committed as a voucher', () => {
      const s = act(withVouchers(), 'chooseArrangement', choose('s-1'));
      expect(s).toMatchObject({ status: 'ordered', way: 'service_voucher', supplierId: 's-1', contractId: null });
      expect(refusal(s, 'respondToOrder', { actor: otherSupplier, accept: true, reasonTextId: null }).kind).toBe(
        'forbidden',
      );
      const accepted = act(s, 'respondToOrder', { actor: supplier, accept: true, reasonTextId: null });
      const decided = act(accepted, 'decide', { actor: handler, outcome: 'granted', reasonTextId: null });
      const committed = act(decided, 'commitPayment', {
        actor: handler,
        costCentreCode: '4100-FSW',
        contractEndsOn: null,
      });
      expect(committed.commitment).toMatchObject({ kind: 'service_voucher', unitsPerMonth: 20, validTo: '2027-02-28' });
    });

    it('is refused without the provider the family chose', () => {
      expect(refusal(withVouchers(), 'chooseArrangement', choose(null))).toMatchObject({
        kind: 'invalid_input',
        field: 'supplierId',
        rule: 'supplier_required',
      });
    });

    it('chosen without a provider before the rule existed, replays as it ran: arranged at once', () => {
      const t = applyCommand(withVouchers(), 'chooseArrangement', choose(null), NOW, {
        ...ALL_RULES,
        voucherNamesProvider: false,
      });
      expect(t.state).toMatchObject({ status: 'arranged', way: 'service_voucher', supplierId: null });
    });
  });

  describe('own production from a unit of the county', () => {
    const unitLead: Actor = {
      userId: 'u-unit',
      role: 'own_production',
      teamId: null,
      profession: null,
      supplierId: 'u-1',
      unitLead: true,
    };
    const otherUnit: Actor = { ...unitLead, userId: 'u-unit2', supplierId: 'u-2' };
    const unitWorker: Actor = {
      userId: 'u-unit-worker',
      role: 'own_production',
      teamId: null,
      profession: null,
      supplierId: 'u-1',
    };
    const choose = (supplierId: string | null) =>
      ({ actor: handler, way: 'own_production', supplierId, contractId: null }) as const;

    it('orders from the unit, which accepts naming its worker; committed as an internal order', () => {
      const s = act(claimed(), 'chooseArrangement', choose('u-1'));
      expect(s).toMatchObject({ status: 'ordered', way: 'own_production', supplierId: 'u-1', contractId: null });
      expect(refusal(s, 'respondToOrder', { actor: otherUnit, accept: true, reasonTextId: null }).kind).toBe(
        'forbidden',
      );
      // The unit's worker records visits; the lead answers the unit's orders.
      expect(
        refusal(s, 'respondToOrder', { actor: unitWorker, accept: true, reasonTextId: null, workerId: 'w-1' }),
      ).toMatchObject({ kind: 'forbidden', message: "only the unit's lead answers an order to the unit" });
      expect(refusal(s, 'respondToOrder', { actor: unitLead, accept: true, reasonTextId: null })).toMatchObject({
        kind: 'invalid_input',
        field: 'workerId',
        rule: 'unit_worker',
      });
      const t = applyCommand(
        s,
        'respondToOrder',
        { actor: unitLead, accept: true, reasonTextId: null, workerId: 'w-1' },
        NOW,
      );
      expect(t.state).toMatchObject({ status: 'arranged', unitWorkerId: 'w-1', supplierId: 'u-1' });
      expect(t.event.data).toEqual({ supplierId: 'u-1', workerId: 'w-1' });
      const decided = act(t.state, 'decide', { actor: handler, outcome: 'granted', reasonTextId: null });
      const committed = act(decided, 'commitPayment', {
        actor: handler,
        costCentreCode: '4100-FSW',
        contractEndsOn: null,
      });
      expect(committed.commitment).toMatchObject({ kind: 'internal_order', unitsPerMonth: 20 });
    });

    it('declined for no capacity, goes back to the team to choose another way', () => {
      const s = act(claimed(), 'chooseArrangement', choose('u-1'));
      const t = applyCommand(
        s,
        'respondToOrder',
        { actor: unitLead, accept: false, reasonTextId: null, cause: 'no_capacity' },
        NOW,
      );
      expect(t.state).toMatchObject({
        status: 'in_handling',
        way: null,
        supplierId: null,
        declinedSupplierIds: ['u-1'],
      });
      expect(t.event).toMatchObject({ type: 'order_declined', data: { supplierId: 'u-1', cause: 'no_capacity' } });
      expect(
        act(t.state, 'chooseArrangement', { actor: handler, way: 'purchase', supplierId: 's-1', contractId: 'k-1' })
          .status,
      ).toBe('ordered');
    });

    it('names its unit; chosen before units answered orders, or without one before a unit was required, it replays arranged at once', () => {
      expect(refusal(claimed(), 'chooseArrangement', choose(null))).toMatchObject({
        kind: 'invalid_input',
        field: 'supplierId',
        rule: 'supplier_required',
      });
      const before = applyCommand(claimed(), 'chooseArrangement', choose('u-1'), NOW, {
        ...ALL_RULES,
        ownProductionOrdered: false,
        ownProductionNamesUnit: false,
      });
      expect(before.state).toMatchObject({ status: 'arranged', way: 'own_production', supplierId: null });
      const withoutUnit = applyCommand(claimed(), 'chooseArrangement', choose(null), NOW, {
        ...ALL_RULES,
        ownProductionNamesUnit: false,
      });
      expect(withoutUnit.state).toMatchObject({ status: 'arranged', way: 'own_production', supplierId: null });
    });
  });

  it('grants for the first period of the catalogue, from the desired start', () => {
    expect(granted().decision).toEqual({
      outcome: 'granted',
      decidedBy: 'u-team-1',
      decidedOn: '2026-11-23',
      periodStart: '2026-12-01',
      periodEnd: '2027-02-28',
      appealDeadline: null,
      notification: 'post',
    });
    expect(refusal(claimed(), 'decide', { actor: handler, outcome: 'granted', reasonTextId: null }).kind).toBe(
      'invalid_transition',
    );
  });

  it('records a denial as appealable, with the rectification deadline, and ends the process', () => {
    const denied = act(claimed(), 'decide', { actor: handler, outcome: 'denied', reasonTextId: 'why' });
    expect(denied.status).toBe('denied');
    expect(denied.decision).toMatchObject({ outcome: 'denied', appealDeadline: '2026-12-30' });
    expect(refusal(denied, 'reopen', { actor: handler }).message).toContain('nothing more can be done');
  });

  it('dates a decision by the Finnish day of the instant it is made, and counts its deadline from that day', () => {
    // Each "now" with the day the county counts and the last day for rectification, counted by hand.
    const cases: [string, string, 'post' | 'electronic' | 'in_person', string][] = [
      // Wed 2 Dec 2026 by post: notified 9 Dec, + 30 = Fri 8 Jan 2027.
      ['2026-12-02T09:00:00Z', '2026-12-02', 'post', '2027-01-08'],
      // Sat 19 Jun 2027 (summer time, UTC+3) electronically: notified 22 Jun, + 30 = Thu 22 Jul.
      ['2027-06-19T12:00:00Z', '2027-06-19', 'electronic', '2027-07-22'],
      // Wed 1 Mar 2028 in person: + 30 = Fri 31 Mar 2028.
      ['2028-03-01T08:00:00Z', '2028-03-01', 'in_person', '2028-03-31'],
      // 00:30 in Helsinki on Thu 3 Dec 2026 is 22:30 UTC on the 2nd: the county's day is the 3rd.
      // By post: notified 10 Dec, + 30 = Sat 9 Jan 2027, moved to Mon 11 Jan.
      ['2026-12-02T22:30:00Z', '2026-12-03', 'post', '2027-01-11'],
    ];
    for (const [instant, day, notification, deadline] of cases) {
      const now = new Date(instant);
      const denied = act(
        claimed(),
        'decide',
        { actor: handler, outcome: 'denied', reasonTextId: 'why', notification },
        now,
      );
      expect(denied.decision).toMatchObject({ decidedOn: day, appealDeadline: deadline, notification });
    }
  });

  it('lets only a qualified social worker decide in child welfare', () => {
    const cw = initialState(input({ legalBasis: 'LsL' }), NOW).state;
    const inHandling = act(act(cw, 'submit', { actor: ownWorker, recorded }), 'claim', { actor: handler });
    const err = refusal(inHandling, 'decide', { actor: handler, outcome: 'denied', reasonTextId: 'x' });
    expect(err.kind).toBe('forbidden');
    expect(err.message).toContain('social worker');
    const bySocialWorker = act(
      act(act(cw, 'submit', { actor: ownWorker, recorded }), 'claim', { actor: socialWorker }),
      'decide',
      {
        actor: socialWorker,
        outcome: 'denied',
        reasonTextId: 'x',
      },
    );
    expect(bySocialWorker.decision?.decidedBy).toBe('u-team-sw');
  });

  it('records an unmet need and reopens it when resources appear', () => {
    const unmet = act(ordered(), 'recordUnmetNeed', { actor: handler, reasonTextId: 'no-resources' });
    expect(unmet).toMatchObject({ status: 'unmet_need', supplierId: null });
    const reopened = act(unmet, 'reopen', { actor: colleague });
    expect(reopened).toMatchObject({ status: 'in_handling', assigneeId: 'u-team-2' });
  });

  it('commits payment by way of arranging, and starts no earlier than the needs assessment', () => {
    const ordered = act(claimed(), 'chooseArrangement', {
      actor: handler,
      way: 'own_production',
      supplierId: 'u-1',
      contractId: null,
    });
    const unitLead: Actor = {
      userId: 'u-unit',
      role: 'own_production',
      teamId: null,
      profession: null,
      supplierId: 'u-1',
      unitLead: true,
    };
    const own = act(
      act(ordered, 'respondToOrder', { actor: unitLead, accept: true, reasonTextId: null, workerId: 'w-1' }),
      'decide',
      { actor: handler, outcome: 'granted', reasonTextId: null },
    );
    expect(act(own, 'commitPayment', { actor: handler, costCentreCode: '4300-OWN' }).commitment?.kind).toBe(
      'internal_order',
    );
    expect(refusal(granted(), 'start', { actor: handler, startedOn: '2026-12-01', goalsTextId: 'g' }).kind).toBe(
      'invalid_transition',
    );
    const committed = act(granted(), 'commitPayment', { actor: handler, costCentreCode: 'c' });
    const early = refusal(committed, 'start', { actor: handler, startedOn: '2026-11-01', goalsTextId: 'g' });
    expect(early).toMatchObject({ kind: 'invalid_input', field: 'startedOn', rule: 'date_order' });
  });

  it('refuses a start before the decision, but replays one accepted before that rule existed', () => {
    // Assessed 16 November, decided 23 November: a start on the 20th would count three days too few.
    const committed = act(granted(), 'commitPayment', { actor: handler, costCentreCode: 'c' });
    const start = { actor: ownWorker, startedOn: '2026-11-20', goalsTextId: 'g' };
    expect(refusal(committed, 'start', start)).toMatchObject({
      kind: 'invalid_input',
      field: 'startedOn',
      rule: 'date_order',
      message: 'startedOn must not be before the decision (2026-11-23)',
    });
    const replayed = applyCommand(committed, 'start', start, NOW, { ...ALL_RULES, startAfterDecision: false }).state;
    expect(replayed).toMatchObject({ status: 'active', accessDays: 4 });
  });

  it('submits a proposal only with its fit with other services and, for a voluntary service, the family’s agreement', () => {
    expect(refusal(draft(), 'submit', { actor: ownWorker })).toMatchObject({
      kind: 'invalid_input',
      field: 'fitWithOtherServices',
      rule: 'fit_with_other_services_required',
    });
    const fitted = { familyAgreedOn: null, fitWithOtherServices: true };
    const voluntary = initialState(input({ rules: { ...input().rules, voluntary: true } }), NOW).state;
    expect(refusal(voluntary, 'submit', { actor: ownWorker, recorded: fitted })).toMatchObject({
      field: 'familyAgreedOn',
      rule: 'family_agreement_required',
    });
    const agreed = { ...fitted, familyAgreedOn: '2026-11-16' };
    expect(act(voluntary, 'submit', { actor: ownWorker, recorded: agreed }).status).toBe('submitted');
    // Submitted before the rule existed, without either, it replays as it ran.
    const old = { ...ALL_RULES, proposalRecordsAtSubmit: false };
    expect(applyCommand(voluntary, 'submit', { actor: ownWorker }, NOW, old).state.status).toBe('submitted');
  });

  it('answers a command out of order with the state before asking who may give it', () => {
    // On a draft nobody handles yet, the team's steps are out of order (409), not forbidden (403).
    const team = { actor: colleague };
    expect(
      refusal(draft(), 'chooseArrangement', { ...team, way: 'own_production', supplierId: 'u-1', contractId: null }),
    ).toMatchObject({ kind: 'invalid_transition', message: expect.stringContaining('draft') });
    expect(refusal(draft(), 'commitPayment', { ...team, costCentreCode: 'c' }).kind).toBe('invalid_transition');
    expect(refusal(draft(), 'release', team).kind).toBe('invalid_transition');
    expect(refusal(draft(), 'decide', { ...team, outcome: 'granted', reasonTextId: null }).kind).toBe(
      'invalid_transition',
    );
    // In the right state, the wrong person is still refused.
    expect(refusal(claimed(), 'release', team).kind).toBe('forbidden');
  });

  it('hands the client over: the new own worker may act, the old one may not, and it is the team lead’s step', () => {
    const returned = act(claimed(), 'returnForCompletion', { actor: handler, reasonTextId: 'r' });
    const next: Actor = { ...ownWorker, userId: 'u-next' };
    expect(refusal(returned, 'handOver', { actor: handler, ownWorkerId: 'u-next', reasonTextId: 'h' }).kind).toBe(
      'forbidden',
    );
    const lead: Actor = { ...handler, userId: 'u-lead', role: 'team_lead', teamId: null };
    const handed = applyCommand(returned, 'handOver', { actor: lead, ownWorkerId: 'u-next', reasonTextId: 'h' }, NOW);
    expect(handed.event).toMatchObject({ type: 'handed_over', data: { from: 'u-own', to: 'u-next' } });
    expect(handed.state.input.ownWorkerId).toBe('u-next');
    expect(refusal(handed.state, 'submit', { actor: ownWorker, recorded }).kind).toBe('forbidden');
    expect(act(handed.state, 'submit', { actor: next, recorded }).status).toBe('submitted');
    expect(refusal(handed.state, 'handOver', { actor: lead, ownWorkerId: 'u-next', reasonTextId: 'h' }).kind).toBe(
      'invalid_transition',
    );
  });

  it('lets the own worker withdraw until the team has claimed the proposal', () => {
    expect(act(submitted(), 'withdraw', { actor: ownWorker, reasonTextId: 'r' }).status).toBe('withdrawn');
    expect(refusal(claimed(), 'withdraw', { actor: ownWorker, reasonTextId: 'r' }).kind).toBe('invalid_transition');
  });
});

describe('the running service', () => {
  const rules = {
    catalogueVersion: 1,
    waysOfArranging: ['own_production' as const, 'purchase' as const],
    accessTarget: 'P1W',
    firstPeriod: 'P3M',
    continuation: { step: 'P3M', max: 'P6M', specialExtra: 'P3M' },
    evaluationInterval: 'P1M',
    continuationLeadTime: 'P1M',
  };
  const at = (iso: string) => new Date(iso);
  const STARTED = at('2026-12-01T09:00:00Z');
  const started = (over: Partial<ArrangementInput> = {}) => {
    let s = initialState(input({ rules, ...over }), NOW).state;
    s = act(s, 'submit', { actor: ownWorker, recorded });
    s = act(s, 'claim', { actor: socialWorker });
    s = act(s, 'chooseArrangement', { actor: socialWorker, way: 'purchase', supplierId: 's-1', contractId: 'k-1' });
    s = act(s, 'respondToOrder', { actor: supplier, accept: true, reasonTextId: null });
    s = act(s, 'decide', { actor: socialWorker, outcome: 'granted', reasonTextId: null });
    s = act(s, 'commitPayment', { actor: socialWorker, costCentreCode: 'c' });
    return applyCommand(s, 'start', { actor: ownWorker, startedOn: '2026-12-01', goalsTextId: 'g' }, STARTED).state;
  };
  const continuation = (outcome: 'continue' | 'end', special: string | null = null, reassessedOn = '2027-02-10') => ({
    actor: ownWorker,
    outcome,
    reassessedOn,
    specialConsiderationTextId: special,
    reasonTextId: outcome === 'end' ? 'why' : null,
  });
  const FEB = at('2027-02-10T10:00:00Z');
  const MAY = at('2027-05-10T10:00:00Z');
  const DEC = at('2026-12-21T10:00:00Z');
  const decide = (s: ArrangementState, c: ReturnType<typeof continuation>, now = FEB) =>
    applyCommand(s, 'decideContinuation', c, now).state;

  it('opens the first period from the grant, with the continuation and the first evaluation due', () => {
    expect(started().running).toEqual({
      period: {
        number: 1,
        startsOn: '2026-12-01',
        endsOn: '2027-02-28',
        beganAt: '2026-12-01T09:00:00.000Z',
        endsAt: '2027-02-28T22:00:00.000Z',
        continuationDueAt: '2027-01-31T22:00:00.000Z',
      },
      monthsGranted: 3,
      continuation: null,
      continuationDue: false,
      reassessmentOverdueSince: null,
      nextEvaluationDueAt: '2026-12-31T22:00:00.000Z',
      evaluations: 0,
    });
  });

  it('never lets the next evaluation fall after the end of the period it evaluates', () => {
    // Held ten days before the quarter ends, a month on would be past it: the next is due by the end.
    const meeting = { participants: ['child' as const], goalsProgress: 'on_track' as const, notesTextId: 'n' };
    const late = applyCommand(
      started(),
      'recordEvaluation',
      { actor: ownWorker, heldOn: '2027-02-18', ...meeting },
      at('2027-02-18T10:00:00Z'),
    ).state;
    expect(late.running?.nextEvaluationDueAt).toBe(late.running?.period.endsAt);
    // The next period's first evaluation counts from the reassessment the continuation rested on.
    const next = closePeriod(decide(late, continuation('continue')), at('2027-02-28T22:00:00Z'))!.state;
    expect(next.running?.nextEvaluationDueAt).toBe('2027-03-09T22:00:00.000Z');
    // A history recorded before the rule replays as it ran: the evaluation a month on, the period over.
    const replayed = applyCommand(
      started(),
      'recordEvaluation',
      { actor: ownWorker, heldOn: '2027-02-18', ...meeting },
      at('2027-02-18T10:00:00Z'),
      { ...ALL_RULES, evaluationsInPeriod: false },
    ).state;
    expect(replayed.running?.nextEvaluationDueAt).toBe('2027-03-17T22:00:00.000Z');
    const replayedNext = closePeriod(decide(replayed, continuation('continue')), at('2027-02-28T22:00:00Z'), false)!;
    expect(replayedNext.state.running?.nextEvaluationDueAt).toBe('2027-03-17T22:00:00.000Z');
  });

  it('records an evaluation and schedules the next at the interval from the meeting', () => {
    const meeting = { participants: ['child' as const, 'guardian' as const], goalsProgress: 'on_track' as const };
    const t = applyCommand(
      started(),
      'recordEvaluation',
      { actor: ownWorker, heldOn: '2026-12-20', notesTextId: 'n', ...meeting },
      at('2026-12-21T10:00:00Z'),
    );
    expect(t.state.running).toMatchObject({ evaluations: 1, nextEvaluationDueAt: '2027-01-19T22:00:00.000Z' });
    expect(t.event).toMatchObject({ type: 'evaluation_recorded', data: { participants: 'child,guardian' } });
    expect(
      refusal(
        started(),
        'recordEvaluation',
        { actor: supplier, heldOn: '2026-12-20', notesTextId: 'n', ...meeting },
        DEC,
      ).kind,
    ).toBe('forbidden');
    const on = (heldOn: string, actor: Actor, participants: typeof meeting.participants = meeting.participants) =>
      refusal(started(), 'recordEvaluation', { ...meeting, actor, heldOn, participants, notesTextId: 'n' }, DEC);
    expect(on('2027-01-01', ownWorker)).toMatchObject({
      kind: 'invalid_input',
      field: 'heldOn',
      rule: 'not_in_future',
    });
    expect(on('2026-11-30', ownWorker)).toMatchObject({ kind: 'invalid_input', field: 'heldOn', rule: 'date_order' });
    expect(on('2026-12-20', handler, []).field).toBe('participants');
  });

  it('refuses a reassessment in the future as not_in_future, one before the period as date_order', () => {
    const decidedOn = (reassessedOn: string) =>
      refusal(started(), 'decideContinuation', continuation('continue', null, reassessedOn), FEB);
    expect(decidedOn('2027-02-11')).toMatchObject({ field: 'reassessedOn', rule: 'not_in_future' });
    expect(decidedOn('2026-11-30')).toMatchObject({ field: 'reassessedOn', rule: 'date_order' });
  });

  it('marks the continuation decision due once, and not when it is already made', () => {
    const due = continuationFallsDue(started(), at('2027-02-01T00:00:00Z'));
    expect(due?.event).toMatchObject({ type: 'continuation_due', actorId: SYSTEM_ACTOR_ID });
    expect(continuationFallsDue(due!.state, at('2027-02-01T00:00:01Z'))).toBeNull();
    expect(continuationFallsDue(decide(started(), continuation('continue')), at('2027-02-01T00:00:00Z'))).toBeNull();
  });

  it('continues into the next period on the day after the last, extending within the maximum', () => {
    const decided = decide(started(), continuation('continue'));
    expect(decided.running?.continuation).toMatchObject({
      outcome: 'continue',
      special: false,
      next: { startsOn: '2027-03-01', endsOn: '2027-05-31' },
    });
    expect(refusal(decided, 'decideContinuation', continuation('end'), FEB).message).toContain('already decided');
    const next = closePeriod(decided, at('2027-02-28T22:00:00Z'))!;
    expect(next.event.type).toBe('period_started');
    expect(next.state.running).toMatchObject({
      period: { number: 2, startsOn: '2027-03-01', endsOn: '2027-05-31' },
      monthsGranted: 6,
      continuation: null,
    });
    // 9 months would pass the 6-month maximum: special consideration, and never past the 3 more.
    const unjustified = refusal(next.state, 'decideContinuation', continuation('continue', null, '2027-05-10'), MAY);
    expect(unjustified).toMatchObject({ field: 'specialConsideration', rule: 'special_consideration_required' });
    const special = decide(next.state, continuation('continue', 'sc-1', '2027-05-10'), MAY);
    expect(special.running?.continuation?.special).toBe(true);
    const third = closePeriod(special, at('2027-05-31T21:00:00Z'))!.state;
    const AUG = at('2027-08-10T10:00:00Z');
    expect(refusal(third, 'decideContinuation', continuation('continue', 'sc-2', '2027-08-10'), AUG)).toMatchObject({
      field: 'outcome',
      rule: 'period_max',
    });
  });

  it("continues aftercare's service past the maximum, but not past the aftercare's last day", () => {
    const aftercare = {
      ...rules,
      continuation: { ...rules.continuation, uncapped: true, aftercareEndsOn: '2027-08-31' },
    };
    let s = started({ rules: aftercare });
    const periods: [Date, string][] = [
      [FEB, '2027-02-28T22:00:00Z'],
      [MAY, '2027-05-31T21:00:00Z'],
    ];
    for (const [now, end] of periods) {
      s = decide(s, continuation('continue', null, now.toISOString().slice(0, 10)), now);
      expect(s.running?.continuation?.special).toBe(false);
      s = closePeriod(s, at(end))!.state;
    }
    // Nine months granted, past the six of the maximum with no special consideration; the next would start after
    // the aftercare's last day.
    expect(s.running?.monthsGranted).toBe(9);
    const AUG = at('2027-08-10T10:00:00Z');
    expect(refusal(s, 'decideContinuation', continuation('continue', null, '2027-08-10'), AUG)).toMatchObject({
      field: 'outcome',
      rule: 'aftercare_ended',
    });
  });

  it('ends at the period end when not continued, as an appealable decision', () => {
    const t = applyCommand(started(), 'decideContinuation', continuation('end'), FEB);
    expect(t.event.data.appealDeadline).toBe('2027-03-19');
    const ended = closePeriod(t.state, at('2027-02-28T22:00:00Z'))!;
    expect(ended.state).toMatchObject({
      status: 'ended',
      ending: { endsOn: '2027-02-28', reason: 'not_continued', planned: true },
    });
  });

  it('goes on for another period when a decision not to continue is changed on rectification', () => {
    const rectify = (actor: Actor) => ({ actor, requestId: 'rq-1' });
    const lead: Actor = { ...socialWorker, userId: 'u-lead', role: 'team_lead', teamId: null };
    expect(refusal(started(), 'continueOnRectification', rectify(lead), FEB).kind).toBe('invalid_transition');
    const notContinued = decide(started(), continuation('end'));
    expect(refusal(notContinued, 'continueOnRectification', rectify(ownWorker), FEB).kind).toBe('forbidden');
    const t = applyCommand(notContinued, 'continueOnRectification', rectify(lead), FEB);
    expect(t.event).toMatchObject({
      type: 'continued',
      data: { rectificationRequestId: 'rq-1', periodStart: '2027-03-01' },
    });
    const next = closePeriod(t.state, at('2027-02-28T22:00:00Z'))!;
    expect(next.state).toMatchObject({ status: 'active', running: { period: { number: 2, startsOn: '2027-03-01' } } });
  });

  it('stops with no decision at the end, and opens the next period from a late decision', () => {
    const overdue = closePeriod(started(), at('2027-02-28T22:00:00Z'))!;
    expect(overdue.state.status).toBe('reassessment_overdue');
    expect(overdue.event).toMatchObject({ type: 'reassessment_overdue', data: { teamId: 'arr' } });
    expect(closePeriod(overdue.state, at('2027-03-02T00:00:00Z'))).toBeNull();
    const late = applyCommand(
      overdue.state,
      'decideContinuation',
      { ...continuation('continue'), reassessedOn: '2027-03-05' },
      at('2027-03-05T10:00:00Z'),
    );
    expect(late.state.running?.continuation?.next).toEqual({ startsOn: '2027-03-05', endsOn: '2027-06-04' });
    const resumed = closePeriod(late.state, at('2027-03-05T10:00:01Z'))!;
    expect(resumed.state).toMatchObject({ status: 'active', running: { reassessmentOverdueSince: null } });
    expect(resumed.event.data).toMatchObject({ period: 2, periodStart: '2027-03-05', late: true });
  });

  it('lets only the own worker decide continuation, and in child welfare only a social worker', () => {
    expect(refusal(started(), 'decideContinuation', { ...continuation('continue'), actor: handler }, FEB).kind).toBe(
      'forbidden',
    );
    const counsellor = { ...ownWorker, profession: 'social_counsellor' as const };
    const cw = started({ legalBasis: 'LsL' });
    expect(refusal(cw, 'decideContinuation', { ...continuation('continue'), actor: counsellor }, FEB).kind).toBe(
      'forbidden',
    );
  });

  it('ends early with a reason, by the own worker, or by the supplier that can no longer provide it', () => {
    const end = (actor: Actor, reason: EndReason, endsOn = '2026-12-21') =>
      applyCommand(started(), 'terminate', { actor, reason, endsOn, reasonTextId: 'r' }, DEC).state;
    const refused = (actor: Actor, reason: EndReason, endsOn = '2026-12-21') =>
      refusal(started(), 'terminate', { actor, reason, endsOn, reasonTextId: 'r' }, DEC);
    const early = end(ownWorker, 'goals_met');
    expect(early).toMatchObject({ status: 'ended', ending: { endsOn: '2026-12-21', planned: false } });
    const evaluation = { actor: ownWorker, heldOn: '2026-12-21', goalsProgress: 'achieved' as const, notesTextId: 'n' };
    expect(refusal(early, 'recordEvaluation', { ...evaluation, participants: ['child'] }, DEC).kind).toBe(
      'invalid_transition',
    );
    expect(end(supplier, 'supplier_cannot_provide').ending?.endedBy).toBe('u-sup');
    expect(refused(supplier, 'moved').field).toBe('reason');
    expect(refused(otherSupplier, 'supplier_cannot_provide').kind).toBe('forbidden');
    expect(refused(ownWorker, 'not_continued').field).toBe('reason');
    expect(refused(ownWorker, 'moved', '2027-03-01').field).toBe('endsOn');
    expect(refused(ownWorker, 'moved', '2026-11-30').field).toBe('endsOn');
  });

  it('changes intensity or supplier through a decision and a new commitment', () => {
    const ask = (over: Partial<Commands['requestChange']> = {}) => ({
      actor: ownWorker,
      hoursPerMonth: 30,
      supplierId: null,
      contractId: null,
      effectiveOn: '2026-12-22',
      reasonTextId: 'r',
      ...over,
    });
    const requested = act(started(), 'requestChange', ask(), DEC);
    expect(requested.running?.change).toMatchObject({ hoursPerMonth: 30, granted: false });
    expect(refusal(requested, 'requestChange', ask(), DEC).kind).toBe('invalid_transition');
    expect(refusal(started(), 'requestChange', ask({ hoursPerMonth: 20 }), DEC).field).toBe('(body)');
    expect(refusal(started(), 'requestChange', ask({ effectiveOn: '2026-12-20' }), DEC).field).toBe('effectiveOn');
    expect(refusal(started(), 'requestChange', ask({ actor: handler }), DEC).kind).toBe('forbidden');
    expect(refusal(requested, 'commitChange', { actor: socialWorker, costCentreCode: 'c' }, DEC).kind).toBe(
      'invalid_transition',
    );
    expect(
      refusal(requested, 'decideChange', { actor: outsider, outcome: 'granted', reasonTextId: null }, DEC).kind,
    ).toBe('forbidden');
    const denied = applyCommand(
      requested,
      'decideChange',
      { actor: socialWorker, outcome: 'denied', reasonTextId: 'n' },
      DEC,
    );
    expect(denied.state.running?.change).toBeNull();
    expect(denied.event.data.appealDeadline).toBe('2027-01-27');

    const granted = act(
      requested,
      'decideChange',
      { actor: socialWorker, outcome: 'granted', reasonTextId: null },
      DEC,
    );
    const committed = applyCommand(granted, 'commitChange', { actor: socialWorker, costCentreCode: 'c2' }, DEC);
    expect(committed.state).toMatchObject({
      proposal: { hoursPerMonth: 30 },
      supplierId: 's-1',
      commitment: { costCentreCode: 'c2', unitsPerMonth: 30, validFrom: '2026-12-22', validTo: '2027-02-28' },
      running: { change: null },
    });
    const swap = act(
      started(),
      'requestChange',
      ask({ hoursPerMonth: null, supplierId: 's-2', contractId: 'k-2' }),
      DEC,
    );
    const swapped = act(
      act(swap, 'decideChange', { actor: socialWorker, outcome: 'granted', reasonTextId: null }, DEC),
      'commitChange',
      { actor: socialWorker, costCentreCode: 'c' },
      DEC,
    );
    expect(swapped).toMatchObject({ supplierId: 's-2', contractId: 'k-2', proposal: { hoursPerMonth: 20 } });
  });
});
