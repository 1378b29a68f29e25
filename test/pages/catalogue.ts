import type { Locator } from 'playwright-core';
import { LANGUAGE_NAMES, WebPage } from './web-page';

/** The service catalogue: its list of services, a card's page with its texts, edit form, versions and comparison. */
export class CataloguePage extends WebPage {
  async open(code?: string): Promise<void> {
    await this.goto(code ? `/catalogue/${code}` : '/catalogue');
  }

  /** A service's row in the list. */
  service(code: string): Locator {
    return this.page.locator(`[data-list="services"] [data-service="${code}"]`);
  }

  /** The card's text in a language's column (`fi`, `sv`, `en`). */
  column(language: 'fi' | 'sv' | 'en'): Locator {
    return this.page.locator(`[data-language="${language}"]`);
  }

  get editButton(): Locator {
    return this.page.getByRole('button', { name: this.t.catalogue.edit, exact: true });
  }

  /**
   * Opens the edit form, types the card's name in one language and why, and publishes it. The catalogue is
   * versioned as a whole: when someone else published in between, the change is refused and the alert says to
   * reload and make it again, which is what this does, as a person would (other test files publish too).
   */
  async publishName(language: 'fi' | 'sv' | 'en', name: string, why: string): Promise<void> {
    const published = this.page.getByRole('status').getByText(this.t.catalogue.published.split('{{')[0]!);
    const refused = this.page.getByRole('alert');
    for (let attempt = 1; ; attempt++) {
      await this.editButton.click();
      const label = `${this.t.catalogue.form.service.name} – ${LANGUAGE_NAMES[language]}`;
      await this.page.getByRole('textbox', { name: label, exact: true }).fill(name);
      await this.page.getByRole('textbox', { name: this.t.catalogue.why, exact: true }).fill(why);
      await this.page.getByRole('button', { name: this.t.catalogue.publish, exact: true }).click();
      await published.or(refused).first().waitFor();
      if (attempt === 3 || !(await refused.isVisible())) return;
      await this.page.reload();
    }
  }

  /** The versions list's rows: the version, who and why, as the page shows them. */
  async versions(): Promise<{ version: string; who: string; note: string }[]> {
    const rows = this.page.locator('[data-list="versions"] tbody tr');
    await rows.first().waitFor();
    const out = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
      out.push({ version: cells[0] ?? '', who: cells[2] ?? '', note: cells[3] ?? '' });
    }
    return out;
  }

  /** The comparison's changed fields by their paths, with the old and the new value. */
  async changes(): Promise<Record<string, [string, string]>> {
    const rows = this.page.locator('[data-list="changes"] tbody tr');
    await rows.first().waitFor();
    const out: Record<string, [string, string]> = {};
    for (const row of await rows.all()) {
      const field = (await row.getAttribute('data-field')) ?? '';
      const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
      out[field] = [cells[0] ?? '', cells[1] ?? ''];
    }
    return out;
  }
}
