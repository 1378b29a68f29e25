import type { WorkflowClientInterceptor } from '@temporalio/client';
import { defaultPayloadConverter, type Headers } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { REQUEST_ID_HEADER } from '../contracts/headers';
import { currentRequestId, withRequestId } from './logger';

/**
 * The request id travels with a command into Temporal as a header (never in the workflow's input or
 * history payloads the domain reads), from the workflow to the activities it schedules
 * (workflows/interceptors.ts), and into the activities' log lines.
 */
function withHeader<T extends { headers: Headers }>(input: T): T {
  const requestId = currentRequestId();
  if (!requestId) return input;
  return { ...input, headers: { ...input.headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) } };
}

/** The API's client: every start, signal and Update carries the request id of the request that sent it. */
export const requestIdClientInterceptor: WorkflowClientInterceptor = {
  startWithDetails: (input, next) => next(withHeader(input)),
  startUpdate: (input, next) => next(withHeader(input)),
  startUpdateWithStart: (input, next) =>
    next({
      ...input,
      workflowStartHeaders: withHeader({ headers: input.workflowStartHeaders }).headers,
      updateHeaders: withHeader({ headers: input.updateHeaders }).headers,
    }),
  signal: (input, next) => next(withHeader(input)),
  signalWithStart: (input, next) => next(withHeader(input)),
};

/** The worker's activities: each runs in the scope of the request id its workflow passed on. */
export const requestIdActivityInterceptor: ActivityInterceptorsFactory = () => {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        const header = input.headers[REQUEST_ID_HEADER];
        requestId = header ? defaultPayloadConverter.fromPayload<string>(header) : undefined;
        return requestId ? withRequestId(requestId, () => next(input)) : next(input);
      },
    },
    outbound: {
      getLogAttributes: (attributes, next) => next(requestId ? { ...attributes, requestId } : attributes),
    },
  };
};
