import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { DomainError, ErrorCode } from './domain-error';

/** The one validation approach of the API: zod schemas as DTOs, problems named by field and rule. */
export const ValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) => {
    const issues = (error as ZodError).issues ?? [];
    const problems = issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : '(body)',
      // A refinement names its rule (see schemas.ts); zod's own issues keep zod's code.
      rule: i.code === 'custom' ? String(i.params?.rule ?? 'custom') : i.code,
      message: i.message,
    }));
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new DomainError(ErrorCode.Validation, summary || 'invalid request', problems);
  },
});
