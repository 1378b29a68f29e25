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

  /**
   * Opens the young person's client plan from the contact box with the keyboard (Tab to it, Enter); the new
   * tab it arrives in.
   */
  async openClientPlan(): Promise<Page> {
    if (!(await this.tabTo(this.t.family.contact.clientPlan))) throw new Error('the client plan has no focus ring');
    const [plan] = await Promise.all([this.page.context().waitForEvent('page'), this.page.keyboard.press('Enter')]);
    await plan.waitForURL(/^blob:/);
    return plan;
  }

  /** The broker's page that asks whether to sign out there as well. */
  async confirmSignOutAtProvider(): Promise<void> {
    await this.page.locator('button[autofocus], button[type="submit"]').first().click();
  }

  /** Opens the survey offered on the service. */
  async openSurvey(): Promise<void> {
    const t = this.t.family.survey;
    await this.page.getByRole('button', { name: t.answer, exact: true }).click();
    await this.page.getByRole('button', { name: t.send, exact: true }).waitFor();
  }

  /**
   * Answers the survey as a person does: each 1–4 item given, the 0–10 question and a free text, the design
   * system's radio buttons clicked by their labels.
   */
  async fillSurvey(a: { items: Record<string, string>; recommend: string; helpedMost: string }): Promise<void> {
    const t = this.t.family.survey;
    for (const [item, value] of Object.entries(a.items)) {
      await this.page
        .getByRole('group', { name: t.items[item as keyof typeof t.items] })
        .getByText(value, { exact: true })
        .click();
    }
    await this.page
      .getByRole('group', { name: new RegExp(escape(t.recommend)) })
      .getByText(a.recommend, { exact: true })
      .click();
    await this.page.getByRole('textbox', { name: t.helpedMost, exact: true }).fill(a.helpedMost);
  }

  async sendSurvey(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.family.survey.send, exact: true }).click();
    await this.waitForStatus(this.t.family.survey.sent);
  }

  /** Opens the request for rectification of the one decision that offers it, and writes the grounds. */
  async writeRectification(grounds: string): Promise<void> {
    const t = this.t.family.rectification;
    await this.page.getByRole('button', { name: t.request, exact: true }).click();
    await this.page.getByRole('textbox', { name: t.grounds, exact: true }).fill(grounds);
  }

  async sendRectification(on: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t.family.rectification.send, exact: true }).click();
    await this.waitForStatus(this.text(this.t.family.rectification.sent, { on }));
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
