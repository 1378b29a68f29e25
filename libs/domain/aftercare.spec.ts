import type { RecordAftercareBody } from '../contracts/aftercare-commands';
import { aftercareEndsOn, aftercareProblems, allowedAftercareActions } from './aftercare';
import { continuationVerdict } from './periods';

const counties = new Set(['west_uusimaa', 'vantaa_kerava', 'pirkanmaa']);
const facts = { dateOfBirth: '2007-03-15', ownCounty: 'west_uusimaa', counties };
const body = (over: Partial<RecordAftercareBody> = {}): RecordAftercareBody => ({
  basis: 'placement',
  startedOn: '2025-03-15',
  placingCounty: 'west_uusimaa',
  residenceCounty: 'vantaa_kerava',
  planAgreedOn: null,
  responsibleWorker: null,
  otherCountyContact: null,
  ...over,
});
const rules = (b: RecordAftercareBody) => aftercareProblems(b, facts).map((p) => `${p.field}:${p.rule}`);
const worker = { name: 'Liisa Laine', team: 'Jälkihuolto', phone: null, email: null };

describe('aftercare', () => {
  it('ends the day before the 25th birthday, a leap day too', () => {
    expect(aftercareEndsOn('2007-03-15')).toBe('2032-03-14');
    expect(aftercareEndsOn('2004-02-29')).toBe('2029-02-28');
  });

  it('is for young people of 18–24, a county this one is part of, with a responsible worker named', () => {
    expect(rules(body())).toEqual([]);
    expect(rules(body({ startedOn: '2025-03-14' }))).toEqual(['startedOn:aftercare_age']);
    expect(rules(body({ startedOn: '2032-03-15' }))).toEqual(['startedOn:aftercare_age']);
    expect(
      rules(body({ placingCounty: 'pirkanmaa', residenceCounty: 'vantaa_kerava', responsibleWorker: worker })),
    ).toEqual(['residenceCounty:county_concerned']);
    expect(rules(body({ placingCounty: 'vantaa_kerava', residenceCounty: 'west_uusimaa' }))).toEqual([
      'responsibleWorker:responsible_worker',
    ]);
    expect(rules(body({ responsibleWorker: worker }))).toEqual(['responsibleWorker:responsible_worker']);
    expect(rules(body({ placingCounty: 'lapland_typo' }))).toEqual(['placingCounty:known_county']);
    expect(rules(body({ residenceCounty: 'west_uusimaa', otherCountyContact: worker }))).toEqual([
      'otherCountyContact:county_concerned',
    ]);
    expect(rules(body({ planAgreedOn: '2025-03-01' }))).toEqual(['planAgreedOn:date_order']);
  });

  it('offers the services elsewhere only for a young person placed from here living elsewhere', () => {
    expect(allowedAftercareActions(null, true)).toEqual(['record']);
    expect(allowedAftercareActions(null, false)).toEqual([]);
    expect(allowedAftercareActions({ placedHere: true, livesHere: false, planAgreed: true }, true)).toEqual([
      'record',
      'recordServiceElsewhere',
      'recordCost',
      'sendPlan',
    ]);
    expect(allowedAftercareActions({ placedHere: false, livesHere: true, planAgreed: false }, true)).toEqual([
      'record',
    ]);
    expect(allowedAftercareActions({ placedHere: true, livesHere: true, planAgreed: true }, true)).toEqual(['record']);
  });
});

describe('a continuation', () => {
  it('continues past the maximum only when uncapped', () => {
    const capped = { step: 'P3M', max: 'P12M', specialExtra: null };
    expect(continuationVerdict(12, capped, true)).toMatchObject({ allowed: false, rule: 'period_max' });
    expect(continuationVerdict(60, { ...capped, uncapped: true }, false)).toEqual({ allowed: true, special: false });
  });
});
