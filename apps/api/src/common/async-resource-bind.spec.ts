import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { bindAsyncResourcesWithoutAccessor } from './async-resource-bind';

const original = AsyncResource.bind.bind(AsyncResource);
afterAll(() => {
  AsyncResource.bind = original;
});

describe('AsyncResource.bind without the deprecated accessor', () => {
  beforeAll(() => bindAsyncResourcesWithoutAccessor());

  it('runs the function in the async context it was bound in, as Node does', async () => {
    const als = new AsyncLocalStorage<string>();
    const bound = als.run('request 1', () => AsyncResource.bind(() => als.getStore()));
    expect(als.run('request 2', () => bound())).toBe('request 1');
    // Called later from a timer, outside any store.
    expect(await new Promise((resolve) => setTimeout(() => resolve(bound()), 1))).toBe('request 1');
  });

  it("passes the arguments and the result, and the caller's `this` unless one is given", () => {
    const caller = { name: 'caller' };
    const given = { name: 'given' };
    function who(this: unknown, suffix: string) {
      return `${(this as { name?: string } | undefined)?.name}${suffix}`;
    }
    expect(AsyncResource.bind(who).call(caller, '!')).toBe('caller!');
    expect(AsyncResource.bind(who, 'who', given).call(caller, '?')).toBe('given?');
  });

  it('gives the bound function no asyncResource accessor (the one whose making keeps a request alive)', () => {
    const bound = AsyncResource.bind(() => 1);
    expect(Object.getOwnPropertyNames(bound)).not.toContain('asyncResource');
    // Node's own bind makes one: were it ever gone, this module would be needless.
    expect(Object.getOwnPropertyNames(original(() => 1))).toContain('asyncResource');
  });
});
