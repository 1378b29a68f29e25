import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm';
import { bundleWorkflows } from './worker';

/**
 * The libraries the workflows share are loaded once, into the reused context's shared module cache,
 * before any workflow runs: a copy per workflow chained every earlier copy behind it (worker.ts).
 */
describe('the workflow bundle', () => {
  it('loads the date polyfill, its peers and our pure modules once, shared, before any workflow exists', async () => {
    const code = await bundleWorkflows();
    // Creating the context runs the preload, with no workflow (and so no clock) yet.
    const creator = await Inspectable.create(
      {
        code,
        filename: 'workflow-bundle.js',
        sourceMap: { version: 3, file: 'workflow-bundle.js', sources: [], names: [], mappings: '' },
      },
      5_000,
      new Set(),
    );
    try {
      // With no workflow's own cache in place, the context's module cache answers from the shared one only.
      // The same file whether the workflows are bundled from TypeScript (tests) or the build (the polyfill's
      // ES module build, or its CommonJS one).
      const ids = moduleIds(code);
      const copies = ['@js-temporal/polyfill', 'jsbi', 'long', 'ms'].map((name) => {
        const files = ids.filter((id) => id.startsWith(`./node_modules/${name}/`));
        return { name, files: files.length, shared: files.filter((id) => creator.loaded(id)).length };
      });
      expect(copies).toEqual(copies.map(({ name }) => ({ name, files: 1, shared: 1 })));
      // Every module of ours is shared (one copy for all workflows, not one each) but the workflows' own
      // functions and the interceptors, which the SDK loads for each workflow.
      const ours = ids.filter((id) => /^\.\/(dist\/)?(libs|workflows)\//.test(id));
      const eachWorkflows = (id: string) => /\/workflows\/(index|interceptors|.*\.workflow)\.[jt]s$/.test(id);
      expect(ours.length).toBeGreaterThan(20);
      expect(ours.filter((id) => !eachWorkflows(id) && !creator.loaded(id))).toEqual([]);
    } finally {
      await creator.destroy();
    }
  }, 60_000);
});

/** The creator with its context's module cache to look into. */
class Inspectable extends ReusableVMWorkflowCreator {
  loaded(id: string): boolean {
    const cache: Record<string, unknown> = this.context.__webpack_module_cache__;
    return cache[id] !== undefined;
  }
}

/** Every module id of the bundle. */
function moduleIds(code: string): string[] {
  return [...code.matchAll(/^\/\*\*\*\/ "([^"]+)"/gm)].map((m) => m[1]!);
}
