import type { Browser } from 'playwright-core';
import { type Language, openApp, WebPage } from './web-page';

/** The sign-in page: the development list of people, or the county's identity provider. */
export class SignInPage extends WebPage {
  static async open(browser: Browser, errors: string[], baseUrl?: string): Promise<SignInPage> {
    return new SignInPage(await openApp(browser, errors, baseUrl));
  }

  personButton(name: string) {
    return this.page.getByRole('button', { name: this.text(this.t.signIn.as, { name }) });
  }

  /** Signs in as `name` from the development list and waits for the first page. */
  async signInAs(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`: ${name}$`) }).click();
    await this.page
      .getByRole('heading', { level: 1 })
      .filter({ hasNotText: /Kirjaudu|Logga in|Sign in|Ladataan|Laddar|Loading/ })
      .waitFor();
  }

  async signInWithProvider(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.signIn.withProvider }).click();
  }

  /** The provider's own development pages: who signs in (any password), then consent. */
  async signInAtProvider(subject: string): Promise<void> {
    await this.page.locator('input[name="login"]').fill(subject);
    await this.page.locator('input[name="password"]').fill('salasana');
    await this.page.locator('button[type="submit"]').click();
    await this.page.locator('button[type="submit"]').click();
  }

  /** The provider's page that asks whether to sign out there as well. */
  async confirmSignOutAtProvider(): Promise<void> {
    await this.page.locator('button[autofocus], button[type="submit"]').first().click();
  }

  developmentButtons() {
    return this.page.getByRole('button', { name: /^(Kirjaudu|Logga in|Sign in): / });
  }
}

/** A fresh browser context signed in as `name` through the sign-in page, in `language` (Finnish unless told). */
export async function signedIn(
  browser: Browser,
  errors: string[],
  name: string,
  language: Language = 'fi',
): Promise<SignInPage> {
  const signIn = await SignInPage.open(browser, errors);
  if (language !== 'fi') await signIn.chooseLanguage(language);
  await signIn.signInAs(name);
  return signIn;
}
