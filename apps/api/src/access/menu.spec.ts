import { type AuthUser, ROLES } from '../../../../libs/contracts';
import { meActionsOf, menuOf, PAGE_PERMISSIONS, PAGES } from './menu';
import { permits } from './permissions';

const user = (role: AuthUser['role'], unitLead?: boolean): AuthUser => ({
  userId: '00000000-0000-4000-8000-000000000001',
  role,
  teamId: null,
  teams: [],
  profession: null,
  supplierId: null,
  ...(unitLead ? { unitLead } : {}),
});

/** One person of each role, and a unit's lead. */
const people = [...ROLES.map((r) => user(r)), user('own_production', true)];

describe("a person's menu", () => {
  it('offers only pages whose own route the role is permitted, each once, and a first page to start on', () => {
    for (const p of people) {
      const menu = menuOf(p);
      expect(menu.length).toBeGreaterThan(0);
      expect(new Set(menu).size).toBe(menu.length);
      const refused = menu.flatMap((page) => PAGE_PERMISSIONS[page].filter((x) => !permits(p.role, x)));
      expect(refused).toEqual([]);
    }
  });

  it('offers every page to someone', () => {
    const offered = new Set(people.flatMap(menuOf));
    expect(PAGES.filter((page) => !offered.has(page))).toEqual([]);
  });

  it("gives a unit's lead the unit's supervision, which its workers do not reach", () => {
    expect(menuOf(user('own_production', true))).toEqual(['orders', 'supervision']);
    expect(menuOf(user('own_production'))).toEqual(['orders']);
  });

  it("never offers procurement a page of clients' records", () => {
    const menu = menuOf(user('procurement'));
    for (const page of ['myClients', 'queue', 'running', 'attention', 'accessLog', 'handovers'] as const) {
      expect(menu).not.toContain(page);
    }
  });
});

describe('the self-monitoring findings', () => {
  it("are read by the service line's leads and a unit's lead, not by the unit's workers or anyone else", () => {
    const readers = people
      .filter((p) => meActionsOf(p).includes('readSelfMonitoring'))
      .map((p) => `${p.role}${p.unitLead ? ' (lead)' : ''}`);
    expect(readers).toEqual(['team_lead', 'own_production (lead)']);
  });
});
