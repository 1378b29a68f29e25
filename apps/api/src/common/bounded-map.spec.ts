import { BoundedMap } from './bounded-map';

describe('a bounded map', () => {
  it('keeps at most its limit, dropping the entry written longest ago', () => {
    const map = new BoundedMap<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) map.set(key, i);
    expect(map.size).toBe(3);
    expect([map.get('a'), map.get('b'), map.get('c'), map.get('d'), map.get('e')]).toEqual([
      undefined,
      undefined,
      2,
      3,
      4,
    ]);
  });

  it('counts an entry written again as the newest', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
  });

  it('refuses a limit that keeps nothing', () => {
    expect(() => new BoundedMap(0)).toThrow('a bounded map keeps at least one entry, not 0');
  });
});
