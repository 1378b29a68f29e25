import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { isRefusalDetails, isRefusalKind } from '../../../../libs/contracts';
import { DomainError, ErrorCode } from './domain-error';

/** A workflow's refusal of an Update, as the API's error; null when the failure was something else. */
export function refusalOf(err: unknown): DomainError | null {
  if (
    !(err instanceof WorkflowUpdateFailedError) ||
    !(err.cause instanceof ApplicationFailure) ||
    !isRefusalKind(err.cause.type)
  ) {
    return err instanceof DomainError ? err : null;
  }
  const message = err.cause.message;
  switch (err.cause.type) {
    case 'invalid_transition':
      return new DomainError(ErrorCode.InvalidTransition, message);
    case 'forbidden':
      return new DomainError(ErrorCode.Forbidden, message);
    case 'invalid_input': {
      const [details] = err.cause.details ?? [];
      const named = isRefusalDetails(details) ? details : { field: null, rule: null };
      return DomainError.invalidField(named.field ?? '(body)', named.rule ?? 'process_rule', message);
    }
  }
}

export const PROCESS_UNAVAILABLE = 'the process service did not answer; nothing was changed, send the request again';
