import { type AuthUser, leadsUnit, type Role } from '../../../../libs/contracts';
import type { Permission } from './permissions';
import { readsSelfMonitoring } from './record-policy';

/** The web app's pages a menu can offer (the web app's routes name them). */
export const PAGES = [
  'myClients',
  'queue',
  'orders',
  'attention',
  'contracts',
  'suppliers',
  'supervision',
  'plannedSupervision',
  'feedbackImport',
  'feedbackRules',
  'myScorecard',
  'running',
  'deliveries',
  'catalogue',
  'handovers',
  'accessLog',
  'figures',
  'settings',
] as const;
export type Page = (typeof PAGES)[number];

/**
 * The permissions of the routes each page reads as it opens: a page is offered only to a role that has them
 * all (menu.spec.ts), so a menu never leads to a refusal.
 */
export const PAGE_PERMISSIONS: Record<Page, readonly Permission[]> = {
  myClients: ['client.list', 'arrangement.list'],
  queue: ['queue.read'],
  orders: ['arrangement.list'],
  attention: ['running.list'],
  contracts: ['contract.read'],
  suppliers: ['supplier.record.read'],
  supervision: ['supervision.case.read'],
  plannedSupervision: ['planned_supervision.read'],
  feedbackImport: ['feedback.import'],
  feedbackRules: ['feedback.rules.read'],
  myScorecard: ['supplier.scorecard.read'],
  running: ['running.list'],
  deliveries: ['delivery.read'],
  catalogue: ['catalogue.read'],
  handovers: ['client.list', 'client.hand_over'],
  accessLog: ['client.find', 'client.access_log.read'],
  figures: ['report.figures.read', 'report.purchases.read'],
  settings: ['county_settings.read'],
};

/** Supervision's cases, and its planned supervision after them. */
const CASES_THEN_PLANNED: readonly Page[] = ['supervision', 'plannedSupervision'];

/**
 * Where each role starts (its first page), and the pages its menu offers in order. A role's menu is what its
 * work needs, not every page it may open: an own worker reads a supervision case from the arrangement it
 * rests on, and a supplier reads the principle card from its order.
 */
const MENUS: Record<Role, readonly Page[]> = {
  own_worker: ['myClients', 'running', 'catalogue'],
  // The queue stays the team's first page: its members' day is the queue; what needs attention comes next.
  arranging: ['queue', 'attention', 'running', ...CASES_THEN_PLANNED, 'feedbackImport', 'feedbackRules', 'catalogue'],
  team_lead: [
    'attention',
    'supervision',
    'handovers',
    'suppliers',
    'plannedSupervision',
    'feedbackImport',
    'feedbackRules',
    'catalogue',
    'accessLog',
    'deliveries',
    'figures',
    'settings',
  ],
  procurement: ['contracts', 'suppliers', ...CASES_THEN_PLANNED, 'feedbackRules', 'settings'],
  supplier: ['orders', 'supervision', 'myScorecard'],
  registrar: ['accessLog'],
  // An own-production unit answers its orders and records its services' visits as a supplier does.
  own_production: ['orders'],
};

/** A person's menu: a unit's lead also answers the unit's self-monitoring, as a supplier its supervision. */
export function menuOf(user: AuthUser): readonly Page[] {
  return leadsUnit(user) ? [...MENUS.own_production, 'supervision'] : MENUS[user.role];
}

/** What a person may do beyond the pages of their menu, for the screens to offer it (GET /me). */
export const ME_ACTIONS = ['readSelfMonitoring'] as const;
export type MeAction = (typeof ME_ACTIONS)[number];

export function meActionsOf(user: AuthUser): MeAction[] {
  return readsSelfMonitoring(user) ? ['readSelfMonitoring'] : [];
}
