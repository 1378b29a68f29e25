import type { ServiceDefinition } from '../../contracts/catalogue';
import type { Localized } from '../../contracts';

const t = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });
const free = { kind: 'free' as const, note: t('Maksuton', 'Avgiftsfri', 'Free of charge') };

/** The first published catalogue: the services of West Uusimaa's arranging process (seeds 002, 004). */
export const CATALOGUE_V1: ServiceDefinition[] = [
  {
    code: 'home_help',
    name: t('Lapsiperheiden kotipalvelu', 'Hemservice för barnfamiljer', 'Home help for families with children'),
    description: t(
      'Arjen tuki kotiin, kun perheen toimintakyky on alentunut (SHL 18 a §).',
      'Stöd i vardagen i hemmet när familjens funktionsförmåga är nedsatt (SL 18 a §).',
      'Everyday help at home when the family cannot cope (SHL 18 a §).',
    ),
    legalBases: ['SHL', 'LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'service_voucher', 'purchase'],
    rightWhen: [
      t(
        'Sairaus, synnytys, vamma tai erityinen perhetilanne',
        'Sjukdom, förlossning, skada eller särskild familjesituation',
        'Illness, childbirth, injury or a particular family situation',
      ),
    ],
    notRightWhen: [
      t(
        'Pelkkä siivous, kuljetus tai päivähoidon korvaaminen',
        'Enbart städning, transport eller ersättning för dagvård',
        'Mere cleaning, transport or replacing day care',
      ),
      t(
        'Vanhempien harrastukset, työ tai opiskelu',
        'Föräldrarnas hobbyer, arbete eller studier',
        "Parents' hobbies, work or study",
      ),
    ],
    ageRange: { min: 0, max: 17 },
    hoursPerMonth: { min: 8, max: 40 },
    periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: 'P6M' },
    requiredSteps: ['needs_assessment', 'decision'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1W',
    fee: {
      kind: 'free_as_support_measure',
      hourlyCents: 680,
      note: t(
        'Maksuton suunnitelmallisena tukitoimena, muuten 6,80 €/h tai tulosidonnainen kuukausimaksu',
        'Avgiftsfri som planerad stödåtgärd, annars 6,80 €/h eller inkomstbunden månadsavgift',
        'Free as a planned support measure, otherwise 6.80 €/h or an income-based monthly fee',
      ),
    },
  },
  {
    code: 'family_work',
    name: t('Perhetyö', 'Familjearbete', 'Family work'),
    description: t(
      'Suunnitelmallinen, tavoitteellinen ja määräaikainen perheen tuki (SHL 18 §).',
      'Planerat, målinriktat och tidsbegränsat stöd till familjen (SL 18 §).',
      'Planned, goal-oriented, time-limited support for the family (SHL 18 §).',
    ),
    legalBases: ['SHL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      t(
        'Perhe tarvitsee kevyttä muutostyötä',
        'Familjen behöver lätt förändringsarbete',
        'The family needs light change work',
      ),
    ],
    notRightWhen: [t('Tarve on lastensuojelullinen', 'Behovet gäller barnskydd', 'The need is one of child welfare')],
    ageRange: { min: 0, max: 17 },
    hoursPerMonth: null,
    periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: 'P6M' },
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1M',
    fee: free,
  },
  {
    code: 'intensified_family_work',
    name: t('Tehostettu perhetyö', 'Intensifierat familjearbete', 'Intensified family work'),
    description: t(
      'Lastensuojelun avohuollon tukitoimi, yleensä 2 käyntiä viikossa (LsL 36 §).',
      'Stödåtgärd inom barnskyddets öppenvård, vanligen 2 besök i veckan (BSL 36 §).',
      'Open-care support measure in child welfare, usually 2 visits a week (LsL 36 §).',
    ),
    legalBases: ['LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      t(
        'Lastensuojelun asiakasperhe tarvitsee tiivistä tukea',
        'Barnskyddsfamiljen behöver intensivt stöd',
        'A child-welfare family needs intensive support',
      ),
    ],
    notRightWhen: [t('Kevyempi perhetyö riittää', 'Lättare familjearbete räcker', 'Lighter family work is enough')],
    ageRange: { min: 0, max: 17 },
    hoursPerMonth: { min: 10, max: 30 },
    periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: 'P6M' },
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1M',
    fee: free,
  },
  {
    code: 'professional_support_person',
    name: t('Ammatillinen tukihenkilö', 'Professionell stödperson', 'Professional support person'),
    description: t(
      'Tavoitteellista muutostyötä lapsen kanssa; tavoitteet ja tapaamisten määrä sovitaan yhdessä.',
      'Målinriktat förändringsarbete med barnet; mål och antal träffar avtalas gemensamt.',
      'Goal-oriented change work with the child; goals and number of meetings agreed together.',
    ),
    legalBases: ['SHL', 'LsL'],
    group: 'home_delivered',
    waysOfArranging: ['purchase'],
    rightWhen: [
      t(
        'Selkeä tarve tavoitteelliselle muutostyölle',
        'Tydligt behov av målinriktat förändringsarbete',
        'A clear need for goal-oriented change work',
      ),
    ],
    notRightWhen: [
      t(
        'Vapaaehtoinen tukihenkilö tai verkosto riittää',
        'En frivillig stödperson eller nätverket räcker',
        'A volunteer support person or the network would do',
      ),
      t('Tarve on perheen muutostyö', 'Behovet är familjens förändringsarbete', 'The need is family change work'),
    ],
    ageRange: { min: 10, max: 17, special: { min: 7, max: 9 } },
    hoursPerMonth: null,
    periods: { first: 'P6M', step: 'P6M', max: 'P12M', specialExtra: 'P6M' },
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1M',
    fee: free,
  },
  {
    code: 'family_rehabilitation_24h',
    name: t('Ympärivuorokautinen perhekuntoutus', 'Familjerehabilitering dygnet runt', '24-hour family rehabilitation'),
    description: t(
      'Perheen kuntoutus laitoksessa; alkaa 3 kuukauden jaksolla, yhteensä 3–6 kuukautta.',
      'Rehabilitering av familjen på institution; inleds med en period på 3 månader, sammanlagt 3–6 månader.',
      'Residential rehabilitation of the family; starts with a 3-month period, 3–6 months in total.',
    ),
    legalBases: ['LsL'],
    group: 'round_the_clock',
    waysOfArranging: ['purchase'],
    rightWhen: [
      t(
        'Perheen vuorovaikutus vaatii ympärivuorokautista tukea',
        'Familjen behöver stöd dygnet runt',
        'The family needs round-the-clock support',
      ),
    ],
    notRightWhen: [
      t(
        'Huoltaja ei pysty huolehtimaan lapsesta',
        'Vårdnadshavaren kan inte ta hand om barnet',
        'The guardian cannot take care of the child',
      ),
      t('Akuutti päihdeongelma', 'Akut missbruksproblem', 'An acute substance problem'),
      t(
        'Perheellä ei ole kotia kotiharjoittelua varten',
        'Familjen saknar hem för hemträning',
        'The family has no home for home training',
      ),
    ],
    ageRange: { min: 0, max: 17 },
    hoursPerMonth: null,
    periods: { first: 'P3M', step: 'P1M', max: 'P6M', specialExtra: null },
    requiredSteps: ['decision', 'introductory_visit', 'starting_negotiation', 'monthly_interim_negotiation'],
    evaluationInterval: 'P1M',
    accessTarget: 'P1M',
    fee: free,
  },
  {
    code: 'open_family_rehabilitation',
    name: t('Avoperhekuntoutus', 'Öppen familjerehabilitering', 'Open family rehabilitation'),
    description: t(
      'Perhekuntoutus kotona ja avopalveluna.',
      'Familjerehabilitering i hemmet och som öppen vård.',
      'Family rehabilitation at home, as open care.',
    ),
    legalBases: ['LsL'],
    group: 'home_delivered',
    waysOfArranging: ['purchase'],
    rightWhen: [
      t(
        'Perhe tarvitsee kuntouttavaa tukea kotona',
        'Familjen behöver rehabiliterande stöd hemma',
        'The family needs rehabilitative support at home',
      ),
    ],
    notRightWhen: [
      t('Tarvitaan ympärivuorokautista tukea', 'Stöd dygnet runt behövs', 'Round-the-clock support is needed'),
    ],
    ageRange: { min: 0, max: 17 },
    hoursPerMonth: null,
    periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: null },
    requiredSteps: ['decision', 'starting_negotiation'],
    evaluationInterval: 'P1M',
    accessTarget: 'P1M',
    fee: free,
  },
];
