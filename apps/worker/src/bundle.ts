import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { WORKFLOW_BUNDLE, workflowInterceptorModules, workflowsPath, WORKFLOW_SHARED_MODULES } from './worker';

/** `npm run build`'s last step: the workflows and their interceptors as one bundle the worker loads. */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsPath(),
    workflowInterceptorModules: workflowInterceptorModules(),
    preloadModules: WORKFLOW_SHARED_MODULES,
    logger: new DefaultLogger('WARN'),
  });
  writeFileSync(WORKFLOW_BUNDLE, code);
}

main().catch((err: unknown) => {
  process.stderr.write(`[bundle] could not bundle the workflows: ${String(err)}\n`);
  process.exit(1);
});
