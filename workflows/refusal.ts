import type { RuleCode } from '../libs/contracts/rules';
import { ApplicationFailure } from '@temporalio/workflow';
import type { RefusalDetails, RefusalKind } from '../libs/contracts';

/** A state machine's "no" to a command: the kind, the reason, and for bad input the field and rule. */
export class CommandRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** For `invalid_input`: the command field at fault. */
    readonly field: string | null = null,
    /** For `invalid_input`: the rule it breaks, when more telling than `process_rule`. */
    readonly rule: RuleCode | null = null,
  ) {
    super(message);
    this.name = 'CommandRefused';
  }
}

/** A refusal as the non-retryable ApplicationFailure the Update's caller receives; anything else as it is. */
export function asFailure(err: unknown): unknown {
  if (err instanceof CommandRefused) {
    return ApplicationFailure.create({
      type: err.kind,
      message: err.message,
      nonRetryable: true,
      details: [{ field: err.field, rule: err.rule } satisfies RefusalDetails],
    });
  }
  return err;
}
