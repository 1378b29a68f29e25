import { z } from 'zod';

const check = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), reason: z.string() })]);

export const Health = z
  .object({ status: z.enum(['ok', 'degraded']), database: check, temporal: check })
  .meta({ id: 'Health', example: { status: 'ok', database: { ok: true }, temporal: { ok: true } } });

export const Liveness = z.object({ live: z.literal(true) }).meta({ id: 'Liveness', example: { live: true } });
