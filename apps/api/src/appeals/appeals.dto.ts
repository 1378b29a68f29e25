import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { today } from '../../../../libs/domain/dates';
import { isoDate, rule } from '../common/schemas';

const past = (what: string) =>
  isoDate.refine((d) => d <= today(), rule('not_in_future', `${what} must not be in the future`));
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export class RectificationRequestDto extends createZodDto(
  z
    .object({
      receivedOn: past('the day it came in').describe('The day the request reached the county'),
      grounds: text(20_000).describe("The client's grounds, as written (kept in the database only)"),
    })
    .strict(),
) {}

export class RectificationOutcomeDto extends createZodDto(
  z
    .object({
      outcome: z.enum(['upheld', 'changed', 'dismissed_late']),
      decidedOn: past('the decision').describe('The day the individual affairs section decided'),
      newDecision: text(20_000).nullable().default(null).describe('What the decision was changed to'),
    })
    .strict()
    .refine(
      (v) => v.outcome !== 'changed' || v.newDecision !== null,
      rule('required', 'a changed decision says what it was changed to', ['newDecision']),
    ),
) {}

export class CourtAppealDto extends createZodDto(
  z.object({ filedOn: past('the day the appeal was filed') }).strict(),
) {}

export class CourtOutcomeDto extends createZodDto(
  z
    .object({
      outcome: z.enum(['dismissed', 'upheld', 'overturned', 'returned']),
      decidedOn: past('the court decision'),
    })
    .strict(),
) {}
