import { allowedFamilyDecisionActions, decisionRefusal, familyDecisionRefusal, inTime } from './actions/appeal-actions';
import { appealDeadline, deadlineOf, decisionReference, isAppealable } from './decisions';

const team = { userId: 'u', role: 'arranging', teamId: 'arr-fsw', profession: null, supplierId: null } as const;

describe('which decisions are appealable, and their last day', () => {
  it.each([
    ['denied', true],
    ['unmet_need', true],
    ['ended', true],
    ['granted', false],
  ])('%s: appealable %s', (outcome, appealable) => {
    expect(isAppealable(outcome)).toBe(appealable);
  });

  it('counts an unmet need or an early end from the day it was made; a grant has no last day', () => {
    const made = { decidedOn: '2026-12-01', notification: 'post' as const, appealDeadline: null };
    expect(deadlineOf({ ...made, outcome: 'unmet_need' })).toBe(appealDeadline('2026-12-01', 'post'));
    expect(deadlineOf({ ...made, outcome: 'ended' })).toBe(appealDeadline('2026-12-01', 'post'));
    expect(deadlineOf({ ...made, outcome: 'denied', appealDeadline: '2027-01-11' })).toBe('2027-01-11');
    // Even a grant stored with a deadline by mistake is not appealable.
    expect(deadlineOf({ ...made, outcome: 'granted', appealDeadline: '2027-01-11' })).toBeNull();
  });

  it('refuses a request against a grant naming the rule, and allows one against an early end', () => {
    const grant = { outcome: 'granted', appealDeadline: null, requests: 0 };
    expect(decisionRefusal('requestRectification', grant, team)).toMatchObject({
      kind: 'invalid_transition',
      rule: 'appealable',
    });
    const ending = { outcome: 'ended', appealDeadline: '2027-01-11', requests: 0 };
    expect(decisionRefusal('requestRectification', ending, team)).toBeNull();
  });

  it('lets the family request rectification online by the same rule but for who records it', () => {
    const ending = { outcome: 'ended', appealDeadline: '2027-01-11', requests: 0 };
    expect(familyDecisionRefusal('requestRectification', ending)).toBeNull();
    expect(allowedFamilyDecisionActions(ending)).toEqual(['requestRectification']);
    // A worker outside the arranging team may not record one; the family is not a worker and may send its own.
    const ownWorker = { ...team, role: 'own_worker' } as const;
    expect(decisionRefusal('requestRectification', ending, ownWorker)).toMatchObject({ kind: 'forbidden' });
    expect(allowedFamilyDecisionActions({ ...ending, requests: 1 })).toEqual([]);
    expect(
      familyDecisionRefusal('requestRectification', { ...ending, outcome: 'granted', appealDeadline: null }),
    ).toMatchObject({ rule: 'appealable' });
  });

  it('counts a request received on the last day in time, and the day after late', () => {
    expect(inTime('2027-01-11', '2027-01-11')).toBe(true);
    expect(inTime('2027-01-12', '2027-01-11')).toBe(false);
  });

  it("names a decision by its arrangement's first characters and its number", () => {
    expect(decisionReference('0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60', 6)).toBe('LUVN-0B6F8A52-6');
  });
});
