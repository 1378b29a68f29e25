import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDate, rule } from './schemas';
import { ValidationPipe } from './validation';

/** Every `.refine(…)` call in the API's sources, as written. */
function refinements(dir: string): { file: string; call: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return refinements(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    const text = readFileSync(path, 'utf8');
    const calls: { file: string; call: string }[] = [];
    for (let at = text.indexOf('.refine('); at >= 0; at = text.indexOf('.refine(', at + 1)) {
      let depth = 0;
      let end = at + '.refine'.length;
      do {
        if (text[end] === '(') depth++;
        if (text[end] === ')') depth--;
        end++;
      } while (depth > 0 && end < text.length);
      calls.push({ file: path, call: text.slice(at, end) });
    }
    return calls;
  });
}

describe('refusals name their rule', () => {
  it('gives every refinement in the API a stable rule code, never zod’s "custom"', () => {
    const calls = refinements(join(__dirname, '..'));
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.filter((c) => !c.call.includes('rule(')).map((c) => `${c.file}: ${c.call}`)).toEqual([]);
  });

  it('carries the rule code into the problem the client reads', () => {
    const pipe = new ValidationPipe();
    const schema = z
      .object({ from: isoDate, to: isoDate })
      .refine((q) => q.from <= q.to, rule('date_order', 'must not be before from', ['to']));
    class Dto {
      static schema = schema;
      static isZodDto = true;
    }
    const problems = (body: unknown) => {
      try {
        pipe.transform(body, { type: 'body', metatype: Dto });
      } catch (err) {
        return (err as { problems: { field: string; rule: string }[] }).problems;
      }
      return [];
    };
    expect(problems({ from: '2026-02-30', to: '2026-03-01' })).toEqual([
      expect.objectContaining({ field: 'from', rule: 'iso_date' }),
    ]);
    expect(problems({ from: '2026-03-02', to: '2026-03-01' })).toEqual([
      expect.objectContaining({ field: 'to', rule: 'date_order' }),
    ]);
  });
});
