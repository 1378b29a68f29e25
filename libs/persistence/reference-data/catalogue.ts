import type { Criterion, ServiceDefinition } from '../../contracts/catalogue';
import type { Localized } from '../../contracts';

const t = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });
const c = (code: string, fi: string, sv: string, en: string): Criterion => ({ code, text: t(fi, sv, en) });
const free = { kind: 'free' as const, note: t('Maksuton', 'Avgiftsfri', 'Free of charge') };
const under18 = { min: 0, max: 17 };
/**
 * Three cards follow Pirkanmaa's service descriptions (seed 002) until West Uusimaa publishes its own: their
 * hours, periods and access times are that county's, and the card says so to everyone who reads it.
 */
const PIRKANMAA_MODEL = t(
  'Malli: Pirkanmaan hyvinvointialueen palvelukuvaus (2025), kunnes Länsi-Uusimaa julkaisee oman korttinsa',
  'Modell: Birkalands välfärdsområdes tjänstebeskrivning (2025), tills Västra Nyland publicerar ett eget kort',
  "Model: Pirkanmaa wellbeing services county's service description (2025), until West Uusimaa publishes its own card",
);
/**
 * Home help's hours, periods and access time are Pirkanmaa's; whether it costs anything is West Uusimaa's own
 * word (seed 000: "maksuton kotipalvelu ... kevyempi ohjaus sekä mahdollinen tuki satunnaisissa siirtymissä
 * paikasta toiseen"), which wins over seed 002's 6.80 €/h.
 */
const HOME_HELP_SOURCE = t(
  'Tunnit, jaksot ja palveluun pääsy: Pirkanmaan hyvinvointialueen palvelukuvaus (2025), kunnes Länsi-Uusimaa julkaisee oman korttinsa. Maksuttomuus tukitoimena ja tuki satunnaisissa siirtymissä: Länsi-Uudenmaan aluevaltuusto 28.4.2026.',
  'Timmar, perioder och tillgång till tjänsten: Birkalands välfärdsområdes tjänstebeskrivning (2025), tills Västra Nyland publicerar ett eget kort. Avgiftsfrihet som stödåtgärd och stöd vid enstaka förflyttningar: Västra Nylands välfärdsområdesfullmäktige 28.4.2026.',
  "Hours, periods and access time: Pirkanmaa wellbeing services county's service description (2025), until West Uusimaa publishes its own card. Free of charge as a support measure, and support in occasional transitions: West Uusimaa's regional council, 28 April 2026.",
);
/**
 * Cards the arranging guidance (seed 004) only names: their hours and periods are no county's document, and the
 * card says so until West Uusimaa sets them.
 */
const EXAMPLE_VALUES = t(
  'Tunnit ja jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; Länsi-Uusimaa vahvistaa ne.',
  'Timmar och perioder är exempelvärden, inte ur något välfärdsområdes dokument; Västra Nyland fastställer dem.',
  "Hours and periods are example values, from no county's document; West Uusimaa sets them.",
);
/** The card is West Uusimaa's (seed 004); its periods and access time follow Pirkanmaa's family work (seed 002). */
const OWN_CARD_PIRKANMAA_PERIODS = t(
  'Periaatekortti: Länsi-Uudenmaan hyvinvointialue. Jaksot ja palveluun pääsy: Pirkanmaan hyvinvointialueen palvelukuvauksen (2025) mallin mukaan, kunnes Länsi-Uusimaa päättää omansa.',
  'Principkort: Västra Nylands välfärdsområde. Perioder och tillgång till tjänsten: enligt modellen i Birkalands välfärdsområdes tjänstebeskrivning (2025), tills Västra Nyland beslutar om egna.',
  "Principle card: West Uusimaa wellbeing services county. Periods and access time: after the model of Pirkanmaa's service description (2025), until West Uusimaa sets its own.",
);
/** The card and its periods are West Uusimaa's (seed 004); only the access time follows Pirkanmaa's (seed 002). */
const OWN_CARD_PIRKANMAA_ACCESS = t(
  'Periaatekortti ja jaksot: Länsi-Uudenmaan hyvinvointialue. Palveluun pääsy (1 kk): Pirkanmaan hyvinvointialueen palvelukuvauksen (2025) mallin mukaan.',
  'Principkort och perioder: Västra Nylands välfärdsområde. Tillgång till tjänsten (1 mån): enligt modellen i Birkalands välfärdsområdes tjänstebeskrivning (2025).',
  "Principle card and periods: West Uusimaa wellbeing services county. Access time (1 month): after the model of Pirkanmaa's service description (2025).",
);
/** 3-month periods up to 12 months, 3–6 months more with special consideration (seed 002). */
const quarterly = { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: 'P6M' };

