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

/** This county's code among the wellbeing services counties: the one whose services this system arranges. */
export const OWN_COUNTY = 'west_uusimaa';

/**
 * The wellbeing services counties and the City of Helsinki (fi / sv / en), which aftercare's cooperation concerns
 * (seed 003): a young person placed by one may live in another. Where each one's notices go is set per county.
 */
export const COUNTIES = [
  ['west_uusimaa', 'Länsi-Uudenmaan hyvinvointialue', 'Västra Nylands välfärdsområde', 'West Uusimaa'],
  ['east_uusimaa', 'Itä-Uudenmaan hyvinvointialue', 'Östra Nylands välfärdsområde', 'East Uusimaa'],
  ['central_uusimaa', 'Keski-Uudenmaan hyvinvointialue', 'Mellersta Nylands välfärdsområde', 'Central Uusimaa'],
  ['vantaa_kerava', 'Vantaan ja Keravan hyvinvointialue', 'Vanda och Kervo välfärdsområde', 'Vantaa and Kerava'],
  ['helsinki', 'Helsingin kaupunki', 'Helsingfors stad', 'City of Helsinki'],
  ['southwest_finland', 'Varsinais-Suomen hyvinvointialue', 'Egentliga Finlands välfärdsområde', 'Southwest Finland'],
  ['satakunta', 'Satakunnan hyvinvointialue', 'Satakunta välfärdsområde', 'Satakunta'],
  ['kanta_hame', 'Kanta-Hämeen hyvinvointialue', 'Egentliga Tavastlands välfärdsområde', 'Kanta-Häme'],
  ['pirkanmaa', 'Pirkanmaan hyvinvointialue', 'Birkalands välfärdsområde', 'Pirkanmaa'],
  ['paijat_hame', 'Päijät-Hämeen hyvinvointialue', 'Päijänne-Tavastlands välfärdsområde', 'Päijät-Häme'],
  ['kymenlaakso', 'Kymenlaakson hyvinvointialue', 'Kymmenedalens välfärdsområde', 'Kymenlaakso'],
  ['south_karelia', 'Etelä-Karjalan hyvinvointialue', 'Södra Karelens välfärdsområde', 'South Karelia'],
  ['south_savo', 'Etelä-Savon hyvinvointialue', 'Södra Savolax välfärdsområde', 'South Savo'],
  ['north_savo', 'Pohjois-Savon hyvinvointialue', 'Norra Savolax välfärdsområde', 'North Savo'],
  ['north_karelia', 'Pohjois-Karjalan hyvinvointialue', 'Norra Karelens välfärdsområde', 'North Karelia'],
  ['central_finland', 'Keski-Suomen hyvinvointialue', 'Mellersta Finlands välfärdsområde', 'Central Finland'],
  ['south_ostrobothnia', 'Etelä-Pohjanmaan hyvinvointialue', 'Södra Österbottens välfärdsområde', 'South Ostrobothnia'],
  ['ostrobothnia', 'Pohjanmaan hyvinvointialue', 'Österbottens välfärdsområde', 'Ostrobothnia'],
  [
    'central_ostrobothnia',
    'Keski-Pohjanmaan hyvinvointialue',
    'Mellersta Österbottens välfärdsområde',
    'Central Ostrobothnia',
  ],
  [
    'north_ostrobothnia',
    'Pohjois-Pohjanmaan hyvinvointialue',
    'Norra Österbottens välfärdsområde',
    'North Ostrobothnia',
  ],
  ['kainuu', 'Kainuun hyvinvointialue', 'Kajanalands välfärdsområde', 'Kainuu'],
  ['lapland', 'Lapin hyvinvointialue', 'Lapplands välfärdsområde', 'Lapland'],
].map(([code, nameFi, nameSv, nameEn]) => ({ code: code!, nameFi: nameFi!, nameSv: nameSv!, nameEn: nameEn! }));
