import { describe, expect, it } from '@jest/globals';
import type { Figures, Purchases } from './queries';
import { accessRows, monthsBetween, purchaseRows } from './series';

describe("the monthly charts' axis and rows", () => {
  it('runs over every month of the period, across a year', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('has no median for a month without starts, and the share within the target in per cent', () => {
    const f = {
      accessTimeByMonth: [{ month: '2026-02', serviceCode: 's', started: 3, medianDays: 4, withinTargetShare: 0.667 }],
    } as Figures;
    expect(accessRows(f, ['2026-01', '2026-02'], (m) => m).map((r) => r.values)).toEqual([
      { started: 0, medianDays: null, withinTarget: null },
      { started: 3, medianDays: 4, withinTarget: 66.7 },
    ]);
  });

  it("follows the service's purchases in euros month by month and summed, other services left out", () => {
    const p = {
      months: [
        { month: '2026-01', serviceCode: 's', chargedHours: 2, spentCents: 10_000 },
        { month: '2026-01', serviceCode: 'other', chargedHours: 9, spentCents: 90_000 },
        { month: '2026-03', serviceCode: 's', chargedHours: 3, spentCents: 15_050 },
      ],
    } as Purchases;
    expect(purchaseRows(p, 's', ['2026-01', '2026-02', '2026-03'], (m) => m).map((r) => r.values)).toEqual([
      { spent: 100, cumulative: 100 },
      { spent: 0, cumulative: 100 },
      { spent: 150.5, cumulative: 250.5 },
    ]);
  });
});
