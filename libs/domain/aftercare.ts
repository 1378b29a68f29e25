import type { AftercareAction, RecordAftercareBody } from '../contracts/aftercare-commands';
import type { RuleCode } from '../contracts/rules';
import { addDays, addDuration, ageOn, type IsoDate } from './dates';

/**
 * Child welfare's aftercare across counties (seed 003; LsL 75–76 §): one home for its rules. A young person's
 * aftercare runs from the end of a placement or of open-care support after 18 until they turn 25; the county that
 * placed them keeps a responsible worker for the whole aftercare, and the county they live in arranges the same
 * services as for its other young people, with no cap the placing county could set.
 */

/** The last day of aftercare: the day before the young person is 25, as ageOn counts it (born 29.2: 28.2). */
export function aftercareEndsOn(dateOfBirth: IsoDate): IsoDate {
  const birthday = addDuration(dateOfBirth, 'P25Y');
  const turns25 = ageOn(dateOfBirth, birthday) < 25 ? addDays(birthday, 1) : birthday;
  return addDays(turns25, -1);
}

export interface AftercareProblem {
  field: string;
  rule: RuleCode;
  message: string;
}

/** What is wrong with an aftercare as recorded here; empty when nothing is. */
export function aftercareProblems(
  body: RecordAftercareBody,
  facts: { dateOfBirth: IsoDate; ownCounty: string; counties: ReadonlySet<string> },
): AftercareProblem[] {
  const problems: AftercareProblem[] = [];
  const age = ageOn(facts.dateOfBirth, body.startedOn);
  if (age < 18 || age > 24) {
    problems.push({
      field: 'startedOn',
      rule: 'aftercare_age',
      message: `the young person is ${age} on ${body.startedOn}; aftercare is from 18 until 25`,
    });
  }
  for (const field of ['placingCounty', 'residenceCounty'] as const) {
    if (!facts.counties.has(body[field])) {
      problems.push({ field, rule: 'known_county', message: `${body[field]} is not a county of the register` });
    }
  }
  // Which county is whose is judged only between counties that exist.
  if (problems.some((p) => p.rule === 'known_county')) return problems;
  const placedHere = body.placingCounty === facts.ownCounty;
  if (!placedHere && body.residenceCounty !== facts.ownCounty) {
    problems.push({
      field: 'residenceCounty',
      rule: 'county_concerned',
      message: 'this county neither placed the young person nor is where they live: the aftercare is not ours',
    });
  }
  if (!placedHere && body.responsibleWorker === null) {
    problems.push({
      field: 'responsibleWorker',
      rule: 'responsible_worker',
      message: "another county placed the young person: name that county's responsible worker",
    });
  }
  if (placedHere && body.responsibleWorker !== null) {
    problems.push({
      field: 'responsibleWorker',
      rule: 'responsible_worker',
      message: "placed from here, the young person's own worker here is their responsible worker: leave it empty",
    });
  }
  if (body.otherCountyContact !== null && (!placedHere || body.residenceCounty === facts.ownCounty)) {
    problems.push({
      field: 'otherCountyContact',
      rule: 'county_concerned',
      message: 'only a young person placed from here who lives in another county has a contact there',
    });
  }
  if (body.planAgreedOn !== null && body.planAgreedOn < body.startedOn) {
    problems.push({ field: 'planAgreedOn', rule: 'date_order', message: 'must not be before startedOn' });
  }
  return problems;
}

/** The shape of an aftercare the actions are judged on. */
export interface AftercareFacts {
  placedHere: boolean;
  livesHere: boolean;
  planAgreed: boolean;
}

/**
 * What a worker who may record aftercare may do with one now: record or correct it; placed from here and living
 * elsewhere, record the services the other county arranges and their costs; with a plan agreed and another county
 * concerned, send it the client plan. Null facts: no aftercare recorded yet, only `record`.
 */
export function allowedAftercareActions(facts: AftercareFacts | null, mayRecord: boolean): AftercareAction[] {
  if (!mayRecord) return [];
  if (!facts) return ['record'];
  const actions: AftercareAction[] = ['record'];
  if (facts.placedHere && !facts.livesHere) actions.push('recordServiceElsewhere', 'recordCost');
  if (facts.planAgreed && !(facts.placedHere && facts.livesHere)) actions.push('sendPlan');
  return actions;
}
