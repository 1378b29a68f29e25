/**
 * Feedback on a service and its supplier (the client survey of seed 002 and the own worker's form),
 * what counts as bad, and the figures a scorecard may show. Pure.
 */

/**
 * The 1–4 items, in the order of seed 002's survey: heard, understood and respected; the right things
 * discussed; then "Kykenetkö mielestäsi tällä hetkellä..." asked of the life situation ("Kokemus
 * elämäntilanteesta"), coping as a parent and family relations; could influence how and where.
 */
export const SURVEY_ITEMS = [
  'heard',
  'rightThings',
  'lifeSituation',
  'parentCoping',
  'familyRelations',
  'influence',
] as const;
export type SurveyItem = (typeof SURVEY_ITEMS)[number];

/**
 * "Onko kanssanne työskennelty pääosin..." (seed 002): with whom the work was mainly done, one choice or
 * more (50 families chose 64 answers). The seed does not print the choices; these are the ones the
 * county's form offers.
 */
export const WORKED_WITH = ['parents', 'children', 'whole_family'] as const;
export type WorkedWith = (typeof WORKED_WITH)[number];

export type ItemAnswers = Partial<Record<SurveyItem, number | null>>;

/** What counts as bad feedback: an authorised user sees and changes these. */
export interface FeedbackRules {
  /** An answer at or below this on any 1–4 item is bad; null turns the rule off. */
  itemAtOrBelow: number | null;
  /** The own worker's serious-concern flag is bad by itself. */
  seriousConcern: boolean;
  /** The supplier's NPS over its last `window` answers for the service falling under `below`, once there are `minAnswers`. */
  nps: { window: number; minAnswers: number; below: number } | null;
}

export const DEFAULT_FEEDBACK_RULES: FeedbackRules = {
  itemAtOrBelow: 1,
  seriousConcern: true,
  nps: { window: 20, minAnswers: 5, below: 0 },
};

/** Fewer answers than this are not shown on a scorecard: a handful of families could be recognised. */
export const MIN_ANSWERS_SHOWN = 5;

/** Net promoter score, −100…+100: promoters answer 9–10, detractors 0–6. Null with no answers. */
export function nps(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 1000) / 10;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

/** Who answered: the family (the client survey) or the own worker (the feedback form). */
export type Respondent = 'family' | 'own_worker';

/**
 * The client survey's figures (NPS, item means, the NPS rule) count the families' answers only; the
 * own worker's assessment is reported beside them, never mixed in.
 */
export const COUNTED_IN_SURVEY: Respondent = 'family';

export interface FeedbackFacts {
  respondent: Respondent;
  items: ItemAnswers;
  recommend: number | null;
  seriousConcern: boolean;
}

/**
 * Why an answer counts as bad, as rule codes (`item_low:heard`, `serious_concern`, `nps_below`); none
 * when it does not. `recentScores` are the supplier's latest recommendation scores from families for
 * the service, this answer's included when a family gave it; the NPS rule reads families' answers only.
 */
export function badReasons(f: FeedbackFacts, rules: FeedbackRules, recentScores: readonly number[]): string[] {
  const reasons: string[] = [];
  if (rules.itemAtOrBelow !== null) {
    for (const item of SURVEY_ITEMS) {
      const v = f.items[item];
      if (v != null && v <= rules.itemAtOrBelow) reasons.push(`item_low:${item}`);
    }
  }
  if (rules.seriousConcern && f.seriousConcern) reasons.push('serious_concern');
  if (rules.nps && f.recommend !== null && f.respondent === COUNTED_IN_SURVEY) {
    const window = recentScores.slice(0, rules.nps.window);
    const score = nps(window);
    if (window.length >= rules.nps.minAnswers && score !== null && score < rules.nps.below) reasons.push('nps_below');
  }
  return reasons;
}
