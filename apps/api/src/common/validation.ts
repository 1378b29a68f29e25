import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError, core } from 'zod';
import type { RuleCode } from '../../../../libs/contracts/rules';
import { DomainError, ErrorCode, type FieldProblem } from './domain-error';

/** The one validation approach of the API: zod schemas as DTOs, problems named by field and rule. */
export const ValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) => {
    const issues = (error as ZodError).issues ?? [];
    const problems = issues.map((i) => problemOf(i, '(body)'));
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new DomainError(ErrorCode.Validation, summary || 'invalid request', problems);
  },
});

/** A zod issue as a problem: a refinement names its rule (see schemas.ts); zod's own issues keep zod's code. */
export function problemOf(issue: core.$ZodIssue, whole: string): FieldProblem {
  return {
    field: issue.path.length ? issue.path.join('.') : whole,
    rule: issue.code === 'custom' ? ((issue.params?.rule as RuleCode | undefined) ?? 'custom') : issue.code,
    message: issue.message,
  };
}
