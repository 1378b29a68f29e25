/**
 * A visit's record as the API validates it and the web's visit form checks it: pure zod, shared.
 */
import { z } from 'zod';
import { rule } from './rules';

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 instant, e.g. 2026-12-03T09:00:00+02:00',
});

export const VisitSchema = z
  .object({
    startsAt: instant.describe('When the visit was (or was to be)'),
    hours: z.number().positive().max(24).multipleOf(0.25),
    status: z.enum(['delivered', 'cancelled']),
    cancelledBy: z.enum(['client', 'supplier']).nullable().default(null),
    cancelledAt: instant.nullable().default(null).describe('When the cancellation was made'),
  })
  .strict()
  .refine(
    (v) => (v.status === 'cancelled') === (v.cancelledBy !== null),
    rule('required', 'a cancelled visit says who cancelled it, a delivered one does not', ['cancelledBy']),
  )
  .refine(
    (v) => (v.status === 'cancelled') === (v.cancelledAt !== null),
    rule('required', 'a cancelled visit says when it was cancelled, a delivered one does not', ['cancelledAt']),
  );

/**
 * A correction of a visit recorded wrongly: its values edited (`visit`, the whole visit as it should have
 * been recorded), or the record cancelled; either with the reason, kept with who made it and the original.
 */
export const VisitCorrectionSchema = z
  .object({
    kind: z.enum(['edit', 'cancel']),
    reason: z.string().trim().min(1, 'say why the visit is corrected').max(2_000),
    visit: VisitSchema.nullable().default(null).describe('The visit as it should have been recorded (edit)'),
  })
  .strict()
  .refine(
    (c) => (c.kind === 'edit') === (c.visit !== null),
    rule('required', 'an edit gives the visit as it should have been, a cancellation does not', ['visit']),
  );
