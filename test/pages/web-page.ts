import type { Browser, Locator, Page } from 'playwright-core';
import { en } from '../../apps/web/src/common/locales/en';
import { fi } from '../../apps/web/src/common/locales/fi';
import { sv } from '../../apps/web/src/common/locales/sv';
import { accessibilityProblems, screenshots } from '../support/browser';
import { systemEnv } from '../support/env';

export type Language = 'fi' | 'sv' | 'en';
const TEXTS = { fi, sv, en };
const LANGUAGE_NAMES = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const;

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
  await page.goto(baseUrl + '/');
  return page;
}
