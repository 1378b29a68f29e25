import type { Browser, Page } from 'playwright-core';
import { systemEnv } from '../support/env';
import { type Language, openApp, WebPage } from './web-page';

/** The family's own view (`/family`), on a phone's screen: its sign-in, the children, one child's matters. */
export class FamilyPage extends WebPage {
  /** A fresh browser at the family's view, 390 px wide, in `language`. */
  static async open(browser: Browser, errors: string[], language: Language = 'fi', baseUrl = systemEnv().apiUrl) {
    const page = await openApp(browser, errors, baseUrl);
    await page.goto(`${baseUrl}/family`);
    const family = new FamilyPage(page);
    await family.onPhone();
    await family.heading(family.t.family.signIn.title).waitFor();
    if (language !== 'fi') {
      await family.chooseLanguage(language);
      await family.heading(family.t.family.signIn.title).waitFor();
    }
    return family;
  }

  /** Signs in from the development list and waits for the list of children. */
  async signInAs(name: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text(this.t.signIn.as, { name }) }).click();
    await this.heading(this.t.family.children.title).waitFor();
  }

  async signInWithProvider(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.family.signIn.withProvider }).click();
  }

  /** The broker's own development pages (the local provider): the identity code, any password, consent. */
  async signInAtProvider(identityCode: string): Promise<void> {
    await this.page.locator('input[name="login"]').fill(identityCode);
    await this.page.locator('input[name="password"]').fill('salasana');
    await this.page.locator('button[type="submit"]').click();
    await this.page.locator('button[type="submit"]').click();
  }

  /** Opens a child's matters from the list. */
  async openChild(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).click();
    await this.heading(name).waitFor();
  }

  /** Opens the first decision's letter; the new tab it arrives in. */
  async openLetter(): Promise<Page> {
    const [letter] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: this.t.letters.open }).first().click(),
    ]);
    await letter.waitForURL(/^blob:/);
    return letter;
  }

  /** The broker's page that asks whether to sign out there as well. */
  async confirmSignOutAtProvider(): Promise<void> {
    await this.page.locator('button[autofocus], button[type="submit"]').first().click();
  }
}
