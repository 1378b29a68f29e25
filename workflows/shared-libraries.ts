/**
 * The libraries every workflow shares, loaded once in the worker's reused V8 context before any workflow
 * runs (apps/worker/src/worker.ts says why). The imports' order is the point: the constant clock first.
 * Beside the date polyfill, the processes' state machines, and with them the county's contracts and domain
 * rules they are written in, and the contracts' headers the interceptors read: pure code, keeping no state of
 * a workflow's (each workflow's state is its function's own), so one copy serves every cached workflow, not
 * one each. The workflows' functions and the interceptors stay each workflow's own, as the SDK loads them
 * (apps/worker/src/shared-modules.spec.ts checks that nothing else of ours is).
 */
import { restoreClock } from './preload-clock';
import '@js-temporal/polyfill';
import '../libs/contracts/headers';
import './arrangement/arrangement.state';
import './supervision/supervision.state';

restoreClock();
