/**
 * The e-mails the process sends people and suppliers, in fi, sv and en. None names a client or says
 * anything that identifies one: the service, dates and a link to the application, which shows the rest
 * to whoever may see it after signing in.
 */
export type MailLanguage = 'fi' | 'sv' | 'en';

interface Facts {
  /** The service's name in the mail's language. */
  service: string;
  link: string;
  payload: Record<string, unknown>;
}

type Text = { subject: string; body: string };
type Texts = Record<MailLanguage, (f: Facts) => Text>;

/** A payload's value as text: numbers and strings as they are, anything else as a dash. */
const shown = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? String(v) : '–');

const day = (iso: unknown) => {
  if (typeof iso !== 'string') return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

/** An order of a service voucher says the family chose the provider: the county only tells it. */
const byVoucher = (f: Facts, text: string) => (f.payload.way === 'service_voucher' ? ` ${text}` : '');

const TEXTS: Record<string, Texts> = {
  'supplier.order': {
    fi: (f) => ({
      subject: `Uusi tilaus: ${f.service}`,
      body: `Länsi-Uudenmaan hyvinvointialue tilaa teiltä palvelun ${f.service} (${shown(f.payload.hoursPerMonth)} h/kk).${byVoucher(f, 'Perhe on valinnut teidät palvelusetelin tuottajaksi.')} Hyväksykää tai hylätkää tilaus sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Ny beställning: ${f.service}`,
      body: `Västra Nylands välfärdsområde beställer tjänsten ${f.service} (${shown(f.payload.hoursPerMonth)} h/mån) av er.${byVoucher(f, 'Familjen har valt er som producent med servicesedel.')} Godkänn eller avböj beställningen i applikationen:`,
    }),
    en: (f) => ({
      subject: `New order: ${f.service}`,
      body: `West Uusimaa wellbeing services county orders ${f.service} (${shown(f.payload.hoursPerMonth)} h/month) from you.${byVoucher(f, 'The family chose you as the provider of its service voucher.')} Accept or decline the order in the application:`,
    }),
  },
  'supplier.service_ended': {
    fi: (f) => ({
      subject: `Palvelu päättyy: ${f.service}`,
      body: `Tuottamanne palvelu ${f.service} päättyy ${day(f.payload.endsOn)}. Tiedot sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Tjänsten upphör: ${f.service}`,
      body: `Tjänsten ${f.service} som ni producerar upphör ${day(f.payload.endsOn)}. Uppgifterna finns i applikationen:`,
    }),
    en: (f) => ({
      subject: `Service ends: ${f.service}`,
      body: `The service ${f.service} you provide ends on ${day(f.payload.endsOn)}. Details in the application:`,
    }),
  },
  'supplier.service_stopped': {
    fi: (f) => ({
      subject: `Palvelu keskeytyy, jatkopäätöstä ei ole: ${f.service}`,
      body: `Palvelun ${f.service} jakso päättyi ${day(f.payload.lastDay)} ilman jatkopäätöstä. Palvelulla ei ole päätöstä sen jälkeen, eikä sen jälkeisiä käyntejä makseta. Älkää käykö perheessä ennen kuin palvelun kerrotaan jatkuvan. Tiedot sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Tjänsten avbryts, fortsättningsbeslut saknas: ${f.service}`,
      body: `Perioden för tjänsten ${f.service} upphörde ${day(f.payload.lastDay)} utan fortsättningsbeslut. Tjänsten har inget beslut efter det, och besök efter det betalas inte. Besök inte familjen förrän ni får veta att tjänsten fortsätter. Uppgifterna finns i applikationen:`,
    }),
    en: (f) => ({
      subject: `Service stopped, no continuation decision: ${f.service}`,
      body: `The period of ${f.service} ended on ${day(f.payload.lastDay)} with no continuation decision. The service has no decision after that day, and visits after it are not paid. Do not visit the family until you are told the service goes on. Details in the application:`,
    }),
  },
  'supplier.service_resumed': {
    fi: (f) => ({
      subject: `Palvelu jatkuu: ${f.service}`,
      body: `Palvelusta ${f.service} on tehty jatkopäätös. Palvelu jatkuu ${day(f.payload.resumesOn)} alkaen, ja käynnit siitä alkaen maksetaan. Tiedot sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Tjänsten fortsätter: ${f.service}`,
      body: `Ett fortsättningsbeslut har fattats om tjänsten ${f.service}. Tjänsten fortsätter från ${day(f.payload.resumesOn)}, och besök från den dagen betalas. Uppgifterna finns i applikationen:`,
    }),
    en: (f) => ({
      subject: `Service goes on: ${f.service}`,
      body: `A continuation decision was made on ${f.service}. The service goes on from ${day(f.payload.resumesOn)}, and visits from that day are paid. Details in the application:`,
    }),
  },
  'supplier.clarification_requested': {
    fi: () => ({
      subject: 'Selvityspyyntö: palvelun valvonta',
      body: 'Hyvinvointialue pyytää selvitystä palveluistanne. Vastatkaa määräaikaan mennessä sovelluksessa:',
    }),
    sv: () => ({
      subject: 'Begäran om utredning: tillsyn över tjänsten',
      body: 'Välfärdsområdet begär en utredning om era tjänster. Svara inom utsatt tid i applikationen:',
    }),
    en: () => ({
      subject: 'Request for clarification: supervision',
      body: 'The county asks you to clarify how your services are provided. Answer by the deadline in the application:',
    }),
  },
  'supplier.clarification_reminder': {
    fi: () => ({
      subject: 'Muistutus: selvityspyyntö',
      body: 'Selvityspyyntöön ei ole vastattu määräaikaan mennessä. Vastatkaa sovelluksessa:',
    }),
    sv: () => ({
      subject: 'Påminnelse: begäran om utredning',
      body: 'Begäran om utredning har inte besvarats inom utsatt tid. Svara i applikationen:',
    }),
    en: () => ({
      subject: 'Reminder: request for clarification',
      body: 'The request for clarification was not answered by its deadline. Answer in the application:',
    }),
  },
  'own_worker.continuation_due': {
    fi: (f) => ({
      subject: `Jatkopäätös tehtävä: ${f.service}`,
      body: `Asiakkaasi palvelun ${f.service} jakso päättyy ${day(f.payload.periodEnd)}. Tee jatkopäätös sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Fortsättningsbeslut ska fattas: ${f.service}`,
      body: `Perioden för din klients tjänst ${f.service} upphör ${day(f.payload.periodEnd)}. Fatta fortsättningsbeslutet i applikationen:`,
    }),
    en: (f) => ({
      subject: `Continuation decision due: ${f.service}`,
      body: `The period of your client's ${f.service} ends on ${day(f.payload.periodEnd)}. Make the continuation decision in the application:`,
    }),
  },
  'own_worker.proposal_returned': {
    fi: (f) => ({
      subject: `Esitys palautettiin täydennettäväksi: ${f.service}`,
      body: `Järjestämistiimi palautti palveluesityksesi (${f.service}) täydennettäväksi. Syy ja esitys sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Serviceförslaget returnerades för komplettering: ${f.service}`,
      body: `Teamet för ordnande av tjänster returnerade ditt serviceförslag (${f.service}) för komplettering. Skälet och förslaget finns i applikationen:`,
    }),
    en: (f) => ({
      subject: `Proposal returned for completion: ${f.service}`,
      body: `The arranging team returned your service proposal (${f.service}) for completion. The reason and the proposal in the application:`,
    }),
  },
  'own_worker.proposal_decided': {
    fi: (f) => ({
      subject: `Päätös tehty: ${f.service}`,
      body: `Palveluesityksestäsi (${f.service}) on tehty ${f.payload.outcome === 'granted' ? 'myönteinen' : 'kielteinen'} päätös ${day(f.payload.decidedOn)}. Päätös sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Beslut fattat: ${f.service}`,
      body: `Ett ${f.payload.outcome === 'granted' ? 'positivt' : 'negativt'} beslut har fattats ${day(f.payload.decidedOn)} om ditt serviceförslag (${f.service}). Beslutet finns i applikationen:`,
    }),
    en: (f) => ({
      subject: `Decision made: ${f.service}`,
      body: `Your service proposal (${f.service}) was ${f.payload.outcome === 'granted' ? 'granted' : 'denied'} on ${day(f.payload.decidedOn)}. The decision in the application:`,
    }),
  },
  'own_worker.evaluation_overdue': {
    fi: (f) => ({
      subject: `Arviointipalaveri myöhässä: ${f.service}`,
      body: `Asiakkaasi palvelun ${f.service} arviointipalaveri piti pitää ${day(f.payload.dueOn)} mennessä, eikä sitä ole kirjattu. Kirjaa arviointi sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Utvärderingsmötet är försenat: ${f.service}`,
      body: `Utvärderingsmötet för din klients tjänst ${f.service} skulle ha hållits senast ${day(f.payload.dueOn)} och har inte registrerats. Registrera utvärderingen i applikationen:`,
    }),
    en: (f) => ({
      subject: `Evaluation meeting overdue: ${f.service}`,
      body: `The evaluation meeting of your client's ${f.service} was due by ${day(f.payload.dueOn)} and has not been recorded. Record the evaluation in the application:`,
    }),
  },
  'team_lead.alert': {
    fi: (f) =>
      f.payload.kind === 'evaluation_overdue'
        ? {
            subject: `Arviointipalaveri yhä myöhässä: ${f.service}`,
            body: `Palvelun ${f.service} arviointipalaveri piti pitää ${day(f.payload.dueOn)} mennessä, eikä sitä ole kirjattu. Asia sovelluksessa:`,
          }
        : {
            subject: `Palvelu keskeytyi ilman jatkopäätöstä: ${f.service}`,
            body: `Palvelun ${f.service} jakso päättyi ilman jatkopäätöstä. Palvelu on keskeytynyt, ja palveluntuottajalle on kerrottu, ettei jakson jälkeisiä käyntejä makseta. Asia sovelluksessa:`,
          },
    sv: (f) =>
      f.payload.kind === 'evaluation_overdue'
        ? {
            subject: `Utvärderingsmötet är fortfarande försenat: ${f.service}`,
            body: `Utvärderingsmötet för tjänsten ${f.service} skulle ha hållits senast ${day(f.payload.dueOn)} och har inte registrerats. Ärendet finns i applikationen:`,
          }
        : {
            subject: `Tjänsten avbröts utan fortsättningsbeslut: ${f.service}`,
            body: `Perioden för tjänsten ${f.service} upphörde utan fortsättningsbeslut. Tjänsten har avbrutits, och serviceproducenten har fått veta att besök efter perioden inte betalas. Ärendet finns i applikationen:`,
          },
    en: (f) =>
      f.payload.kind === 'evaluation_overdue'
        ? {
            subject: `Evaluation meeting still overdue: ${f.service}`,
            body: `The evaluation meeting of ${f.service} was due by ${day(f.payload.dueOn)} and has not been recorded. The matter in the application:`,
          }
        : {
            subject: `Service stopped without a continuation decision: ${f.service}`,
            body: `The period of ${f.service} ended without a continuation decision. The service has stopped, and its provider has been told that visits after the period are not paid. The matter in the application:`,
          },
  },
  'arranging_team.alert': {
    fi: (f) => ({
      subject: `Sopimus päättyy ennen palvelua: ${f.service}`,
      body: `Palveluntuottajan sopimus päättyy ${day(f.payload.commitmentEndsOn)}, ennen myönnetyn palvelun (${f.service}) loppua. Järjestä jatko sovelluksessa:`,
    }),
    sv: (f) => ({
      subject: `Avtalet upphör före tjänsten: ${f.service}`,
      body: `Serviceproducentens avtal upphör ${day(f.payload.commitmentEndsOn)}, före slutet av den beviljade tjänsten (${f.service}). Ordna fortsättningen i applikationen:`,
    }),
    en: (f) => ({
      subject: `Contract ends before the service: ${f.service}`,
      body: `The supplier's contract ends on ${day(f.payload.commitmentEndsOn)}, before the granted ${f.service} does. Arrange what follows in the application:`,
    }),
  },
  'arranging_team.bad_feedback': {
    fi: () => ({
      subject: 'Uusi huono palaute palveluntuottajasta',
      body: 'Tiimisi käyttämästä palveluntuottajasta on tullut huonoa palautetta. Valvonta-asia sovelluksessa:',
    }),
    sv: () => ({
      subject: 'Ny dålig respons om en serviceproducent',
      body: 'En serviceproducent som ditt team anlitar har fått dålig respons. Tillsynsärendet i applikationen:',
    }),
    en: () => ({
      subject: 'New bad feedback about a supplier',
      body: 'A supplier your team uses has received bad feedback. The supervision case in the application:',
    }),
  },
  'procurement.escalation': {
    fi: () => ({
      subject: 'Valvonta-asia siirretty hankinnoille',
      body: 'Palveluntuottaja ei vastannut selvityspyyntöön; valvonta-asia odottaa hankintojen toimia:',
    }),
    sv: () => ({
      subject: 'Tillsynsärende överfört till upphandlingen',
      body: 'Serviceproducenten svarade inte på begäran om utredning; tillsynsärendet väntar på upphandlingen:',
    }),
    en: () => ({
      subject: 'Supervision case escalated to procurement',
      body: 'The supplier did not answer the request for clarification; the case waits for procurement:',
    }),
  },
  'procurement.case_joined': {
    fi: () => ({ subject: 'Hankinnat mukaan valvonta-asiaan', body: 'Teidät on kutsuttu valvonta-asiaan:' }),
    sv: () => ({ subject: 'Upphandlingen med i tillsynsärendet', body: 'Ni har kallats till ett tillsynsärende:' }),
    en: () => ({ subject: 'Procurement asked to join a case', body: 'You are asked to join a supervision case:' }),
  },
  'procurement.case_outcome': {
    fi: () => ({ subject: 'Valvonta-asian ratkaisu', body: 'Valvonta-asia on ratkaistu:' }),
    sv: () => ({ subject: 'Tillsynsärendet avgjort', body: 'Tillsynsärendet har avgjorts:' }),
    en: () => ({ subject: 'Supervision case decided', body: 'The supervision case has been decided:' }),
  },
};

const FOOTER: Record<MailLanguage, string> = {
  fi: 'Tämä viesti ei sisällä asiakkaan tietoja; ne näet sovelluksessa kirjauduttuasi.',
  sv: 'Meddelandet innehåller inga klientuppgifter; dem ser du i applikationen när du har loggat in.',
  en: "This message holds no client's details; you see them in the application once signed in.",
};

/** Whether the process sends e-mail for this topic. */
export const mailed = (topic: string): boolean => topic in TEXTS;

/** The e-mail in the given languages, one after the other (suppliers get Finnish and Swedish). */
export function render(topic: string, languages: MailLanguage[], facts: (l: MailLanguage) => Facts) {
  const texts = TEXTS[topic];
  if (!texts) throw new Error(`no e-mail for topic ${topic}`);
  const parts = languages.map((l) => ({ ...texts[l](facts(l)), link: facts(l).link, footer: FOOTER[l] }));
  return {
    subject: parts.map((p) => p.subject).join(' / '),
    text: parts.map((p) => `${p.body}\n${p.link}\n\n${p.footer}`).join('\n\n—\n\n'),
  };
}
