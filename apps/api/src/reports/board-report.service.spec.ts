import { caseloadsByProfession, purchaseRows, supervisionOf } from './board-report.service';

describe("the board report's sums of the team lead's figures", () => {
  it('reads the year so far, to the quarter’s end, against the yearly target', () => {
    const purchases = {
      year: 2026,
      municipalityCode: null,
      reductionTarget: 0.2,
      reductionTargetSource: 'x',
      services: [
        {
          serviceCode: 'a',
          chargedHours: 0,
          spentCents: 0,
          baselineCents: 1000,
          baselineSource: 's',
          baselineIsExample: false,
          targetCents: 800,
          shareOfTarget: 0,
        },
        {
          serviceCode: 'b',
          chargedHours: 0,
          spentCents: 0,
          baselineCents: null,
          baselineSource: null,
          baselineIsExample: null,
          targetCents: null,
          shareOfTarget: null,
        },
      ],
      months: [
        { month: '2026-02', serviceCode: 'a', chargedHours: 1, spentCents: 100 },
        { month: '2026-06', serviceCode: 'a', chargedHours: 1, spentCents: 300 },
        { month: '2026-07', serviceCode: 'a', chargedHours: 1, spentCents: 999 },
        { month: '2026-05', serviceCode: 'b', chargedHours: 1, spentCents: 50 },
      ],
    };
    expect(purchaseRows(purchases, ['2026-04', '2026-05', '2026-06'])).toEqual([
      {
        serviceCode: 'a',
        yearToDateCents: 400,
        baselineCents: 1000,
        baselineSource: 's',
        targetCents: 800,
        yearToDateShareOfTarget: 0.5,
      },
      {
        serviceCode: 'b',
        yearToDateCents: 50,
        baselineCents: null,
        baselineSource: null,
        targetCents: null,
        yearToDateShareOfTarget: null,
      },
    ]);
  });

  it('sums caseloads by profession, counting the workers over their norm', () => {
    expect(
      caseloadsByProfession([
        { profession: 'social_worker', clients: 55, runningServices: 10, norm: 50, overNorm: true },
        { profession: 'social_worker', clients: 20, runningServices: 5, norm: 50, overNorm: false },
        { profession: 'social_counsellor', clients: 3, runningServices: 1, norm: null, overNorm: false },
      ]),
    ).toEqual([
      { profession: 'social_counsellor', workers: 1, clients: 3, runningServices: 1, norm: null, workersOverNorm: 0 },
      { profession: 'social_worker', workers: 2, clients: 75, runningServices: 15, norm: 50, workersOverNorm: 1 },
    ]);
  });

  it('counts supervision cases by the Finnish day they opened and closed', () => {
    const cases = [
      // 22:30 UTC on 30 June is 1 July in Helsinki: in the third quarter.
      { openedAt: '2026-06-30T22:30:00Z', closedAt: null, outcome: null },
      { openedAt: '2026-05-01T10:00:00Z', closedAt: '2026-08-01T10:00:00Z', outcome: 'sanction' },
      { openedAt: '2026-07-02T10:00:00Z', closedAt: '2026-10-02T10:00:00Z', outcome: 'resolved' },
      { openedAt: '2026-01-01T10:00:00Z', closedAt: '2026-02-01T10:00:00Z', outcome: 'resolved' },
    ];
    expect(supervisionOf(cases, '2026-07-01', '2026-09-30')).toEqual({
      opened: 2,
      closed: { sanction: 1 },
      openAtEnd: 2,
    });
  });
});
