import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate as date, rule } from '../common/schemas';
import {
  feedbackFields,
  FeedbackRulesSchema,
  FeedbackSchema,
  IMPORT_PROBLEMS_COLUMN,
} from '../../../../libs/contracts/feedback-commands';

export { FeedbackSchema };
export class FeedbackDto extends createZodDto(FeedbackSchema) {}
export type FeedbackFields = z.infer<typeof FeedbackSchema>;

/** A row of a survey tool's export: the answer and the tool's own response id. */
export const ImportRowSchema = z
  .object({ responseId: z.string().trim().min(1, 'must not be empty').max(100), ...feedbackFields })
  .strict();
export const IMPORT_COLUMNS = Object.keys(ImportRowSchema.shape);
export { IMPORT_PROBLEMS_COLUMN };
export const REQUIRED_COLUMNS = ['responseId', 'arrangementId', 'respondent', 'answeredOn'];

export class FeedbackRulesDto extends createZodDto(FeedbackRulesSchema) {}

/** The survey's statistics asked of a period, a service and the clients of a municipality, as the figures are. */
export class SurveyStatisticsQueryDto extends createZodDto(
  z
    .object({
      from: date.describe('First day the answers were given on'),
      to: date.describe('Last day the answers were given on'),
      serviceCode: z.string().min(1).max(64).optional(),
      municipalityCode: z
        .string()
        .min(1)
        .max(64)
        .optional()
        .describe("The clients' home municipality; the whole county when absent"),
    })
    .strict()
    .refine((q) => q.from <= q.to, rule('date_order', 'must not be before from', ['to'])),
) {}
