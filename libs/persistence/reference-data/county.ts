/**
 * The county's own reference data, which every deployment needs, production included: its
 * municipalities (fi / sv). Its targets, baselines and norms are not here: the county sets them
 * (county_setting), and a figure without one says so.
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
