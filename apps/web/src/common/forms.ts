import { zodResolver } from '@hookform/resolvers/zod';
import { type FieldError, type FieldErrors, type FieldValues, get, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * react-hook-form's zod resolver with the API's schema, each error typed by the rule the API would name:
 * zod's own code (`too_small`, `invalid_type`…) or a refinement's rule (`required`, `iso_date`…), as the
 * API's validation pipe names them, so one table of rule texts serves the form and the API's refusals.
 */
export function rulesResolver<In extends FieldValues, Out>(schema: z.ZodType<Out, In>): Resolver<In, unknown, Out> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<In, unknown, Out>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    const errors = result.errors as FieldErrors;
    if (Object.keys(errors).length === 0) return result;
    for (const issue of schema.safeParse(values).error?.issues ?? []) {
      if (issue.code !== 'custom') continue;
      // A nested field's error sits under its path's parts (rules.nps.minAnswers).
      const error: FieldError | undefined = get(errors, issue.path.join('.'));
      if (error) error.type = String((issue.params as { rule?: string } | undefined)?.rule ?? 'custom');
    }
    return result;
  };
}
