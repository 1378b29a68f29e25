import type { Payload } from '@temporalio/common';
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';
import { REQUEST_ID_HEADER } from '../libs/contracts/headers';

/**
 * Passes the request id of the start, signal or Update being handled on to the activities the workflow
 * schedules while handling it, so that the worker's activity logs name the API request that caused
 * them. A header only: it changes no command the workflow makes, so histories replay as before.
 */
let current: Payload | undefined;

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      execute: (input, next) => {
        current = input.headers[REQUEST_ID_HEADER] ?? current;
        return next(input);
      },
      handleSignal: (input, next) => {
        current = input.headers[REQUEST_ID_HEADER] ?? current;
        return next(input);
      },
      handleUpdate: (input, next) => {
        current = input.headers[REQUEST_ID_HEADER] ?? current;
        return next(input);
      },
    },
  ],
  outbound: [
    {
      scheduleActivity: (input, next) =>
        next(current ? { ...input, headers: { ...input.headers, [REQUEST_ID_HEADER]: current } } : input),
      scheduleLocalActivity: (input, next) =>
        next(current ? { ...input, headers: { ...input.headers, [REQUEST_ID_HEADER]: current } } : input),
    },
  ],
});
