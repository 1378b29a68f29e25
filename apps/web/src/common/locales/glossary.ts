/** A language the county's texts are written in. */
export type GlossaryLanguage = 'fi' | 'sv' | 'en';

/** One domain concept: the one term each language uses for it, and the variants it must not. */
export interface GlossaryEntry {
  fi: string;
  sv: string;
  en: string;
  /** Variants writers reach for, matched case-insensitively as whole words or phrases. */
  avoid?: Partial<Record<GlossaryLanguage, readonly string[]>>;
  /** Where the term comes from, or what it must not be confused with. */
  note?: string;
}

/**
 * One term per domain concept in Finnish, Swedish and English, as the county's own documents write it
 * (../shared/seeds: the Swedish terms from the council answer, seed 001).
 *
 * Why it exists: the texts are written by many hands in three languages, and without one list the same
 * thing got two names in one language (the unmet need was both "Ouppfyllt behov" and "Otillfredsställt
 * behov") and a status came to say the opposite of the Finnish one. A client reads one word for one
 * thing, in the letter, the e-mail and the screen alike. glossary.spec.ts holds the texts to this list:
 * no avoided variant appears in them, and every term is used, so the list cannot go stale.
 */
export const GLOSSARY = {
  arranging: {
    fi: 'palvelujen järjestäminen',
    sv: 'ordnande av tjänster',
    en: 'arranging services',
  },
  serviceProposal: {
    fi: 'palveluesitys',
    sv: 'serviceförslag',
    en: 'service proposal',
    avoid: { fi: ['palveluehdotus'], sv: ['tjänsteförslag'] },
    note: 'Short forms in context: esitys / förslag / proposal.',
  },
  arrangingTeam: {
    fi: 'järjestämistiimi',
    sv: 'team för ordnande av tjänster',
    en: 'arranging team',
    avoid: { sv: ['ordnandeteam', 'ordnandeteamet'] },
    note: 'Seed 004: palvelujen järjestämisen tiimi. Short form in context: tiimi / teamet / the team.',
  },
  ownWorker: {
    fi: 'omatyöntekijä',
    sv: 'egen kontaktperson',
    en: 'own worker',
    avoid: { fi: ['oma työntekijä'], sv: ['egen arbetare', 'egna arbetare', 'egna arbetaren'] },
    note: 'Seed 001 (socialvårdslagen 42 §): egen kontaktperson. Not the client\'s "kontaktperson" (yhteyshenkilö).',
  },
  teamLead: {
    fi: 'esihenkilö',
    sv: 'chef',
    en: 'team lead',
    avoid: { fi: ['esimies'], sv: ['förman'] },
    note: 'Seed 001: chefsarbete for esihenkilötyö.',
  },
  supplier: {
    fi: 'palveluntuottaja',
    sv: 'serviceproducent',
    en: 'supplier',
    avoid: {
      fi: ['palvelutuottaja', 'palveluntarjoaja'],
      sv: ['tjänsteproducent', 'tjänsteleverantör', 'serviceleverantör'],
      en: ['service provider'],
    },
  },
  wayOfArranging: {
    fi: 'järjestämistapa',
    sv: 'sätt att ordna',
    en: 'way of arranging',
    avoid: { sv: ['ordnandesätt'] },
  },
  ownProduction: {
    fi: 'oma palvelutuotanto',
    sv: 'egen serviceproduktion',
    en: 'own production',
    avoid: { fi: ['oma tuotanto', 'omana tuotantona'], sv: ['egen produktion'] },
    note: 'Seeds 000/001: oma palvelutuotanto / egen serviceproduktion.',
  },
  purchasedService: {
    fi: 'ostopalvelu',
    sv: 'köptjänst',
    en: 'purchased service',
    avoid: { sv: ['köpt tjänst', 'köpta tjänsten'] },
  },
  order: {
    fi: 'tilaus',
    sv: 'beställning',
    en: 'order',
  },
  decision: {
    fi: 'päätös',
    sv: 'beslut',
    en: 'decision',
  },
  negativeDecision: {
    fi: 'kielteinen päätös',
    sv: 'negativt beslut',
    en: 'denied',
    avoid: { fi: ['hylkäävä päätös'], sv: ['avslagsbeslut', 'avslående beslut'] },
    note: 'Seed 001: negativa beslut. Appealable: see rectification.',
  },
  decisionLetter: {
    fi: 'päätöskirje',
    sv: 'beslutsbrev',
    en: 'decision letter',
  },
  paymentCommitment: {
    fi: 'maksusitoumus',
    sv: 'betalningsförbindelse',
    en: 'payment commitment',
    avoid: { sv: ['betalningsåtagande', 'betalningsförpliktelse'], en: ['commitment to pay'] },
  },
  costCentre: {
    fi: 'kustannuspaikka',
    sv: 'kostnadsställe',
    en: 'cost centre',
    avoid: { sv: ['kostnadscenter'], en: ['cost center'] },
  },
  rectification: {
    fi: 'oikaisuvaatimus',
    sv: 'begäran om omprövning',
    en: 'rectification',
    avoid: { sv: ['rättelseyrkande', 'omprövningsbegäran'], en: ['request a review', 'request for review'] },
    note:
      'The first step against a decision, to the individual affairs section (yksilöasioiden jaosto / sektionen för ' +
      'individärenden); its decision is appealed to the administrative court (valitus / besvär / appeal).',
  },
  unmetNeed: {
    fi: 'täyttymätön tarve',
    sv: 'otillgodosett behov',
    en: 'unmet need',
    avoid: {
      fi: ['tyydyttymätön tarve', 'toteutumaton tarve'],
      sv: ['ouppfyllt', 'ouppfylld', 'ouppfyllda', 'otillfredsställt', 'otillfredsställd', 'otillfredsställda'],
    },
    note: 'Seed 000/001: the assessed need that cannot be met for lack of resources ("ei oo" / "finns inte").',
  },
  serviceNeed: {
    fi: 'palvelutarve',
    sv: 'servicebehov',
    en: 'need',
    avoid: { sv: ['tjänstebehov'] },
  },
  specialConsideration: {
    fi: 'erityinen harkinta',
    sv: 'särskild prövning',
    en: 'special consideration',
    avoid: { fi: ['erityisharkinta'], sv: ['särskilt övervägande', 'särskild bedömning'] },
  },
  principleCard: {
    fi: 'periaatekortti',
    sv: 'principkort',
    en: 'principle card',
  },
  period: {
    fi: 'jakso',
    sv: 'period',
    en: 'period',
  },
  startingNegotiation: {
    fi: 'aloitusneuvottelu',
    sv: 'inledande förhandling',
    en: 'starting meeting',
    avoid: { sv: ['startmöte', 'startmötet'] },
  },
  evaluationMeeting: {
    fi: 'arviointipalaveri',
    sv: 'utvärderingsmöte',
    en: 'evaluation meeting',
    avoid: { sv: ['uppföljningsmöte'] },
  },
  continuationDecision: {
    fi: 'jatkopäätös',
    sv: 'fortsättningsbeslut',
    en: 'continuation decision',
    avoid: { sv: ['beslut om fortsättning'], en: ['decision to continue'] },
  },
  changeRequest: {
    fi: 'muutospyyntö',
    sv: 'ändringsbegäran',
    en: 'change request',
    note: 'The own worker asks the change of the team (pyydetty tiimiltä / skickad till teamet), not by it.',
  },
  changeDecision: {
    fi: 'muutospäätös',
    sv: 'beslut om ändring',
    en: 'change decision',
  },
  visit: {
    fi: 'käynti',
    sv: 'besök',
    en: 'visit',
  },
  client: {
    fi: 'asiakas',
    sv: 'klient',
    en: 'client',
    avoid: { sv: ['kund', 'kunden', 'kunder'], en: ['customer'] },
  },
  feedback: {
    fi: 'palaute',
    sv: 'respons',
    en: 'feedback',
    avoid: { sv: ['feedback', 'återkoppling'] },
  },
  supervision: {
    fi: 'valvonta',
    sv: 'tillsyn',
    en: 'supervision',
    avoid: { sv: ['övervakning'] },
  },
  procurement: {
    fi: 'hankinnat',
    sv: 'upphandling',
    en: 'procurement',
  },
} as const satisfies Record<string, GlossaryEntry>;
