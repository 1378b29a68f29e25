import type { Role } from '../../../../libs/contracts';

/**
 * Every action a user can take through the API, one permission each, and which roles have it: the one
 * place that says who may do what. Routes declare their permission with `@Can`; the guard asks
 * `permits`. Which records within a permission a person may touch (their own clients, their team's
 * queue, their own orders) is decided where the records are read, by the same rules for every route.
 */
export const PERMISSIONS = {
  'me.read': 'see who one is signed in as',
  'calendar.read': "read the county's calendar and deadlines",
  'catalogue.read': 'read the service catalogue and its principle cards',
  'catalogue.change': 'publish a new version of a service',
  'client.list': "list one's own clients (a team lead's: those of the own workers they lead), and search them",
  'client.find': 'find a client by name or birth date: the id, name, birth date and language only',
  'client.access_log.read': "read a client's access log (703/2023)",
  'client.hand_over': 'hand a client over to another own worker',
  'user.disable': 'set the day a worker leaves, and disable a worker who has left',
  'arrangement.create': "draft a proposal for one's own client",
  'arrangement.read': 'read an arrangement, its timeline, visits and use',
  'arrangement.list': "list the arrangements one handles (one's clients', one's team's, a supplier's orders)",
  'proposal.edit': 'edit, submit or withdraw a proposal, ask for a consultation',
  'consultation.answer': 'answer a consultation',
  'queue.read': "read an arranging team's queue",
  'queue.work': 'claim, release, return and arrange a proposal; commit payment; decide a change',
  'order.respond': 'accept or decline an order',
  'decision.make': 'decide on a proposal',
  'service.start': 'record the start of a service',
  'evaluation.record': 'record an evaluation meeting',
  'continuation.decide': 'decide on continuing a service',
  'service.end': 'end a service early',
  'change.request': 'ask for a change of intensity or supplier',
  'visit.record': 'record a visit or a cancellation',
  'running.list': 'list running services that need someone to act',
  'feedback.give': 'give feedback on a service',
  'feedback.requests.read': "list the feedback asked of one's clients' ended services",
  'feedback.import': 'import the client survey',
  'feedback.rules.read': 'read what counts as bad feedback',
  'feedback.rules.change': 'change what counts as bad feedback',
  'supplier.offers.read': 'list the suppliers that may be ordered from',
  'contract.read': "read suppliers' contracts and their history",
  'contract.change': 'create, renew, reprice, suspend, resume and end a contract',
  'county_settings.read': "read the county's targets, baselines and norms and their history",
  'county_settings.change': "set the county's targets, baselines and norms",
  'cost_centre.read': 'list the cost centres',
  'report.figures.read': "read the team lead's figures",
  'report.purchases.read': "read the purchases against the county's baseline",
  'report.caseloads.read': "read own workers' caseloads",
  'supervision.case.read': 'read supervision cases one takes part in',
  'supervision.case.assess': 'take the steps of a supervision case',
  'supervision.statement.add': "add a statement to a case's assessment",
  'supervision.clarification.answer': 'answer a clarification request as the supplier',
  'supervision.attachment.add': 'attach a PDF to a supervision case one takes part in',
  'supplier.scorecard.read': "read a supplier's scorecard",
  'supplier.feedback_words.read': 'read what families and own workers wrote about a supplier (never who)',
  'supplier.running.read': "list a supplier's running services",
  'supplier.record.read': "read the register of suppliers and a supplier's record (never its webhook secret)",
  'supplier.record.change': 'add a supplier and change its record: name, business id, order address, webhook',
  'planned_supervision.read': 'read planned supervision and its visits',
  'planned_supervision.manage': "set or stop a supplier's planned supervision",
  'decision.letter.read': "read a decision's letter as the client got it",
  'appeal.read': 'read the requests for rectification of a decision and what became of them',
  'appeal.record': 'record a request for rectification, its outcome, and an appeal to the court',
  'delivery.read': 'see messages to other systems and people, and those parked for an operator',
  'delivery.retry': 'send a parked message again',
  'planned_visit.record': "record a planned visit's findings",
} as const;
export type Permission = keyof typeof PERMISSIONS;

