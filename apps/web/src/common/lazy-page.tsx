import { type ComponentType, lazy, useState } from 'react';

type Module = { default: ComponentType };

/** A page whose code is loaded on demand, and can be asked for ahead (`preload`). */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * A page in its own chunk. React.lazy suspends on a page's first render even when its chunk has already
 * arrived, and React holds a revealed Suspense boundary back (about 300 ms) after its fallback showed: a page
 * preloaded beside the session renders at once instead, with no fallback in between.
 */
export function lazyPage(load: () => Promise<Module>): LazyPage {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
    });
  const Lazy = lazy(load);
  const Page = () => {
    // Chosen once a mount: a page that began as the lazy one stays it, rather than mount again when loaded.
    const [Loaded] = useState(() => loaded ?? Lazy);
    return <Loaded />;
  };
  return Object.assign(Page, { preload });
}
