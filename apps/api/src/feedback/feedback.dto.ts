import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { feedbackFields, FeedbackSchema } from '../../../../libs/contracts/feedback-commands';
import { POSTGRES_INT_MAX, rule } from '../common/schemas';

export { FeedbackSchema };
export class FeedbackDto extends createZodDto(FeedbackSchema) {}
export type FeedbackFields = z.infer<typeof FeedbackSchema>;

/** A row of a survey tool's export: the answer and the tool's own response id. */
export const ImportRowSchema = z
  .object({ responseId: z.string().trim().min(1, 'must not be empty').max(100), ...feedbackFields })
  .strict();
export const IMPORT_COLUMNS = Object.keys(ImportRowSchema.shape);
export const REQUIRED_COLUMNS = ['responseId', 'arrangementId', 'respondent', 'answeredOn'];

export class FeedbackRulesDto extends createZodDto(
  z
    .object({
      basedOnVersion: z.number().int().positive().max(POSTGRES_INT_MAX),
      note: z.string().trim().min(1, 'say why the rules change').max(2_000),
      rules: z
        .object({
          itemAtOrBelow: z.number().int().min(1).max(3).nullable(),
          seriousConcern: z.boolean(),
          nps: z
            .object({
              window: z.number().int().min(1).max(1_000),
              minAnswers: z.number().int().min(1).max(1_000),
              below: z.number().min(-100).max(100),
            })
            .strict()
            .refine((n) => n.minAnswers <= n.window, rule('range', 'must not exceed window', ['minAnswers']))
            .nullable(),
        })
        .strict(),
    })
    .strict(),
) {}
