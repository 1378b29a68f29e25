import { writeFileSync } from 'node:fs';
import { bundleWorkflows, WORKFLOW_BUNDLE, WORKFLOW_SHARED_MODULES } from './worker';

/** `npm run build`'s last step: the workflows and their interceptors as one bundle the worker loads. */
async function main(): Promise<void> {
  const code = await bundleWorkflows();
  // A preloaded module webpack leaves out becomes `0;`, and the workflows would load their own copies again.
  const preloads = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(code)?.[1] ?? '';
  const required = preloads.match(/__webpack_require__\(/g)?.length ?? 0;
  if (required !== WORKFLOW_SHARED_MODULES.length) {
    throw new Error(`${required} of the ${WORKFLOW_SHARED_MODULES.length} shared modules are in the bundle's preload`);
  }
  writeFileSync(WORKFLOW_BUNDLE, code);
}

main().catch((err: unknown) => {
  process.stderr.write(`[bundle] could not bundle the workflows: ${String(err)}\n`);
  process.exit(1);
});
