import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { FamilySurveySchema } from '../../../../libs/contracts/feedback-commands';

/** The family's answers to the survey: the questions of the county's survey, as the import takes them. */
export class FamilySurveyDto extends createZodDto(FamilySurveySchema) {}

export class FamilyRectificationDto extends createZodDto(
  z
    .object({
      grounds: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(20_000, 'must be at most 20000 characters')
        .describe('Why the decision should be changed, in the family’s words (kept in the database only)'),
    })
    .strict(),
) {}