const EVERYONE: Permission[] = ['me.read', 'calendar.read', 'catalogue.read', 'feedback.rules.read'];
const SUPERVISING: Permission[] = [
  'supervision.case.read',
  'supervision.case.assess',
  'supervision.statement.add',
  'supervision.attachment.add',
  'supplier.scorecard.read',
  'supplier.feedback_words.read',
  'supplier.running.read',
  'supplier.record.read',
  'supplier.offers.read',
  'planned_supervision.read',
  'planned_visit.record',
];

/** The role table: what each role may do. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  own_worker: [
    ...EVERYONE,
    'client.list',
    'arrangement.create',
    'arrangement.read',
    'decision.letter.read',
    'appeal.read',
    'arrangement.list',
    'proposal.edit',
    'decision.make',
    'service.start',
    'evaluation.record',
    'continuation.decide',
    'service.end',
    'change.request',
    'visit.record',
    'running.list',
    'feedback.give',
    'feedback.requests.read',
    // A change of supplier names one that holds a contract for the service.
    'supplier.offers.read',
    'supervision.case.read',
    'supervision.statement.add',
  ],
  arranging: [
    ...EVERYONE,
    ...SUPERVISING,
    'arrangement.read',
    'decision.letter.read',
    'appeal.read',
    'appeal.record',
    'arrangement.list',
    'consultation.answer',
    'queue.read',
    'queue.work',
    'decision.make',
    'service.start',
    'evaluation.record',
    'running.list',
    'feedback.import',
    'cost_centre.read',
  ],
  team_lead: [
    ...EVERYONE,
    ...SUPERVISING,
    'catalogue.change',
    'client.list',
    'client.find',
    'client.access_log.read',
    'client.hand_over',
    'user.disable',
    'arrangement.read',
    'decision.letter.read',
    'appeal.read',
    'appeal.record',
    'arrangement.list',
    'queue.read',
    'running.list',
    'feedback.import',
    'feedback.rules.change',
    'cost_centre.read',
    'report.figures.read',
    'report.purchases.read',
    'report.caseloads.read',
    'planned_supervision.manage',
    // Sees the contracts behind the team's choices and the contract_ending alerts; procurement changes them.
    'contract.read',
    'delivery.read',
    'delivery.retry',
    // The targets the figures are read against: the county's management sets them, its team leads among it.
    'county_settings.read',
    'county_settings.change',
  ],
  procurement: [
    ...EVERYONE,
    ...SUPERVISING,
    'feedback.rules.change',
    'report.purchases.read',
    'county_settings.read',
    'planned_supervision.manage',
    'contract.read',
    'contract.change',
    'supplier.record.change',
  ],
  supplier: [
    ...EVERYONE,
    'arrangement.read',
    'arrangement.list',
    'order.respond',
    'service.end',
    'visit.record',
    'supervision.case.read',
    'supervision.clarification.answer',
    'supervision.attachment.add',
    // Its own only (record-policy.ts): the figures of its services, never another supplier's.
    'supplier.scorecard.read',
  ],
  // The registry office answers a client's request for their access log: it finds the client and reads the log.
  registrar: ['me.read', 'calendar.read', 'client.find', 'client.access_log.read'],
};

export function permits(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The role table as Markdown, for the README (a test keeps the two the same). */
export function roleTable(): string {
  const roles = Object.keys(ROLE_PERMISSIONS) as Role[];
  const head = `| permission | what it allows | ${roles.join(' | ')} |\n| --- | --- | ${roles.map(() => '---').join(' | ')} |`;
  const rows = (Object.entries(PERMISSIONS) as [Permission, string][]).map(
    ([p, what]) => `| \`${p}\` | ${what} | ${roles.map((r) => (permits(r, p) ? '✓' : '')).join(' | ')} |`,
  );
  return [head, ...rows].join('\n');
}
