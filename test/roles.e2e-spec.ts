import { ROLES, type Role } from '../libs/contracts';
import { type Permission, permits } from '../apps/api/src/access/permissions';
import { connect, type DemoUser, type System } from './support/api';
import { systemEnv } from './support/env';

/**
 * Walks the whole role table over HTTP: every operation the API documents declares its permission, and
 * for every role the guard lets through exactly the roles the table gives it to. Calls use ids that
 * exist nowhere and empty bodies, so nothing is changed.
 */
const AS: Record<Role, DemoUser> = {
  own_worker: 'aino',
  arranging: 'sanna',
  team_lead: 'riikka',
  procurement: 'petra',
  supplier: 'perhepolku',
  registrar: 'kaisa',
  own_production: 'leena',
};
const UNKNOWN = '00000000-0000-4000-8000-00000000dead';
let sys: System;
let operations: {
  method: string;
  path: string;
  permission: Permission | undefined;
  public: string | undefined;
  family: string | undefined;
}[];

beforeAll(async () => {
  sys = await connect();
  const document: any = await (await fetch(`${systemEnv().apiUrl}/docs/openapi.json`)).json();
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(
      item as Record<string, { 'x-permission'?: Permission; 'x-public'?: string; 'x-family'?: string }>,
    ).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      permission: op['x-permission'],
      public: op['x-public'],
      family: op['x-family'],
    })),
  );
});
afterAll(() => sys.close());

function concrete(path: string): string {
  return path
    .replace('{teamId}', 'arr-fsw')
    .replace('{code}', 'home_help')
    .replace(/\{[A-Za-z]+\}/g, UNKNOWN);
}

describe('the role table, over HTTP', () => {
  it("covers every operation: each declares a permission, why it is public, or that it is the family's, only one", () => {
    expect(operations.length).toBeGreaterThan(60);
    const undeclared = operations.filter((o) => [o.permission, o.public, o.family].filter(Boolean).length !== 1);
    expect(undeclared.map((o) => `${o.method} ${o.path}`)).toEqual([]);
    expect(
      operations
        .filter((o) => o.public)
        .map((o) => `${o.method} ${o.path}`)
        .sort(),
    ).toEqual([
      'GET /family/sign-in/config',
      'GET /family/sign-in/persons',
      'GET /health',
      'GET /health/live',
      'GET /health/ready',
      'GET /sign-in/config',
      'GET /sign-in/users',
      'POST /family/sign-in',
      'POST /sign-in',
    ]);
  });

  it("refuses every role's token on the family's routes: they serve only a family's session", async () => {
    const family = operations.filter((o) => o.family);
    expect(family.length).toBeGreaterThanOrEqual(5);
    const wrong: string[] = [];
    for (const op of family) {
      for (const role of ROLES) {
        const reply = await sys.as(AS[role]).send(op.method, concrete(op.path), op.method === 'GET' ? undefined : {});
        if (reply.status !== 401) wrong.push(`${role} ${op.method} ${op.path}: ${reply.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers a public operation without a token', async () => {
    for (const op of operations.filter((o) => o.public && o.method === 'GET')) {
      expect([op.path, (await fetch(`${systemEnv().apiUrl}${op.path}`)).status]).not.toEqual([op.path, 401]);
    }
  });

  it('lets each role through to exactly the operations the table gives it', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.permission)) {
      for (const role of ROLES) {
        const reply = await sys
          .as(AS[role])
          .send<any>(op.method, concrete(op.path), op.method === 'GET' ? undefined : {});
        const refusedByRole = reply.status === 403 && reply.body?.error?.problems?.[0]?.rule === 'permission';
        if (refusedByRole === permits(role, op.permission!)) {
          wrong.push(`${role} ${op.method} ${op.path} (${op.permission}): ${reply.status}`);
        }
        expect(reply.status).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
  });
});
