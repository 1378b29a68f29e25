import { AsyncResource } from 'node:async_hooks';

/**
 * Nest binds each interceptor's next step to the request's async context with `AsyncResource.bind`, on every
 * request. Node 24's bind also gives each bound function a deprecated `asyncResource` accessor (DEP0172), made
 * by `util.deprecate`, which sets the accessor's prototype to a new function: V8 makes a map for that in the old
 * generation, and the map points at a function whose scope holds the bound step, and so the request. Until the
 * next full collection those maps keep all the request made alive for every young-generation collection, which
 * copies it: about a fifth of what the API allocates, a stop of 15–55 ms at a time with V8's default young
 * generation (bench: `--trace-gc-nvp`, `new_space_survived`). This binds as Node does, a resource of the caller's
 * async context whose `runInAsyncScope` runs the function, without the accessor.
 */
export function bindAsyncResourcesWithoutAccessor(): void {
  AsyncResource.bind = function bind(fn: (...args: unknown[]) => unknown, type?: string, thisArg?: unknown) {
    const resource = new AsyncResource(type || fn.name || 'bound-anonymous-fn');
    return function bound(this: unknown, ...args: unknown[]) {
      return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args);
    };
  } as typeof AsyncResource.bind;
}
