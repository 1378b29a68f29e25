import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

/** One row of the import's result table as the screen shows it. */
export interface ShownRow {
  line: number;
  outcome: string;
  responseId: string;
  result: string;
  fields: string[];
  problems: string[];
}

/** The pages of the main menu, by their names in this page's language. */
export async function menuPages(page: WebPage): Promise<string[]> {
  const menu = page.page.getByRole('navigation', { name: page.t.app.mainNavigation });
  await menu.getByRole('link').first().waitFor();
  return (await menu.getByRole('link').allTextContents()).map((l) => l.trim());
}

/** The survey export's import: a file chosen and sent, every row's result, the rejected rows to download. */
export class FeedbackImportPage extends WebPage {
  async open(): Promise<void> {
    await this.goto('/feedback/import');
    await this.heading(this.t.feedbackImport.title).waitFor();
  }

  /** Chooses a file as a person would in the file dialog: its name and its bytes. */
  async choose(name: string, text: string): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** Sends the chosen file; the API's answer as the browser received it. */
  async upload(): Promise<{ status: number; body: any }> {
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.url().endsWith('/feedback/imports') && r.request().method() === 'POST'),
      this.page.getByRole('button', { name: this.t.feedbackImport.upload, exact: true }).click(),
    ]);
    return { status: response.status(), body: await response.json() };
  }

  /** The rows of the result table once they show the answer to the last upload. */
  async shownRows(): Promise<ShownRow[]> {
    await this.table().locator('tbody tr').first().waitFor();
    return this.table()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = [...tr.querySelectorAll('td')];
          const items = (i: number) => [...(cells[i]?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
          return {
            line: Number(tr.getAttribute('data-line')),
            outcome: tr.getAttribute('data-outcome') ?? '',
            responseId: cells[1]?.textContent ?? '',
            result: cells[2]?.textContent ?? '',
            fields: items(3),
            problems: items(4),
          };
        }),
      );
  }

  table(): Locator {
    return this.page.locator('table[data-list="import-rows"]');
  }

  /** The summary's counts, label → number. */
  async summary(): Promise<Record<string, string>> {
    return this.factsIn(this.page.locator('[data-summary]').locator('..'));
  }

  /** Downloads the rejected rows; the file's name and its text. */
  async downloadRejected(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: this.t.feedbackImport.download, exact: true }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** The alert of a file refused as a whole: its items. */
  async refusal(): Promise<string[]> {
    const alert = this.page.getByRole('alert').filter({ hasText: this.t.feedbackImport.fileRefused });
    await alert.waitFor();
    return (await alert.locator('li').allTextContents()).map((l) => l.trim());
  }

  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}

/** The feedback rules: those in force, and the form that changes them where the API allows it. */
export class FeedbackRulesPage extends WebPage {
  async open(): Promise<void> {
    await this.goto('/feedback/rules');
    await this.waitForRules();
  }

  async waitForRules(): Promise<void> {
    await this.heading(this.t.feedbackRules.title).waitFor();
    await this.page.locator('[data-rules]').waitFor();
  }

  async rulesInForce(): Promise<Record<string, string>> {
    return this.factsIn(this.page.locator('section').filter({ has: this.page.locator('[data-rules]') }));
  }

  /** The change form's section, by its heading: present exactly when the API allows the change. */
  changeForm(): Locator {
    return this.page
      .locator('section.card')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: this.t.feedbackRules.change }) });
  }

  textbox(name: string): Locator {
    return this.changeForm().getByRole('textbox', { name, exact: true });
  }

  async fill(name: string, value: string): Promise<void> {
    await this.textbox(name).fill(value);
  }

  async save(): Promise<void> {
    await this.changeForm().getByRole('button', { name: this.t.feedbackRules.save, exact: true }).click();
  }
}
