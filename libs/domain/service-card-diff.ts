/** One field of a principle card that differs between two versions, told as text (null where absent). */
export interface CardChange {
  /** The field's path: `name.sv`, `hoursPerMonth.max`, `notRightWhen.<code>.text.fi`. */
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * A card's fields as paths to texts. Criteria are addressed by their codes, not their places, so that a
 * criterion added in the middle changes one field and not every one after it; a list of codes is one field.
 */
function flatten(value: unknown, path: string, out: Map<string, string | null>): void {
  if (value === null || value === undefined) {
    out.set(path, null);
  } else if (Array.isArray(value)) {
    const coded = value.every(
      (v) => v !== null && typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string',
    );
    if (coded && value.length > 0) {
      for (const v of value as { code: string }[]) {
        const { code, ...rest } = v;
        flatten(rest, `${path}.${code}`, out);
      }
    } else {
      out.set(path, value.map(String).join(', '));
    }
  } else if (typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) flatten(v, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, String(value as string | number | boolean));
  }
}

/** What changed in a card from one version to another, field by field, in the order the fields are read. */
export function cardChanges(before: object | null, after: object | null): CardChange[] {
  const [a, b] = [new Map<string, string | null>(), new Map<string, string | null>()];
  if (before) flatten(before, '', a);
  if (after) flatten(after, '', b);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }))
    .filter((c) => c.before !== c.after);
}
