/**
 * The libraries every workflow shares, loaded once in the worker's reused V8 context before any workflow
 * runs (apps/worker/src/worker.ts says why). The imports' order is the point: the constant clock first.
 * Beside the date polyfill, the county's own contracts and domain rules and the processes' state machines:
 * pure code, keeping no state of a workflow's (each workflow's state is its function's own), so one copy
 * serves every cached workflow, not one each. The workflows' functions and the interceptors stay each
 * workflow's own, as the SDK loads them.
 */
import { restoreClock } from './preload-clock';
import '@js-temporal/polyfill';
import '../libs/contracts';
import '../libs/contracts/headers';
import '../libs/domain/actions/arrangement-actions';
import '../libs/domain/actions/case-actions';
import '../libs/domain/commitments';
import '../libs/domain/dates';
import '../libs/domain/deadlines';
import '../libs/domain/decisions';
import '../libs/domain/periods';
import '../libs/domain/service-steps';
import '../libs/domain/working-days';
import './arrangement/arrangement.state';
import './supervision/supervision.state';

restoreClock();
