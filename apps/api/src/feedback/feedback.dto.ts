import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
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
