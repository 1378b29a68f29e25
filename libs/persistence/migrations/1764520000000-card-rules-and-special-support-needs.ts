import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cards' own rules as the county's documents say them: a client's special support needs (SHL 3 §), which
 * the professional support person is primarily for (seed 004); 24-hour family rehabilitation before a birth and
 * with the family's agreement (seed 004); family work's voluntariness (seed 002); home help free of charge as a
 * support measure, also for occasional transitions, as West Uusimaa's council answer says (seed 000) over
 * Pirkanmaa's 6.80 €/h; and a source note on every card whose values are not this county's own.
 *
 * The catalogue is data users publish: a database that has one gets the rules as a new version made on its
 * newest, so that arrangements keep the version they were proposed under. An empty catalogue gets the current
 * reference data later (loadCountyData), which has these rules already. The rules are written here as they
 * were on the day, never read from the reference data, so that this migration does the same wherever it runs.
 */
export class CardRulesAndSpecialSupportNeeds1764520000000 implements MigrationInterface {
  name = 'CardRulesAndSpecialSupportNeeds1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table client add column special_support_needs boolean not null default false');
    const [newest] = (await q.query(
      'select version, services from catalogue_version order by version desc limit 1',
    )) as { version: number; services: Service[] }[];
    if (!newest) return;
    const services = withCountyCardRules(newest.services);
    const changed = services
      .filter((s, i) => JSON.stringify(s) !== JSON.stringify(newest.services[i]))
      .map((s) => s.code);
    if (!changed.length) return;
    await q.query(`insert into catalogue_version (version, services, note, changed_codes) values ($1, $2, $3, $4)`, [
      newest.version + 1,
      JSON.stringify(services),
      'The cards’ own rules as the county’s documents say them (issue 24): special support needs, before a birth, the family’s agreement, home help free of charge as a support measure, source notes',
      changed,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table client drop column special_support_needs');
  }
}

type Localized = { fi: string; sv: string; en: string };
type Criterion = { code: string; text: Localized };
type Service = { code: string; rightWhen: Criterion[]; notRightWhen: Criterion[] } & Record<string, unknown>;
interface CardChange {
  set: Record<string, unknown>;
  addRightWhen?: Criterion[];
  notRightWhenTexts?: Record<string, Localized>;
}

/** The newest catalogue's services with the rules below; a card the county has removed stays removed. */
export function withCountyCardRules(services: Service[]): Service[] {
  return services.map((s) => {
    const change = CHANGES[s.code];
    if (!change) return s;
    const known = new Set(s.rightWhen.map((c) => c.code));
    return {
      ...s,
      ...change.set,
      rightWhen: [...s.rightWhen, ...(change.addRightWhen ?? []).filter((c) => !known.has(c.code))],
      notRightWhen: s.notRightWhen.map((c) => {
        const text = change.notRightWhenTexts?.[c.code];
        return text ? { ...c, text } : c;
      }),
    };
  });
}

/** Family work and intensified family work: Pirkanmaa's model, voluntary, evaluated every one to three months. */
const PIRKANMAA_FAMILY_WORK: CardChange = {
  set: {
    // Seed 002: evaluation meetings every one to three months.
    evaluationIntervalShortest: 'P1M',
    source: {
      fi: 'Malli: Pirkanmaan hyvinvointialueen palvelukuvaus (2025), kunnes Länsi-Uusimaa julkaisee oman korttinsa',
      sv: 'Modell: Birkalands välfärdsområdes tjänstebeskrivning (2025), tills Västra Nyland publicerar ett eget kort',
      en: "Model: Pirkanmaa wellbeing services county's service description (2025), until West Uusimaa publishes its own card",
    },
    voluntary: true,
  },
};

