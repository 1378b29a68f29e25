import type { z } from 'zod';
import type { AccessLogEntry } from '../../api/src/access/access-log.responses';
import type { RectificationRequest } from '../../api/src/appeals/appeals.responses';
import type { Arrangement, QueuePage } from '../../api/src/arrangements/arrangements.responses';
import type { ImportReport } from '../../api/src/feedback/feedback.responses';
import type { Client } from '../../api/src/people/clients.responses';
import type { SupplierOffer } from '../../api/src/reference/reference.responses';
import type { MonthUse, Visit } from '../../api/src/running/running.responses';
import type { SupervisionCaseSummary } from '../../api/src/supervision/supervision.responses';
import { USERS } from '../../../libs/persistence/dev/demo-region';
import { curlOf, type TourAnswer, type TourClient, type TourRequest } from './client';
import { pauseBeforeMidnight, rectificationReceivedOn, serverNow, tourDates, tourVisit } from './dates';
import type { Capture, Output } from './output';

/** The demo users the tour acts as, by the shell variable that holds each one's token. */
export const TOUR_USERS = { AINO: 'aino', SANNA: 'sanna', RIIKKA: 'riikka' } as const;
/** The demo's suppliers' users: the tour orders from one of them and signs in as its user. */
export const SUPPLIER_USERS = USERS.filter((u) => u.supplierId !== null);

const SERVICE = 'home_help';
const COST_CENTRE = '4100-FSW';
/** How long a read waits for the read model to show what a command did. */
const EVENTUALLY_MS = 30_000;

export class TourFailure extends Error {}

/** The API's own answer shapes (its response schemas), as the tour reads them. */
type Arranged = z.infer<typeof Arrangement>;
type Today = { today: string; timeZone: string };
type Decision = { seq: number; outcome: string; allowedActions: string[] };

interface Expect<T> {
  status?: number[];
  /** The facts the answer must show, said as the failure names them. */
  check?: (body: T) => string | null;
}

/** One walk of the process; each step prints itself as it goes. */
export class Walk {
  private n = 0;

  constructor(
    private readonly api: TourClient,
    private readonly out: Output,
    private readonly markdown: boolean,
    /** Facts for a reader (and the system test) to check, printed at the end. */
    readonly facts: string[] = [],
  ) {}

  private step(title: string, why: string): void {
    this.n += 1;
    this.out.step(this.n, title, why);
  }

