import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from './env';

/** Where the browser tests leave screenshots of the main pages for a reviewer (not committed). */
export const SCREENSHOTS = join(ROOT, '.data', 'screenshots');

/**
 * Debian's Chromium, driven by playwright-core. The flags keep it from reaching for the network on its
 * own (updates, sync, QUIC), which on a closed network only floods it with attempts.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_BIN;
  if (!executablePath) throw new Error('set CHROMIUM_BIN to a Chromium (npm test finds or installs one)');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The serious and critical WCAG 2.1 AA violations axe finds on the page as it is now. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The page at a desktop's 1280 px and a phone's 390 px, as PNGs named after it. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
    // The page lays itself out again for the new width (its scripts answer the resize too): a shot taken
    // before it has may be as wide as the old one.
    // Asked from here, not polled in the page: the app's content security policy forbids the page to eval.
    for (let waited = 0; waited < 3_000; waited += 100) {
      const laidOut: unknown = await page.evaluate('document.documentElement.scrollWidth');
      if (typeof laidOut === 'number' && laidOut <= width) break;
      await page.waitForTimeout(100);
    }
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
