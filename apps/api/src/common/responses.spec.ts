import { z } from 'zod';
import { onTheWire } from './responses';

describe('onTheWire', () => {
  it('checks plain data as it stands, without a copy', () => {
    const body = { id: 'a', n: 1, ok: true, none: null, items: [{ x: 'y' }], left: undefined };
    expect(onTheWire(body)).toBe(body);
  });

  it('gives what JSON would send for anything JSON changes', () => {
    class Row {
      id = 'a';
      get hidden() {
        return 'not sent';
      }
    }
    const at = new Date('2026-11-27T09:30:00.000Z');
    expect(onTheWire({ at })).toEqual({ at: '2026-11-27T09:30:00.000Z' });
    expect(onTheWire(new Row())).toEqual({ id: 'a' });
    expect(onTheWire({ n: Number.NaN })).toEqual({ n: null });
    expect(onTheWire([1, undefined])).toEqual([1, null]);
    expect(onTheWire({ toJSON: () => 'x' })).toBe('x');
    expect(onTheWire(undefined)).toBeUndefined();
  });

  it('leaves to the schema what it keeps: a field it does not name never leaves', () => {
    const shape = z.object({ id: z.string(), left: z.string().optional() });
    expect(shape.parse(onTheWire({ id: 'a', secret: 's', left: undefined }))).toEqual({ id: 'a' });
  });
});