const CHANGES: Record<string, CardChange> = {
  home_help: {
    set: {
      source: {
        fi: 'Tunnit, jaksot ja palveluun pääsy: Pirkanmaan hyvinvointialueen palvelukuvaus (2025), kunnes Länsi-Uusimaa julkaisee oman korttinsa. Maksuttomuus tukitoimena ja tuki satunnaisissa siirtymissä: Länsi-Uudenmaan aluevaltuusto 28.4.2026.',
        sv: 'Timmar, perioder och tillgång till tjänsten: Birkalands välfärdsområdes tjänstebeskrivning (2025), tills Västra Nyland publicerar ett eget kort. Avgiftsfrihet som stödåtgärd och stöd vid enstaka förflyttningar: Västra Nylands välfärdsområdesfullmäktige 28.4.2026.',
        en: "Hours, periods and access time: Pirkanmaa wellbeing services county's service description (2025), until West Uusimaa publishes its own card. Free of charge as a support measure, and support in occasional transitions: West Uusimaa's regional council, 28 April 2026.",
      },
      fee: {
        kind: 'free_as_support_measure',
        note: {
          fi: 'Maksuton tukitoimena, myös kevyempänä ohjauksena ja tukena satunnaisissa siirtymissä',
          sv: 'Avgiftsfri som stödåtgärd, också som lättare handledning och stöd vid enstaka förflyttningar',
          en: 'Free of charge as a support measure, also as lighter guidance and support in occasional transitions',
        },
      },
    },
    addRightWhen: [
      {
        code: 'occasional_transitions',
        text: {
          fi: 'Kevyempi ohjaus ja tuki satunnaisissa siirtymissä paikasta toiseen',
          sv: 'Lättare handledning och stöd vid enstaka förflyttningar från en plats till en annan',
          en: 'Lighter guidance, and support in occasional transitions from one place to another',
        },
      },
    ],
    notRightWhenTexts: {
      cleaning_or_transport: {
        fi: 'Pelkkä siivous tai kuljetus (tuki satunnaisissa siirtymissä on eri asia)',
        sv: 'Enbart städning eller transport (stöd vid enstaka förflyttningar är en annan sak)',
        en: 'Mere cleaning or transport (support in occasional transitions is another matter)',
      },
    },
  },
  family_work: PIRKANMAA_FAMILY_WORK,
  intensified_family_work: PIRKANMAA_FAMILY_WORK,
  intensive_intensified_family_work: {
    set: {
      source: {
        fi: 'Tunnit ja jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; Länsi-Uusimaa vahvistaa ne.',
        sv: 'Timmar och perioder är exempelvärden, inte ur något välfärdsområdes dokument; Västra Nyland fastställer dem.',
        en: "Hours and periods are example values, from no county's document; West Uusimaa sets them.",
      },
    },
  },
  professional_support_person: {
    set: {
      source: {
        fi: 'Periaatekortti: Länsi-Uudenmaan hyvinvointialue. Jaksot ja palveluun pääsy: Pirkanmaan hyvinvointialueen palvelukuvauksen (2025) mallin mukaan, kunnes Länsi-Uusimaa päättää omansa.',
        sv: 'Principkort: Västra Nylands välfärdsområde. Perioder och tillgång till tjänsten: enligt modellen i Birkalands välfärdsområdes tjänstebeskrivning (2025), tills Västra Nyland beslutar om egna.',
        en: "Principle card: West Uusimaa wellbeing services county. Periods and access time: after the model of Pirkanmaa's service description (2025), until West Uusimaa sets its own.",
      },
      primarilyForSpecialSupportNeeds: true,
    },
    addRightWhen: [
      {
        code: 'special_support_needs',
        text: {
          fi: 'Ensisijaisesti asiakkaille, joilla on sosiaalihuoltolain mukainen erityisen tuen tarve; muille erityisillä syillä',
          sv: 'I första hand för klienter med behov av särskilt stöd enligt socialvårdslagen; för andra av särskilda skäl',
          en: 'Primarily for clients with special support needs under the Social Welfare Act; for others for special reasons',
        },
      },
    ],
  },
  family_rehabilitation_24h: {
    set: {
      source: {
        fi: 'Periaatekortti ja jaksot: Länsi-Uudenmaan hyvinvointialue. Palveluun pääsy (1 kk): Pirkanmaan hyvinvointialueen palvelukuvauksen (2025) mallin mukaan.',
        sv: 'Principkort och perioder: Västra Nylands välfärdsområde. Tillgång till tjänsten (1 mån): enligt modellen i Birkalands välfärdsområdes tjänstebeskrivning (2025).',
        en: "Principle card and periods: West Uusimaa wellbeing services county. Access time (1 month): after the model of Pirkanmaa's service description (2025).",
      },
      beforeBirth: true,
      voluntary: true,
    },
    addRightWhen: [
      {
        code: 'pregnancy',
        text: {
          fi: 'Raskaana oleva, kun on huolta tulevien vanhempien edellytyksistä huolehtia tulevasta lapsesta',
          sv: 'En gravid person, när det finns oro för de blivande föräldrarnas förutsättningar att ta hand om barnet',
          en: "A pregnant person, when there is concern about the parents-to-be's ability to care for the coming child",
        },
      },
    ],
  },
  open_family_rehabilitation: {
    set: {
      source: {
        fi: 'Tunnit ja jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; Länsi-Uusimaa vahvistaa ne.',
        sv: 'Timmar och perioder är exempelvärden, inte ur något välfärdsområdes dokument; Västra Nyland fastställer dem.',
        en: "Hours and periods are example values, from no county's document; West Uusimaa sets them.",
      },
    },
  },
  support_family: {
    set: {
      source: {
        fi: 'Tunnit ja jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; Länsi-Uusimaa vahvistaa ne.',
        sv: 'Timmar och perioder är exempelvärden, inte ur något välfärdsområdes dokument; Västra Nyland fastställer dem.',
        en: "Hours and periods are example values, from no county's document; West Uusimaa sets them.",
      },
    },
  },
  volunteer_support_person: {
    set: {
      source: {
        fi: 'Tunnit ja jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; Länsi-Uusimaa vahvistaa ne.',
        sv: 'Timmar och perioder är exempelvärden, inte ur något välfärdsområdes dokument; Västra Nyland fastställer dem.',
        en: "Hours and periods are example values, from no county's document; West Uusimaa sets them.",
      },
    },
  },
  reunification_family_work: {
    set: {
      source: {
        fi: 'Tunnit ja jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; Länsi-Uusimaa vahvistaa ne.',
        sv: 'Timmar och perioder är exempelvärden, inte ur något välfärdsområdes dokument; Västra Nyland fastställer dem.',
        en: "Hours and periods are example values, from no county's document; West Uusimaa sets them.",
      },
    },
  },
};