  /** Sends a request, prints it and its answer's `fields`, carries `captures` on, and fails on a refusal. */
  private async call<T = Arranged>(
    req: TourRequest,
    fields: (body: T) => Record<string, unknown>,
    captures: { name: string; jq: string; from: (body: T) => string }[] = [],
    expect: Expect<T> = {},
  ): Promise<TourAnswer<T>> {
    const key = req.idempotent ? this.api.nextKey() : null;
    const shownKey = key && this.markdown ? key.replace(this.api.runId, '$RUN') : key;
    const curl = curlOf(req, req.who, shownKey);
    const answer = await this.api.send<T>(req, key);
    const ok = expect.status ? expect.status.includes(answer.status) : answer.status >= 200 && answer.status < 300;
    if (!ok) {
      this.out.request(curl, []);
      throw new TourFailure(
        `${req.method} ${this.api.resolve(req.path)} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
    const problem = expect.check?.(answer.body);
    const carried: Capture[] = captures.map((c) => ({
      name: c.name,
      jq: c.jq,
      value: this.api.set(c.name, c.from(answer.body)),
    }));
    this.out.request(curl, carried);
    this.out.answer(answer.status, fields(answer.body));
    if (problem) throw new TourFailure(`${req.method} ${this.api.resolve(req.path)}: ${problem}`);
    return answer;
  }

  /** A read repeated until the read model shows what `found` looks for (a command's effect arrives a moment later). */
  private async until<B, T>(
    req: TourRequest,
    found: (body: B) => T | undefined,
    what: string,
  ): Promise<{ answer: TourAnswer<B>; value: T }> {
    const deadline = Date.now() + EVENTUALLY_MS;
    for (;;) {
      const answer = await this.api.send<B>(req, null);
      if (answer.status !== 200) {
        throw new TourFailure(
          `${req.method} ${this.api.resolve(req.path)} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
        );
      }
      const value = found(answer.body);
      if (value !== undefined) return { answer, value };
      if (Date.now() > deadline) throw new TourFailure(`${what} did not show within ${EVENTUALLY_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  private fact(text: string): void {
    this.facts.push(text);
  }

  async run(): Promise<void> {
    // A walk that crossed midnight in Finland would date a decision after the start it allows: a run that
    // would begin in the day's last minute waits for the next day (unprinted: no step of the walk).
    const probe = await this.api.send<Today>({ who: 'AINO', method: 'GET', path: '/calendar/today' }, null);
    const pause = probe.status === 200 ? pauseBeforeMidnight(serverNow(probe.date, probe.body.today)) : 0;
    if (pause > 0) await new Promise((r) => setTimeout(r, pause));

    // ── The day ────────────────────────────────────────────────────────────────────────────────────────
    this.step(
      "The county's today",
      'Every date of the tour is counted from the day in Finland as the API tells it, never from this machine.',
    );
    const todayAnswer = await this.call<Today>({ who: 'AINO', method: 'GET', path: '/calendar/today' }, (b) => b, [
      { name: 'TODAY', jq: '.today', from: (b) => b.today },
    ]);
    const today = todayAnswer.body.today;
    const now = serverNow(todayAnswer.date, today);
    const days = tourDates(today);
    this.api.set('MONTH', days.month);
    this.out.literal('MONTH', this.markdown ? '${TODAY%-*}' : days.month, 'the month of today, whose use is read');
    this.api.set('ASSESSED', days.needsAssessedOn);
    this.out.literal(
      'ASSESSED',
      this.markdown ? '$(date -d "$TODAY -3 days" +%F)' : days.needsAssessedOn,
      'the needs assessment, three days back',
    );

    // ── The proposal ───────────────────────────────────────────────────────────────────────────────────
    this.step(
      "The own worker's clients",
      "Aino's clients (each one listed is logged); the tour proposes home help, a service for children under 18, " +
        'for the youngest of them, so that it fits the card on any day for years.',
    );
    const youngest = (b: z.infer<typeof Client>[]) =>
      b.reduce<z.infer<typeof Client> | undefined>((y, c) => (!y || c.dateOfBirth > y.dateOfBirth ? c : y), undefined);
    await this.call<z.infer<typeof Client>[]>(
      { who: 'AINO', method: 'GET', path: '/clients' },
      (b) => ({ clients: b.map((c) => `${c.fullName} ${c.dateOfBirth}`), youngest: youngest(b)?.fullName }),
      [{ name: 'CLIENT', jq: 'max_by(.dateOfBirth).id', from: (b) => youngest(b)?.id ?? '' }],
      { check: (b) => (b.length ? null : 'aino has no clients: is the demo region loaded?') },
    );

    this.step(
      'She drafts a proposal and submits it',
      'A fresh Idempotency-Key each run: the same key again would answer with the same proposal, once.',
    );
    const proposal = {
      clientId: '$CLIENT',
      serviceCode: SERVICE,
      hoursPerMonth: 20,
      needsAssessedOn: '$ASSESSED',
      desiredStartOn: '$TODAY',
      familyAgreedOn: '$ASSESSED',
      justification: 'Äiti on sairaalahoidossa; isä ei selviä yksin arjesta.',
      goals: 'Arjen rutiinit säilyvät.',
      fitWithOtherServices: 'Ei muita palveluja; neuvola jatkuu.',
    };
    await this.call(
      { who: 'AINO', method: 'POST', path: '/arrangements', body: proposal, idempotent: true },
      (b) => ({ id: b.id, status: b.status, teamId: b.teamId, dueOn: b.dueOn, allowedActions: b.allowedActions }),
      [
        { name: 'ID', jq: '.id', from: (b) => b.id },
        { name: 'TEAM', jq: '.teamId', from: (b) => b.teamId },
      ],
      {
        status: [201],
        check: (b) => (b.allowedActions?.includes('submit') ? null : 'submit is not among its allowedActions'),
      },
    );
    await this.call(
      { who: 'AINO', method: 'POST', path: '/arrangements/$ID/submit', idempotent: true },
      (b) => ({ status: b.status }),
      [],
      { check: (b) => (b.status === 'submitted' ? null : `status ${b.status}, not submitted`) },
    );

    this.step(
      "It waits in the arranging team's queue",
      'Sanna reads the unclaimed home-help proposals, earliest due first (a long queue pages on with `after=` the nextCursor).',
    );
    const id = this.api.vars.get('ID')!;
    const queuePath = `/teams/$TEAM/queue?service=${SERVICE}&assignee=none&limit=200`;
    const queued = await this.findInQueue(queuePath, id);
    this.out.request(curlOf({ who: 'SANNA', method: 'GET', path: queuePath }, 'SANNA', null), []);
    this.out.answer(queued.status, queued.fields);

    this.step('A team member claims it', 'The claim is offered (allowedActions) to the arranging team.');
    await this.call(
      { who: 'SANNA', method: 'POST', path: '/arrangements/$ID/claim', idempotent: true },
      (b) => ({ status: b.status, assignee: b.parties?.assignee?.name, allowedActions: b.allowedActions }),
      [],
      { check: (b) => (b.allowedActions?.includes('chooseArrangement') ? null : 'chooseArrangement is not offered') },
    );

    // ── The order ──────────────────────────────────────────────────────────────────────────────────────
    this.step(
      'Which suppliers may be ordered from',
      'Those with a contract for the service in force today, cheapest first, with their feedback.',
    );
    const offers = await this.call<z.infer<typeof SupplierOffer>[]>(
      { who: 'SANNA', method: 'GET', path: `/suppliers?serviceCode=${SERVICE}` },
      (b) => ({
        offers: b.map((o) => `${o.supplierName} ${(o.unitPriceCents / 100).toFixed(2)} €/h until ${o.validTo}`),
      }),
      [
        {
          name: 'SUPPLIER_ID',
          jq: '.[0].supplierId',
          from: (b) => b.find((o) => SUPPLIER_USERS.some((u) => u.supplierId === o.supplierId))?.supplierId ?? '',
        },
      ],
      {
        check: (b) =>
          b.some((o) => SUPPLIER_USERS.some((u) => u.supplierId === o.supplierId))
            ? null
            : 'no demo supplier has a contract for home help in force today',
      },
    );
    const supplierId = this.api.vars.get('SUPPLIER_ID')!;
    const supplierUser = SUPPLIER_USERS.find((u) => u.supplierId === supplierId)!;
    const supplierName = offers.body.find((o) => o.supplierId === supplierId)!.supplierName;

    this.step('The team member orders it from the supplier', `Purchased from ${supplierName}.`);
    await this.call(
      {
        who: 'SANNA',
        method: 'POST',
        path: '/arrangements/$ID/way',
        body: { way: 'purchase', supplierId: '$SUPPLIER_ID' },
        idempotent: true,
      },
      (b) => ({ status: b.status, supplier: b.parties?.supplier?.name }),
      [],
      { check: (b) => (b.status === 'ordered' ? null : `status ${b.status}, not ordered`) },
    );

    this.step(
      'The supplier accepts the order',
      `As the supplier's user (${supplierUser.username}); a supplier sees no client's name until it accepts.`,
    );
    this.api.signIn('SUPPLIER', supplierUser.username);
    this.out.literal(
      'SUPPLIER',
      `$(npm run -s token -- ${supplierUser.username})`,
      "the token of the chosen supplier's user",
    );
    await this.call(
      {
        who: 'SUPPLIER',
        method: 'POST',
        path: '/arrangements/$ID/order-response',
        body: { accept: true },
        idempotent: true,
      },
      (b) => ({ status: b.status }),
      [],
      { check: (b) => (b.status === 'arranged' ? null : `status ${b.status}, not arranged`) },
    );

    // ── The decision, the commitment and the start ─────────────────────────────────────────────────────
    this.step(
      'The decision, and the payment commitment',
      'Granted from the day wished for, for the first period of the service card.',
    );
    await this.call(
      {
        who: 'SANNA',
        method: 'POST',
        path: '/arrangements/$ID/decision',
        body: { outcome: 'granted' },
        idempotent: true,
      },
      (b) => ({
        status: b.status,
        decidedOn: b.decision?.decidedOn,
        periodStart: b.decision?.periodStart,
        periodEnd: b.decision?.periodEnd,
      }),
      [],
      { check: (b) => (b.decision?.outcome === 'granted' ? null : 'no granted decision') },
    );
    await this.call(
      {
        who: 'SANNA',
        method: 'POST',
        path: '/arrangements/$ID/payment-commitment',
        body: { costCentreCode: COST_CENTRE },
        idempotent: true,
      },
      (b) => ({ status: b.status, allowedActions: b.allowedActions }),
    );

    this.step(
      'The own worker records the start',
      'The starting negotiation, today: the access time counts from the needs assessment.',
    );
    await this.call(
      {
        who: 'AINO',
        method: 'POST',
        path: '/arrangements/$ID/start',
        body: { startedOn: '$TODAY', goals: 'Tavoitteet kirjattu asiakassuunnitelmaan.' },
        idempotent: true,
      },
      (b) => ({ status: b.status, startedOn: b.startedOn, accessDays: b.accessDays, periodEnd: b.decision?.periodEnd }),
      [],
      { check: (b) => (b.status === 'active' ? null : `status ${b.status}, not active`) },
    );
    this.fact(`arrangement ${id} is active (started ${today})`);

    // ── The running service ────────────────────────────────────────────────────────────────────────────
    const visit = tourVisit(today, now);
    this.step(
      'The supplier records a visit, and the month’s use is read',
      visit.status === 'delivered'
        ? 'A visit of today that is over by now (a visit before the start is refused).'
        : 'Just after midnight no visit of today is over yet: the family cancels the morning visit now, a late cancellation.',
    );
    const visitBody = {
      ...visit,
      startsAt: visit.startsAt.replace(today, '${TODAY}'),
      cancelledAt: visit.cancelledAt?.replace(today, '${TODAY}') ?? null,
    };
    await this.call<z.infer<typeof Visit>>(
      { who: 'SUPPLIER', method: 'POST', path: '/arrangements/$ID/visits', body: visitBody, idempotent: true },
      (b) => ({ id: b.id, visitOn: b.visitOn, hours: b.hours, status: b.status, chargedHours: b.chargedHours }),
      [],
      { status: [201], check: (b) => (b.visitOn === today ? null : `visitOn ${b.visitOn}, not today`) },
    );
    await this.call<z.infer<typeof MonthUse>>(
      { who: 'SANNA', method: 'GET', path: '/arrangements/$ID/use?month=$MONTH' },
      (b) => ({
        month: b.month,
        unitsPerMonth: b.commitment?.unitsPerMonth,
        deliveredHours: b.deliveredHours,
        lateClientCancellations: b.lateClientCancellations,
        chargedHours: b.chargedHours,
        remainingHours: b.remainingHours,
      }),
      [],
      { check: (b) => (b.deliveredVisits + b.clientCancellations >= 1 ? null : 'the visit is not in the month’s use') },
    );
    this.fact(`the month's use of ${days.month} counts the visit`);

    // ── Feedback and supervision ───────────────────────────────────────────────────────────────────────
    this.step(
      "The family's survey answer is imported, and it is bad",
      'The survey tool’s export, docs/examples/survey.csv, with this arrangement put in: "heard" at 1 breaks the rule of an item at or below 1.',
    );
    const openBefore = (
      await this.until(
        { who: 'SANNA', method: 'GET', path: '/supervision/cases?supplierId=$SUPPLIER_ID&open=true' },
        (b: z.infer<typeof SupervisionCaseSummary>[]) => b,
        "the supplier's open cases",
      )
    ).value;
    this.api.set('RESPONSE', `tour-${this.api.runId}`);
    this.out.literal(
      'RESPONSE',
      this.markdown ? 'tour-$RUN' : `tour-${this.api.runId}`,
      "the survey tool's id of the answer: a re-import finds it there",
    );
    await this.call<z.infer<typeof ImportReport>>(
      {
        who: 'SANNA',
        method: 'POST',
        path: '/feedback/imports',
        file: {
          path: 'docs/examples/survey.csv',
          contentType: 'text/csv',
          replace: { RESPONSE_ID: '$RESPONSE', ARRANGEMENT_ID: '$ID', ANSWERED_ON: '$TODAY' },
        },
      },
      (b) => ({ accepted: b.accepted.length, rejected: b.rejected.length, badReasons: b.accepted[0]?.badReasons }),
      [],
      {
        status: [201],
        check: (b) =>
          b.accepted.length !== 1
            ? `the row was not accepted: ${JSON.stringify(b)}`
            : b.accepted[0]!.badReasons.length === 0
              ? 'the answer is not bad by the rules in force (GET /feedback/rules)'
              : null,
      },
    );

    this.step(
      'A supervision case of the supplier holds it',
      "Bad feedback is a finding for the supplier's one open case (a new case when none is open), " +
        'once the case process has taken it: then the case offers the team its steps (allowedActions).',
    );
    const casesPath = '/supervision/cases?supplierId=$SUPPLIER_ID&open=true';
    type Case = z.infer<typeof SupervisionCaseSummary>;
    // The supplier's open cases as they stood before the import (read above), to tell the new finding apart.
    const before = new Map(openBefore.map((c) => [c.id, c.findings]));
    const found = await this.until(
      { who: 'SANNA', method: 'GET', path: casesPath },
      (b: Case[]) => b.find((c) => c.findings > (before.get(c.id) ?? 0) && c.allowedActions.length > 0),
      "the finding on the supplier's open case",
    );
    const c = found.value;
    this.out.request(curlOf({ who: 'SANNA', method: 'GET', path: casesPath }, 'SANNA', null), [
      { name: 'CASE', jq: '.[0].id', value: this.api.set('CASE', c.id) },
    ]);
    this.out.answer(found.answer.status, {
      id: c.id,
      number: c.number,
      status: c.status,
      openedAt: c.openedAt,
      findings: c.findings,
      serviceCodes: c.serviceCodes,
      allowedActions: c.allowedActions,
    });
    const opened = !before.has(c.id);
    this.out.note(
      opened ? 'the finding opened this case' : "the supplier's case was already open: the finding joined it",
    );
    this.fact(`supervision case ${c.id} holds the finding (${opened ? 'opened by it' : 'joined'})`);

    // ── A denial and its rectification ─────────────────────────────────────────────────────────────────
    this.step(
      'A second proposal, denied',
      'Drafted, submitted and claimed as above; the denial gives its reasons and the client may appeal.',
    );
    await this.call(
      {
        who: 'AINO',
        method: 'POST',
        path: '/arrangements',
        body: { ...proposal, hoursPerMonth: 40 },
        idempotent: true,
      },
      (b) => ({ id: b.id, status: b.status }),
      [{ name: 'DENIED', jq: '.id', from: (b) => b.id }],
      { status: [201] },
    );
    await this.call({ who: 'AINO', method: 'POST', path: '/arrangements/$DENIED/submit', idempotent: true }, (b) => ({
      status: b.status,
    }));
    await this.call({ who: 'SANNA', method: 'POST', path: '/arrangements/$DENIED/claim', idempotent: true }, (b) => ({
      status: b.status,
    }));
    const denied = await this.call(
      {
        who: 'SANNA',
        method: 'POST',
        path: '/arrangements/$DENIED/decision',
        body: { outcome: 'denied', reason: 'Tarve katetaan jo myönnetyllä kotipalvelulla.' },
        idempotent: true,
      },
      (b) => ({ status: b.status, decidedOn: b.decision?.decidedOn, appealDeadline: b.decision?.appealDeadline }),
      [],
      { check: (b) => (b.status === 'denied' && b.decision?.appealDeadline ? null : 'no appealable denial') },
    );
    const { decidedOn, appealDeadline } = denied.body.decision as { decidedOn: string; appealDeadline: string };

    this.step(
      "The client's request for rectification is recorded",
      'Against the denial, which the decisions list offers it for (requestRectification).',
    );
    const decisionsPath = '/arrangements/$DENIED/decisions';
    const decision = await this.until(
      { who: 'SANNA', method: 'GET', path: decisionsPath },
      (b: Decision[]) => b.find((d) => d.outcome === 'denied' && d.allowedActions.includes('requestRectification')),
      'the denial on the decisions list',
    );
    this.out.request(curlOf({ who: 'SANNA', method: 'GET', path: decisionsPath }, 'SANNA', null), [
      {
        name: 'SEQ',
        jq: '.[] | select(.outcome == "denied") | .seq',
        value: this.api.set('SEQ', String(decision.value.seq)),
      },
    ]);
    this.out.answer(200, {
      seq: decision.value.seq,
      outcome: decision.value.outcome,
      allowedActions: decision.value.allowedActions,
    });
    const receivedOn = rectificationReceivedOn(today, decidedOn, appealDeadline);
    await this.call<z.infer<typeof RectificationRequest>>(
      {
        who: 'SANNA',
        method: 'POST',
        path: '/arrangements/$DENIED/decisions/$SEQ/rectification-requests',
        body: { receivedOn: receivedOn === today ? '$TODAY' : receivedOn, grounds: 'Perhe tarvitsee enemmän tunteja.' },
        idempotent: true,
      },
      (b) => ({
        id: b.id,
        decisionSeq: b.decisionSeq,
        receivedOn: b.receivedOn,
        inTime: b.inTime,
        appealDeadline: b.appealDeadline,
      }),
      [{ name: 'REQ', jq: '.id', from: (b) => b.id }],
      { status: [201], check: (b) => (b.inTime === true ? null : 'the request is not in time') },
    );
    this.fact(`rectification request ${this.api.vars.get('REQ')} recorded in time`);

    // ── The access log ─────────────────────────────────────────────────────────────────────────────────
    this.step(
      "The client's access log",
      'Who read or changed the client’s data today, and why: the team lead answers the client’s request (703/2023).',
    );
    const log = await this.call<z.infer<typeof AccessLogEntry>[]>(
      { who: 'RIIKKA', method: 'GET', path: '/clients/$CLIENT/access-log?from=$TODAY&to=$TODAY&lang=en' },
      (b) => ({
        rows: b.length,
        records: [...new Set(b.map((r) => `${r.record} ${r.action}`))],
        first: b[0] && { at: b[0].at, name: b[0].name, role: b[0].role, record: b[0].record, action: b[0].action },
      }),
      [],
      { check: (b) => (b.length > 0 ? null : 'the access log lists no row of today') },
    );
    this.fact(`the access log lists ${log.body.length} rows of today`);
  }

  /** The proposal on the queue's pages; the read model shows it a moment after the submit. */
  private async findInQueue(path: string, id: string): Promise<{ status: number; fields: Record<string, unknown> }> {
    const deadline = Date.now() + EVENTUALLY_MS;
    for (;;) {
      let after: string | null = null;
      let position = 0;
      do {
        const page: TourAnswer<z.infer<typeof QueuePage>> = await this.api.send<z.infer<typeof QueuePage>>(
          { who: 'SANNA', method: 'GET', path: after ? `${path}&after=${encodeURIComponent(after)}` : path },
          null,
        );
        if (page.status !== 200)
          throw new TourFailure(`GET ${this.api.resolve(path)} answered ${page.status}: ${JSON.stringify(page.body)}`);
        const item = page.body.items.find((i) => i.id === id);
        if (item) {
          if (!item.allowedActions.includes('claim')) throw new TourFailure('the queue does not offer the claim');
          return {
            status: page.status,
            fields: {
              position: position + page.body.items.indexOf(item) + 1,
              id: item.id,
              dueOn: item.dueOn,
              overdue: item.overdue,
              allowedActions: item.allowedActions,
            },
          };
        }
        position += page.body.items.length;
        after = page.body.nextCursor;
      } while (after);
      if (Date.now() > deadline)
        throw new TourFailure(`the proposal ${id} did not show in the queue within ${EVENTUALLY_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}
