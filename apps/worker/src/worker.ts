import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BundleOptions,
  bundleWorkflowCode,
  NativeConnection,
  Runtime,
  Worker,
  DefaultLogger,
  type LogLevel,
} from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../libs/config/config';
import { loggerFor } from '../../../libs/observability/logger';
import { requestIdActivityInterceptor } from '../../../libs/observability/request-id-headers';
import { createActivities } from './activities';

/** Built by `npm run build` (bundle.ts): the worker loads it instead of bundling the workflows at start. */
export const WORKFLOW_BUNDLE = join(__dirname, '..', '..', '..', 'workflow-bundle.js');

export function workflowsPath(): string {
  // Resolves to workflows/index.ts under ts-jest and to the compiled .js under dist.
  return require.resolve('../../../workflows');
}

export function workflowInterceptorModules(): string[] {
  return [require.resolve('../../../workflows/interceptors')];
}

/**
 * Libraries every workflow uses that keep no state of a workflow's own: loaded once in the reused V8
 * context and shared, rather than once per workflow (workflows/shared-libraries lists ours: the contracts,
 * the domain rules, the state machines). Not only memory: the date polyfill, as it loads,
 * wraps the context's `Intl.DurationFormat.prototype.format` around whatever is there, so a copy a
 * workflow would chain every earlier copy behind it, and the workflow thread ran out of heap after a few
 * hundred workflows whatever the cache's size. The polyfill (and its jsbi) comes through
 * workflows/shared-libraries, which gives it the clock it reads as it loads.
 */
export const WORKFLOW_SHARED_MODULES = [require.resolve('../../../workflows/shared-libraries'), 'long', 'ms'];

/**
 * The bundle's options beside the workflows: the shared modules preloaded. Webpack drops a bare
 * `require` of a package that declares itself free of side effects (the polyfill does), and the
 * preload is exactly such a `require`, so that pruning is off; it only ever removed unused code.
 */
export const WORKFLOW_BUNDLER_OPTIONS: Pick<BundleOptions, 'preloadModules' | 'webpackConfigHook'> = {
  preloadModules: WORKFLOW_SHARED_MODULES,
  webpackConfigHook: (config) => ({
    ...config,
    optimization: { ...config.optimization, sideEffects: false },
  }),
};

/** The workflows and their interceptors as one bundle, as the build writes it and the worker loads it. */
export async function bundleWorkflows(): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsPath(),
    workflowInterceptorModules: workflowInterceptorModules(),
    ...WORKFLOW_BUNDLER_OPTIONS,
    logger: new DefaultLogger('WARN'),
  });
  return code;
}

const sdkLog = loggerFor('temporal-sdk');
const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

let runtimeInstalled = false;

/**
 * The SDK's own lines (and the activities' `log`) as JSON lines of this process; with METRICS_PORT
 * set, Temporal's runtime metrics (task latencies, slots, cache) on CORE_METRICS_PORT, which the
 * worker's operator port serves with its own (main.ts).
 */
function installRuntime(config: Config): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({
    logger: new DefaultLogger('INFO', ({ level, message, meta }) => {
      // The task token is an opaque credential, of no use to a reader of the log.
      const fields = { ...meta };
      delete fields.taskToken;
      sdkLog[LEVELS[level]](fields, message);
    }),
    telemetryOptions: {
      // The native core's own lines too, through the same JSON logger.
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(config.METRICS_PORT
        ? {
            metrics: { prometheus: { bindAddress: `127.0.0.1:${coreMetricsPort(config)}`, countersTotalSuffix: true } },
          }
        : {}),
    },
  });
}

/** Where the SDK's Prometheus exporter listens: beside the operator port, on loopback only. */
export function coreMetricsPort(config: Config): number {
  return config.METRICS_PORT + 1000;
}

export async function createWorker(
  config: Config,
  ds: DataSource,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  installRuntime(config);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  // The bundle built at build time saves the worker the memory and seconds of bundling at every start.
  const workflows = existsSync(WORKFLOW_BUNDLE)
    ? { workflowBundle: { codePath: WORKFLOW_BUNDLE } }
    : {
        workflowsPath: workflowsPath(),
        interceptors: { workflowModules: workflowInterceptorModules() },
        bundlerOptions: WORKFLOW_BUNDLER_OPTIONS,
      };
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    ...workflows,
    interceptors: {
      ...('interceptors' in workflows ? workflows.interceptors : {}),
      activity: [requestIdActivityInterceptor],
    },
    activities: createActivities(ds),
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
  });
  return { worker, connection };
}
