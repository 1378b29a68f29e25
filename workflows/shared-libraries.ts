/**
 * The libraries every workflow shares, loaded once in the worker's reused V8 context before any workflow
 * runs (apps/worker/src/worker.ts says why). The imports' order is the point: the constant clock first.
 */
import { restoreClock } from './preload-clock';
import '@js-temporal/polyfill';

restoreClock();
