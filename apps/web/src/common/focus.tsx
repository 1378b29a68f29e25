import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { InlineAlert } from 'suomifi-ui-components';

/*
 * Focus follows the work. A browser leaves the focus on the body when the focused element leaves the page
 * (a pressed button whose step is done, a page that gave way to another), and a keyboard or screen reader
 * user then starts again from the top of the document. So:
 * - a new page (another route, signing in or out) puts the focus on its h1: usePageFocus, once, in the app;
 * - a command done puts it on the words that say what it did: a ResultRegion, told by useResult (a page
 *   that runs its own commands) or focused by focusResult (code that runs a command for a page it does not
 *   draw: useArrangementCommand focuses the arrangement page's #command-result).
 */

/** The id of the arrangement page's result: useArrangementCommand focuses it when a command succeeds. */
export const COMMAND_RESULT = 'command-result';

/**
 * Puts the focus on the page's h1 whenever `page` changes after the first one the app shows (a first load
 * starts at the top, where the skip link is). `page` names the page (its path, and whether someone is
 * signed in); null while that is not known yet. The h1 may come later than the route (a page chunk or its
 * record still loading): the focus goes to the first h1 in main when it appears, and again when another
 * replaces it (a loading page's heading giving way to the page's own) unless the reader has moved on.
 */
export function usePageFocus(page: string | null): void {
  const shown = useRef(false);
  useEffect(() => {
    if (page === null) return;
    if (!shown.current) {
      shown.current = true;
      return;
    }
    const main = document.querySelector('main');
    if (!main) return;
    let focused: HTMLElement | null = null;
    const follow = () => {
      const h1 = main.querySelector('h1');
      if (!h1 || h1 === focused) return;
      const active = document.activeElement;
      const movedOn = focused !== null && active !== null && active !== document.body && active !== focused;
      if (movedOn) return;
      // A heading is no control: focusable by script only, never a stop for Tab.
      if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
      h1.focus();
      focused = h1;
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [page]);
}

/** What a command did, in words; a new object for each command, so that the same words said twice are focused twice. */
export interface Result {
  text: string;
}

/** A page's last command result, and how to tell a new one (its ResultRegion then takes the focus). */
export function useResult(): { result: Result | null; say: (text: string) => void } {
  const [result, setResult] = useState<Result | null>(null);
  return { result, say: (text) => setResult({ text }) };
}

/**
 * Where a page tells what a command did: a status message (role=status, so that it is also announced)
 * that takes the focus when a new result is told, and that code elsewhere can focus by its id
 * (focusResult). Always present, empty until a command is done, so that screen readers know the region
 * before its first message.
 */
export function ResultRegion({ result, id }: { result: Result | null; id?: string }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) region.current?.focus();
  }, [result]);
  return (
    <div id={id} ref={region} role="status" tabIndex={-1} className="result">
      {result && <InlineAlert status="neutral">{result.text}</InlineAlert>}
    </div>
  );
}

/**
 * Focuses the element with `id` once the screen shows what the command changed: after the re-render its
 * answer started (two frames: React commits before the browser paints the next). Nothing when the page
 * has no such element.
 */
export function focusResult(id: string = COMMAND_RESULT): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
}

/**
 * Whether the element in `box` is all its page shows: main has no h1 outside it (a page whose record
 * could not be read, a page still loading). Read from the page as drawn, before the browser paints, so
 * that no page has to say which of its messages is the whole page.
 */
export function useStandsAlone(box: RefObject<HTMLElement | null>, when: unknown): boolean {
  const [alone, setAlone] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    const main = element?.closest('main');
    setAlone(!!main && ![...main.querySelectorAll('h1')].some((h1) => !element!.contains(h1)));
  }, [box, when]);
  return alone;
}
