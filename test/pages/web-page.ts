import type { Browser, Locator, Page } from 'playwright-core';
import { en } from '../../apps/web/src/common/locales/en';
import { fi } from '../../apps/web/src/common/locales/fi';
import { sv } from '../../apps/web/src/common/locales/sv';
import { accessibilityProblems, screenshots } from '../support/browser';
import { systemEnv } from '../support/env';

export type Language = 'fi' | 'sv' | 'en';
/** A request a page made: its path and query, the file of the script that asked, its headers. */
export interface AskedRequest {
  path: string;
  by: string;
  headers: Record<string, unknown>;
}
const TEXTS = { fi, sv, en };
export const LANGUAGE_NAMES = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const;

/**
 * What every page of the web app has: the header's language menu and sign-out, the document's title,
 * axe's check, keyboard moves. A page object reads its labels from the web's own texts in the page's
 * language, so that a changed text or screen is mended in one place (as evaka's `pages/…` do).
 */
export class WebPage {
  constructor(
    readonly page: Page,
    readonly lang: Language = 'fi',
  ) {}

  /** The web's texts in this page's language. */
  get t() {
    return TEXTS[this.lang];
  }

  /** The text of `key` in this page's language with `{{x}}` filled in. */
  text(template: string, values: Record<string, string | number> = {}): string {
    return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  }

  heading(name: string | RegExp, level = 1): Locator {
    return this.page.getByRole('heading', { level, name });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(systemEnv().apiUrl + path);
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  /**
   * Reloads the page until `shown` resolves, and says what the page asked for meanwhile: each request's path
   * and query, the file of the script that asked (the request's initiator), and its headers.
   */
  async reloadAsked(shown: () => Promise<void>): Promise<AskedRequest[]> {
    const asked: AskedRequest[] = [];
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      const url = new URL(request.url);
      const by = initiator.stack?.callFrames[0]?.url ?? initiator.type;
      asked.push({ path: url.pathname + url.search, by: new URL(by, request.url).pathname, headers: request.headers });
    });
    await this.page.reload();
    await shown();
    await cdp.detach();
    return asked;
  }

  url(): string {
    return this.page.url();
  }

  async title(): Promise<string> {
    return this.page.title();
  }

  /** Chooses a language in the header's menu; the page's labels are read in it from then on. */
  async chooseLanguage(language: Language): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${LANGUAGE_NAMES[this.lang]}`) }).click();
    await this.page.getByRole('menuitem', { name: LANGUAGE_NAMES[language] }).click();
    (this as { lang: Language }).lang = language;
  }

  async expectAccessible(): Promise<void> {
    expect(await accessibilityProblems(this.page)).toEqual([]);
  }

  async screenshots(name: string): Promise<void> {
    await screenshots(this.page, name);
  }

  /** A status message (role=status) with this text. */
  async waitForStatus(text: string): Promise<void> {
    await this.page.getByRole('status').getByText(text).waitFor();
  }

  async waitForText(text: string | RegExp, exact = false): Promise<void> {
    await this.page.getByText(text, { exact }).first().waitFor();
  }

  /**
   * Presses Tab until the focused element's name (its aria-label or text) is `name`, as a keyboard user
   * moves through a page; fails when it is not reached within `max` presses. Returns whether the focus
   * is visible on it (an outline or a focus ring drawn with a shadow).
   */
  async tabTo(name: string, max = 80): Promise<boolean> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(`(() => {
        const e = document.activeElement;
        if (!e) return null;
        const style = getComputedStyle(e);
        return {
          name: (e.getAttribute('aria-label') || e.textContent || '').trim(),
          visible: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
        };
      })()`);
      const f = focused as { name: string; visible: boolean } | null;
      if (f?.name === name) return f.visible;
    }
    throw new Error(`${name} was not reached with ${max} presses of Tab`);
  }

  /**
   * Where the focus is: the element's tag, its name (its aria-label or text) and the landmark it is in
   * (header, nav or main; null outside them).
   */
  async focused(): Promise<{ tag: string; name: string; in: string | null }> {
    return await this.page.evaluate(`(() => {
      const e = document.activeElement ?? document.body;
      return {
        tag: e.tagName.toLowerCase(),
        name: (e.getAttribute('aria-label') || e.textContent || '').trim(),
        in: e.closest('header, nav, main')?.tagName.toLowerCase() ?? null,
      };
    })()`);
  }

  /** Waits until the focus is on a `tag` element named `name`; fails telling where it is instead. */
  async waitForFocus(tag: string, name: string, seconds = 10): Promise<void> {
    const until = Date.now() + seconds * 1000;
    for (;;) {
      const f = await this.focused();
      if (f.tag === tag && f.name === name) return;
      if (Date.now() > until) throw new Error(`the focus is on ${JSON.stringify(f)}, not on the ${tag} ${name}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Presses Tab (Shift+Tab when `back`) once; where the focus went. */
  async tab(back = false): Promise<{ tag: string; name: string; in: string | null }> {
    await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    return this.focused();
  }

  /** The texts of the page's h1 headings (a page has one). */
  async h1s(): Promise<string[]> {
    return (await this.page.getByRole('heading', { level: 1 }).allTextContents()).map((h) => h.trim());
  }

  /** The height of the page's header (the banner: title, language menu, sign-out) on the screen, in px. */
  async headerHeight(): Promise<number> {
    const box = await this.page.locator('header').boundingBox();
    if (!box) throw new Error('the page has no header on the screen');
    return box.height;
  }

  /** The page on a phone's screen (390 × 844 px), or back on a desktop's (1280 × 900). */
  async onPhone(phone = true): Promise<void> {
    await this.page.setViewportSize(phone ? { width: 390, height: 844 } : { width: 1280, height: 900 });
  }

  /** Signs out with the header's button. */
  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.app.signOut }).click();
  }

  /** Everything this tab's browser storage keeps (local and session), as one text to search. */
  async storedText(): Promise<string> {
    return this.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  }

  /** The facts (label → value) of the description lists in `scope`, as the page labels them. */
  async factsIn(scope: Locator): Promise<Record<string, string>> {
    const facts = scope.locator('dl.facts > div');
    await facts.first().waitFor();
    const pairs = await facts.evaluateAll((divs) =>
      divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']),
    );
    return Object.fromEntries(pairs.map(([k, v]) => [k!.trim(), v!.trim()]));
  }

  /** A page object of another page on the same tab, in the same language. */
  as<P extends WebPage>(Kind: new (page: Page, lang: Language) => P): P {
    return new Kind(this.page, this.lang);
  }
}

/** A fresh browser context (its own storage) on the app's first page. */
export async function openApp(browser: Browser, errors: string[], baseUrl = systemEnv().apiUrl): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A script error on a page fails the test that caused it, not a wait thirty seconds later.
  page.on('pageerror', (e) => errors.push(e.message));
  // So does anything the content security policy refuses: the app must run under it as served.
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.goto(baseUrl + '/');
  return page;
}