/**
 * The first published catalogue: the services of West Uusimaa's arranging process with their
 * principle cards (seed 004) and the rules of seed 002. Evaluation intervals are the longest gap
 * allowed ("every 1–3 months" is due after 3 months at the latest); the family agrees on one within the
 * card's bounds, the shortest where the card sets one (family work and intensified family work: 1 month).
 */
export const CATALOGUE_V1: ServiceDefinition[] = [
  {
    code: 'home_help',
    name: t('Lapsiperheiden kotipalvelu', 'Hemservice för barnfamiljer', 'Home help for families with children'),
    description: t(
      'Arjen tuki kotiin perheen hyvinvoinnin ja voimavarojen vahvistamiseksi (SHL 18 a §).',
      'Stöd i vardagen i hemmet för att stärka familjens välbefinnande och resurser (SL 18 a §).',
      "Everyday help at home to strengthen the family's wellbeing and resources (SHL 18 a §).",
    ),
    legalBases: ['SHL', 'LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'service_voucher', 'purchase'],
    rightWhen: [
      c(
        'birth_and_baby_care',
        'Lapsen syntymään ja vauvan hoitoon liittyvät vaikeudet',
        'Svårigheter i samband med barnets födelse och vård av spädbarnet',
        'Difficulties with a birth and caring for the baby',
      ),
      c(
        'parent_ill_or_injured',
        'Lasta hoitavan vanhemman sairastuminen tai loukkaantuminen',
        'Den vårdande förälderns sjukdom eller skada',
        'The caring parent is ill or injured',
      ),
      c(
        'treatment_visits',
        'Vanhemman tai sisaruksen välttämättömät hoito- tai terapiakäynnit',
        'Förälderns eller syskonets nödvändiga vård- eller terapibesök',
        "A parent's or sibling's necessary treatment or therapy visits",
      ),
      c(
        'parent_exhausted',
        'Vanhemman tilapäinen uupumus tai mielenterveyden haasteet',
        'Förälderns tillfälliga utmattning eller psykiska utmaningar',
        "A parent's temporary exhaustion or mental-health difficulties",
      ),
      c(
        'crisis',
        'Äkillinen elämänmuutos tai kriisi',
        'En plötslig livsförändring eller kris',
        'A sudden change or crisis',
      ),
      c(
        'everyday_routines',
        'Lasten- ja kodinhoitoapu, tuki vanhemmuuteen ja arkirutiineihin yhdessä vanhemman kanssa',
        'Barn- och hemvård, stöd i föräldraskapet och vardagsrutinerna tillsammans med föräldern',
        'Help with children and home, support in parenting and routines together with the parent',
      ),
      c(
        'occasional_transitions',
        'Kevyempi ohjaus ja tuki satunnaisissa siirtymissä paikasta toiseen',
        'Lättare handledning och stöd vid enstaka förflyttningar från en plats till en annan',
        'Lighter guidance, and support in occasional transitions from one place to another',
      ),
    ],
    notRightWhen: [
      c(
        'cleaning_or_transport',
        'Pelkkä siivous tai kuljetus (tuki satunnaisissa siirtymissä on eri asia)',
        'Enbart städning eller transport (stöd vid enstaka förflyttningar är en annan sak)',
        'Mere cleaning or transport (support in occasional transitions is another matter)',
      ),
      c(
        'replaces_day_care',
        'Päivähoidon tai aamu- ja iltapäiväkerhon korvaaminen',
        'Ersättning för dagvård eller morgon- och eftermiddagsverksamhet',
        'Replacing day care or school-age morning and afternoon clubs',
      ),
      c('holidays', 'Loma-ajoista johtuva lastenhoito', 'Barnvård under lov', 'Childcare during holidays'),
      c(
        'parents_own_time',
        'Vanhempien harrastukset, yhteinen aika, työ tai opiskelu',
        'Föräldrarnas hobbyer, egen tid, arbete eller studier',
        "Parents' hobbies, time together, work or study",
      ),
      c(
        'sick_child_for_work',
        'Sairaan lapsen hoito vanhempien työssäkäynnin mahdollistamiseksi',
        'Vård av sjukt barn så att föräldrarna kan arbeta',
        'Caring for a sick child so that the parents can work',
      ),
    ],
    ageRange: under18,
    hoursPerMonth: { min: 8, max: 40 },
    periods: quarterly,
    requiredSteps: ['needs_assessment', 'decision'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1W',
    source: HOME_HELP_SOURCE,
    // West Uusimaa's rule (seed 000), not Pirkanmaa's 6.80 €/h: free as a support measure, transitions included.
    fee: {
      kind: 'free_as_support_measure',
      note: t(
        'Maksuton tukitoimena, myös kevyempänä ohjauksena ja tukena satunnaisissa siirtymissä',
        'Avgiftsfri som stödåtgärd, också som lättare handledning och stöd vid enstaka förflyttningar',
        'Free of charge as a support measure, also as lighter guidance and support in occasional transitions',
      ),
    },
  },
  {
    code: 'family_work',
    // Offered to young people in aftercare, without the children's caps for them (seed 003).
    aftercare: true,
    name: t('Perhetyö', 'Familjearbete', 'Family work'),
    description: t(
      'Suunnitelmallinen, tavoitteellinen ja määräaikainen perheen tuki; tiheydeltään kevyttä (SHL 18 §).',
      'Planerat, målinriktat och tidsbegränsat stöd till familjen; av lätt intensitet (SL 18 §).',
      'Planned, goal-oriented, time-limited support for the family, of light intensity (SHL 18 §).',
    ),
    legalBases: ['SHL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'parenting_or_routines',
        'Tuen tarve vanhemmuudessa, arjen hallinnassa, perheen vuorovaikutuksessa tai lapsen omissa haasteissa',
        'Behov av stöd i föräldraskap, vardagen, familjens samspel eller barnets egna utmaningar',
        'A need for support in parenting, everyday life, family interaction or the child’s own difficulties',
      ),
    ],
    notRightWhen: [
      c(
        'needs_several_visits_a_week',
        'Perhe tarvitsee työskentelyä useita kertoja viikossa',
        'Familjen behöver arbete flera gånger i veckan',
        'The family needs work several times a week',
      ),
      c(
        'child_welfare_concern',
        'Huoli lapsen turvallisuudesta vaatii lastensuojelun tukitoimia',
        'Oro för barnets säkerhet kräver stödåtgärder inom barnskyddet',
        "Concern for the child's safety calls for child-welfare support measures",
      ),
    ],
    ageRange: under18,
    hoursPerMonth: null,
    periods: quarterly,
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation', 'evaluation_meetings'],
    evaluationInterval: 'P3M',
    evaluationIntervalShortest: 'P1M',
    accessTarget: 'P1M',
    source: PIRKANMAA_MODEL,
    fee: free,
    // "Työskentely perustuu asiakasperheen vapaaehtoisuuteen" (seed 002).
    voluntary: true,
  },
  {
    code: 'intensified_family_work',
    name: t('Tehostettu perhetyö', 'Intensifierat familjearbete', 'Intensified family work'),
    description: t(
      'Lastensuojelun avohuollon maksuton tukitoimi, yleensä 2 käyntiä viikossa 1,5–3 h kerrallaan (LsL 36 §).',
      'Avgiftsfri stödåtgärd inom barnskyddets öppenvård, vanligen 2 besök i veckan à 1,5–3 h (BSL 36 §).',
      'Free open-care support measure in child welfare, usually 2 visits a week of 1.5–3 h (LsL 36 §).',
    ),
    legalBases: ['LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'concern_for_child',
        'Huoli lapsen hyvinvoinnista ja turvallisuudesta',
        'Oro för barnets välbefinnande och säkerhet',
        "Concern for the child's wellbeing and safety",
      ),
      c(
        'special_challenges',
        'Esimerkiksi päihde- tai mielenterveysongelmat, perheväkivalta, koulunkäyntivaikeudet tai perheristiriidat',
        'Till exempel missbruk, psykisk ohälsa, våld i familjen, skolsvårigheter eller konflikter',
        'For example substance or mental-health problems, family violence, school difficulties or conflicts',
      ),
    ],
    notRightWhen: [
      c(
        'lighter_work_enough',
        'Kevyempi perhetyö riittää',
        'Lättare familjearbete räcker',
        'Lighter family work is enough',
      ),
      c(
        'no_willingness',
        'Perheellä ei ole vapaaehtoisuutta eikä muutosvalmiutta',
        'Familjen saknar frivillighet och beredskap till förändring',
        'The family is neither willing nor ready for change',
      ),
    ],
    ageRange: under18,
    hoursPerMonth: { min: 10, max: 30 },
    periods: quarterly,
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation', 'evaluation_meetings'],
    evaluationInterval: 'P3M',
    evaluationIntervalShortest: 'P1M',
    accessTarget: 'P1M',
    source: PIRKANMAA_MODEL,
    fee: free,
    // "Työskentely perustuu asiakasperheen vapaaehtoisuuteen" (seed 002).
    voluntary: true,
  },
  {
    code: 'intensive_intensified_family_work',
    name: t(
      'Intensiivinen tehostettu perhetyö',
      'Intensivt intensifierat familjearbete',
      'Intensive intensified family work',
    ),
    description: t(
      'Tehostetun perhetyön tiivein muoto kriisissä olevalle lastensuojelun asiakasperheelle (LsL 36 §).',
      'Den intensivaste formen av intensifierat familjearbete för en barnskyddsfamilj i kris (BSL 36 §).',
      'The most intensive form of intensified family work, for a child-welfare family in crisis (LsL 36 §).',
    ),
    legalBases: ['LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'risk_of_placement',
        'Kodin ulkopuolisen sijoituksen riski, jota tiivis tuki voi ehkäistä',
        'Risk för placering utom hemmet som intensivt stöd kan förebygga',
        'A risk of placement outside the home that intensive support can prevent',
      ),
    ],
    notRightWhen: [
      c(
        'intensified_enough',
        'Tavallinen tehostettu perhetyö riittää',
        'Vanligt intensifierat familjearbete räcker',
        'Ordinary intensified family work is enough',
      ),
    ],
    ageRange: under18,
    hoursPerMonth: { min: 20, max: 60 },
    periods: { first: 'P3M', step: 'P1M', max: 'P6M', specialExtra: 'P3M' },
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation', 'evaluation_meetings'],
    evaluationInterval: 'P1M',
    accessTarget: 'P1M',
    source: EXAMPLE_VALUES,
    fee: free,
  },
  {
    code: 'professional_support_person',
    // Offered to young people in aftercare, without the children's caps for them (seed 003).
    aftercare: true,
    name: t('Ammatillinen tukihenkilö', 'Professionell stödperson', 'Professional support person'),
    description: t(
      'Tavoitteellista muutostyötä lapsen tai nuoren omissa toimintaympäristöissä; tavoitteet ja tapaamismäärät sovitaan lapsen, perheen, palveluntuottajan ja omatyöntekijän kesken.',
      'Målinriktat förändringsarbete i barnets eller den ungas egna miljöer; mål och antal träffar avtalas mellan barnet, familjen, serviceproducenten och den egna kontaktpersonen.',
      "Goal-oriented change work in the child's own surroundings; goals and number of meetings agreed by the child, family, supplier and own worker.",
    ),
    legalBases: ['SHL', 'LsL'],
    group: 'home_delivered',
    waysOfArranging: ['purchase'],
    rightWhen: [
      c(
        'age_10_to_17',
        'Pääsääntöisesti noin 10–17-vuotiaat perheineen; 7–9-vuotiaat erityisellä harkinnalla',
        'Huvudsakligen cirka 10–17-åringar med familj; 7–9-åringar efter särskild prövning',
        'Mainly ages about 10–17 with their families; ages 7–9 with special consideration',
      ),
      c(
        'need_assessed',
        'Sosiaalihuollon ammattihenkilö on arvioinut tarpeen',
        'En yrkesutbildad person inom socialvården har bedömt behovet',
        'A social-care professional has assessed the need',
      ),
      c(
        'change_work_needed',
        'Selkeä muutostyön tarve, johon tarvitaan ammatillista tavoitteellista tukea',
        'Tydligt behov av förändringsarbete som kräver professionellt målinriktat stöd',
        'A clear need for change work that takes professional, goal-oriented support',
      ),
      c(
        'special_support_needs',
        'Ensisijaisesti asiakkaille, joilla on sosiaalihuoltolain mukainen erityisen tuen tarve; muille erityisillä syillä',
        'I första hand för klienter med behov av särskilt stöd enligt socialvårdslagen; för andra av särskilda skäl',
        'Primarily for clients with special support needs under the Social Welfare Act; for others for special reasons',
      ),
    ],
    notRightWhen: [
      c(
        'volunteer_would_do',
        'Vapaaehtoinen tukihenkilö riittää: tarve on luotettavalle aikuiselle ilman muutostyötä',
        'En frivillig stödperson räcker: behovet är en pålitlig vuxen utan förändringsarbete',
        'A volunteer support person would do: the need is a trusted adult, without change work',
      ),
      c(
        'lighter_guidance',
        'Lyhyempi ja kevyempi sosiaali- tai palveluohjaus riittää',
        'Kortare och lättare social- eller servicehandledning räcker',
        'Shorter, lighter social or service guidance would do',
      ),
      c(
        'ngo_or_early_support',
        'Järjestöjen tai varhaisemman tuen toiminnot riittävät',
        'Organisationernas eller tidigare stödets verksamhet räcker',
        'NGO or early-support activities would do',
      ),
      c(
        'activate_network',
        'Olemassa olevan verkoston aktivointi tai palveluiden tiivistäminen riittää',
        'Det räcker att aktivera det befintliga nätverket eller intensifiera befintliga tjänster',
        'Activating the existing network or intensifying existing services would do',
      ),
      c(
        'family_change_work',
        'Tarve on perheen muutostyö tai perhetyö',
        'Behovet är familjens förändringsarbete eller familjearbete',
        'The need is family change work or family work',
      ),
      c(
        'another_service_starting',
        'Perheessä on alkamassa toinen palvelu, joka edellyttää tutustumista lapseen',
        'En annan tjänst som kräver att man lär känna barnet håller på att inledas',
        'Another service that requires getting to know the child is just starting',
      ),
    ],
    ageRange: { min: 10, max: 17, special: { min: 7, max: 9 } },
    hoursPerMonth: null,
    periods: quarterly,
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation', 'goals_and_meetings_agreed'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1M',
    source: OWN_CARD_PIRKANMAA_PERIODS,
    fee: free,
    // "ensisijaisesti asiakkaille, joilla on sosiaalihuoltolain mukainen erityisen tuen tarve" (seed 004).
    primarilyForSpecialSupportNeeds: true,
  },
  {
    code: 'family_rehabilitation_24h',
    name: t('Ympärivuorokautinen perhekuntoutus', 'Familjerehabilitering dygnet runt', '24-hour family rehabilitation'),
    description: t(
      'Vahvaa, muutokseen tähtäävää ja kokonaisvaltaista tukea kodin ulkopuolella; alkaa 3 kuukauden jaksolla, yhteensä 3–6 kuukautta.',
      'Starkt, förändringsinriktat och helhetsmässigt stöd utanför hemmet; inleds med en period på 3 månader, sammanlagt 3–6 månader.',
      'Strong, change-oriented, comprehensive support away from home; starts with a 3-month period, 3–6 months in all.',
    ),
    legalBases: ['LsL'],
    group: 'round_the_clock',
    waysOfArranging: ['purchase'],
    rightWhen: [
      c(
        'serious_problems',
        'Vakavia vanhemmuuteen, arjen hallintaan, vuorovaikutukseen, päihteisiin tai mielenterveyteen liittyviä ongelmia, joihin kotiin vietävä tuki ei riitä',
        'Allvarliga problem med föräldraskap, vardag, samspel, missbruk eller psykisk hälsa som hemstöd inte räcker för',
        'Serious problems with parenting, everyday life, interaction, substances or mental health that home-delivered support cannot meet',
      ),
      c(
        'family_dynamics_change',
        'Lähivanhemman vaihtuminen tai huostaanoton purku',
        'Byte av boförälder eller upphörande av omhändertagande',
        'A change of resident parent or ending a care order',
      ),
      c(
        'pregnancy',
        'Raskaana oleva, kun on huolta tulevien vanhempien edellytyksistä huolehtia tulevasta lapsesta',
        'En gravid person, när det finns oro för de blivande föräldrarnas förutsättningar att ta hand om barnet',
        "A pregnant person, when there is concern about the parents-to-be's ability to care for the coming child",
      ),
    ],
    notRightWhen: [
      c(
        'guardian_cannot_care',
        'Huoltaja ei kykene vastaamaan lapsen hoidosta',
        'Vårdnadshavaren kan inte ta hand om barnet',
        'The guardian cannot take care of the child',
      ),
      c(
        'acute_substance_problem',
        'Huoltajalla on akuutti päihdeongelma',
        'Vårdnadshavaren har ett akut missbruksproblem',
        'The guardian has an acute substance problem',
      ),
      c(
        'guardian_too_unwell',
        'Huoltaja on psyykkisesti liian huonokuntoinen',
        'Vårdnadshavaren mår psykiskt för dåligt',
        'The guardian is psychologically too unwell',
      ),
      c(
        'no_home',
        'Perheellä ei ole kotia, jossa järjestää kotiharjoittelua',
        'Familjen saknar ett hem för hemträning',
        'The family has no home for home training',
      ),
      c(
        'guardians_full_time',
        'Molemmilla huoltajilla on täysipäiväinen työ tai opiskelu',
        'Båda vårdnadshavarna arbetar eller studerar på heltid',
        'Both guardians work or study full time',
      ),
    ],
    ageRange: under18,
    hoursPerMonth: null,
    periods: { first: 'P3M', step: 'P1M', max: 'P6M', specialExtra: null },
    requiredSteps: ['decision', 'introductory_visit', 'starting_negotiation', 'monthly_interim_negotiation'],
    evaluationInterval: 'P1M',
    accessTarget: 'P1M',
    source: OWN_CARD_PIRKANMAA_ACCESS,
    fee: free,
    // "Perhekuntoutusta tarjotaan myös raskaana olevalle" and "Osallistuminen perhekuntoutukseen on vapaaehtoista" (seed 004).
    beforeBirth: true,
    voluntary: true,
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
      c(
        'rehabilitation_at_home',
        'Perhe tarvitsee kuntouttavaa tukea kotona',
        'Familjen behöver rehabiliterande stöd hemma',
        'The family needs rehabilitative support at home',
      ),
    ],
    notRightWhen: [
      c(
        'needs_24h',
        'Tarvitaan ympärivuorokautista tukea',
        'Stöd dygnet runt behövs',
        'Round-the-clock support is needed',
      ),
    ],
    ageRange: under18,
    hoursPerMonth: null,
    periods: quarterly,
    requiredSteps: ['decision', 'starting_negotiation', 'evaluation_meetings'],
    evaluationInterval: 'P1M',
    accessTarget: 'P1M',
    source: EXAMPLE_VALUES,
    fee: free,
  },
  {
    code: 'support_family',
    name: t('Tukiperhe', 'Stödfamilj', 'Support family'),
    description: t(
      'Lapsi viettää säännöllisesti viikonloppuja tukiperheessä; tukee lasta ja antaa vanhemmille lepoa.',
      'Barnet tillbringar regelbundet veckoslut i en stödfamilj; stöder barnet och ger föräldrarna vila.',
      'The child regularly spends weekends with a support family, supporting the child and giving the parents rest.',
    ),
    legalBases: ['SHL', 'LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'lacks_network',
        'Lapselta puuttuu turvallinen aikuisverkosto ja vanhemmat tarvitsevat lepoa',
        'Barnet saknar ett tryggt vuxennätverk och föräldrarna behöver vila',
        'The child lacks a safe network of adults and the parents need rest',
      ),
    ],
    notRightWhen: [
      c(
        'own_network_available',
        'Perheen oma verkosto voi antaa saman tuen',
        'Familjens eget nätverk kan ge samma stöd',
        "The family's own network can give the same support",
      ),
    ],
    ageRange: under18,
    hoursPerMonth: null,
    periods: { first: 'P6M', step: 'P6M', max: 'P12M', specialExtra: 'P12M' },
    requiredSteps: ['needs_assessment', 'decision'],
    evaluationInterval: 'P6M',
    accessTarget: 'P3M',
    source: EXAMPLE_VALUES,
    fee: free,
  },
  {
    code: 'volunteer_support_person',
    // Offered to young people in aftercare, without the children's caps for them (seed 003).
    aftercare: true,
    name: t('Vapaaehtoinen tukihenkilö', 'Frivillig stödperson', 'Volunteer support person'),
    description: t(
      'Luotettava aikuinen perheen ulkopuolelta ilman muutostyön tai kuntoutuksen tavoitetta.',
      'En pålitlig vuxen utanför familjen, utan mål om förändringsarbete eller rehabilitering.',
      'A trusted adult from outside the family, without a change-work or rehabilitation goal.',
    ),
    legalBases: ['SHL', 'LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'trusted_adult',
        'Tarve on perheen ulkopuoliselle luotettavalle aikuiselle',
        'Behovet är en pålitlig vuxen utanför familjen',
        'The need is a trusted adult from outside the family',
      ),
    ],
    notRightWhen: [
      c(
        'change_work_needed',
        'Tarvitaan tavoitteellista muutostyötä',
        'Målinriktat förändringsarbete behövs',
        'Goal-oriented change work is needed',
      ),
    ],
    ageRange: { min: 6, max: 17 },
    hoursPerMonth: null,
    periods: { first: 'P6M', step: 'P6M', max: 'P12M', specialExtra: 'P12M' },
    requiredSteps: ['needs_assessment', 'decision'],
    evaluationInterval: 'P6M',
    accessTarget: 'P3M',
    source: EXAMPLE_VALUES,
    fee: free,
  },
  {
    code: 'reunification_family_work',
    name: t(
      'Perhetyö sijoitettujen lasten perheille',
      'Familjearbete för familjer med placerade barn',
      'Family work for families of children in substitute care',
    ),
    description: t(
      'Vanhempien tuki sijoituksen aikana ja perheen jälleenyhdistämisen valmistelu (LsL 30 §, 36 §).',
      'Stöd till föräldrarna under placeringen och förberedelse för återförening (BSL 30 §, 36 §).',
      "Support for the parents during a placement and preparation for the family's reunification (LsL 30 §, 36 §).",
    ),
    legalBases: ['LsL'],
    group: 'substitute_care_families',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'reunification_goal',
        'Lapsi on sijoitettuna ja asiakassuunnitelman tavoitteena on perheen jälleenyhdistäminen',
        'Barnet är placerat och klientplanens mål är att familjen återförenas',
        "The child is placed and the client plan's goal is the family's reunification",
      ),
    ],
    notRightWhen: [
      c(
        'no_placement',
        'Lapsi ei ole sijaishuollossa',
        'Barnet är inte i vård utom hemmet',
        'The child is not in substitute care',
      ),
    ],
    ageRange: under18,
    hoursPerMonth: { min: 4, max: 20 },
    periods: quarterly,
    requiredSteps: ['needs_assessment', 'decision', 'starting_negotiation', 'evaluation_meetings'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1M',
    source: EXAMPLE_VALUES,
    fee: free,
  },
  {
    code: 'aftercare_housing_support',
    name: t(
      'Tuetun asumisen tuki jälkihuollossa',
      'Stöd för stött boende i eftervården',
      "Supported housing's support in aftercare",
    ),
    description: t(
      'Jälkihuollossa olevan nuoren itsenäisen asumisen tuki: asunnon löytäminen, arjen taidot ja asumisen turvaaminen (LsL 76 §).',
      'Stöd för självständigt boende för en ung person i eftervård: att hitta en bostad, vardagsfärdigheter och att trygga boendet (BSL 76 §).',
      'Support for the independent housing of a young person in aftercare: finding a home, everyday skills and keeping the home (LsL 76 §).',
    ),
    legalBases: ['LsL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production', 'purchase'],
    rightWhen: [
      c(
        'moving_to_own_home',
        'Nuori muuttaa sijaishuollosta omaan kotiin tai tarvitsee tukea asumisensa turvaamiseen',
        'Den unga flyttar från vård utom hemmet till ett eget hem eller behöver stöd för att trygga sitt boende',
        'The young person moves from substitute care to a home of their own, or needs support to keep it',
      ),
    ],
    notRightWhen: [
      c(
        'housing_service_needed',
        'Tarve on ympärivuorokautinen asumispalvelu',
        'Behovet är boendeservice dygnet runt',
        'The need is round-the-clock housing services',
      ),
    ],
    // Only for young people in aftercare (18 until 25), whose caps the card does not set.
    ageRange: { min: 18, max: 24 },
    hoursPerMonth: null,
    periods: { first: 'P6M', step: 'P6M', max: 'P12M', specialExtra: null },
    requiredSteps: ['needs_assessment', 'decision'],
    evaluationInterval: 'P3M',
    accessTarget: 'P1M',
    fee: free,
    source: t(
      'Jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; jälkihuollon nuorelle palvelu järjestetään tarpeen ja asiakassuunnitelman mukaan ilman enimmäismääriä.',
      'Perioderna är exempelvärden, inte ur något välfärdsområdes dokument; för en ung person i eftervård ordnas tjänsten enligt behovet och klientplanen utan maximibelopp.',
      "Periods are example values, from no county's document; for a young person in aftercare the service follows the need and the client plan, without maximums.",
    ),
    aftercare: true,
  },
];
