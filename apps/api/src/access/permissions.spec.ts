import { PERMISSIONS, ROLE_PERMISSIONS } from './permissions';

describe('the role table', () => {
  it('gives every permission to some role, and names only permissions that exist', () => {
    const given = new Set(Object.values(ROLE_PERMISSIONS).flat());
    expect([...given].filter((p) => !(p in PERMISSIONS))).toEqual([]);
    expect(Object.keys(PERMISSIONS).filter((p) => !given.has(p as keyof typeof PERMISSIONS))).toEqual([]);
  });

  it('never lets procurement read a client or an arrangement', () => {
    for (const p of [
      'client.list',
      'arrangement.read',
      'client.access_log.read',
      'queue.read',
      'running.list',
    ] as const) {
      expect(ROLE_PERMISSIONS.procurement).not.toContain(p);
    }
  });
});

describe('the registrar', () => {
  it('finds a client and reads their access log, and nothing else of theirs', () => {
    expect(ROLE_PERMISSIONS.registrar).toEqual(['me.read', 'calendar.read', 'client.find', 'client.access_log.read']);
  });
});
