/**
 * The county's own reference data, which every deployment needs, production included: its
 * municipalities (fi / sv) and the purchase figures its targets are measured against (seed 002).
 * The invented people, clients and suppliers of the demo region are development tooling (../dev/).
 */

export const MUNICIPALITIES = [
  ['espoo', 'Espoo', 'Esbo'],
  ['hanko', 'Hanko', 'Hangö'],
  ['inkoo', 'Inkoo', 'Ingå'],
  ['karkkila', 'Karkkila', 'Högfors'],
  ['kauniainen', 'Kauniainen', 'Grankulla'],
  ['kirkkonummi', 'Kirkkonummi', 'Kyrkslätt'],
  ['lohja', 'Lohja', 'Lojo'],
  ['raasepori', 'Raasepori', 'Raseborg'],
  ['siuntio', 'Siuntio', 'Sjundeå'],
  ['vihti', 'Vihti', 'Vichtis'],
].map(([code, nameFi, nameSv]) => ({ code: code!, nameFi: nameFi!, nameSv: nameSv! }));

/**
 * Purchases of home-delivered services in 2024, in euro cents (seed 002): the baseline the county's
 * target (20 % less) is measured against.
 */
export const PURCHASE_BASELINE_2024_CENTS: Record<string, number> = {
  home_help: 108_600_000,
  family_work: 56_600_000,
  intensified_family_work: 264_900_000,
  intensive_intensified_family_work: 19_700_000,
  open_family_rehabilitation: 33_100_000,
};
export const PURCHASE_REDUCTION_TARGET = 0.2;
