import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

/** A client's access log: the client found, a period, the log as a table and as a printable PDF. */
export class AccessLogPage extends WebPage {
  async waitForHeading(): Promise<void> {
    await this.heading(this.t.accessLog.title).waitFor();
  }

  async find(q: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.t.clientSearch.label }).fill(q);
    await this.page.getByRole('button', { name: this.t.clientSearch.submit, exact: true }).click();
  }

  /** The clients the search found, as each row says it (name, born …). */
  async found(): Promise<string[]> {
    const rows = this.page.locator('[data-list="found-clients"] .row-main');
    await rows.first().waitFor();
    return (await rows.allTextContents()).map((r) => r.trim());
  }

  async choose(client: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text(this.t.accessLog.chooseClient, { name: client }) }).click();
    await this.heading(this.text(this.t.accessLog.logOf, { name: client }), 2).waitFor();
  }

  table(): Locator {
    return this.page.locator('table[data-list="access-log"]');
  }

  /** The log's rows, each as its cells' texts. */
  async rows(): Promise<string[][]> {
    const rows = this.table().locator('tbody tr');
    await rows.first().waitFor();
    const cells: string[][] = [];
    for (const row of await rows.all()) {
      cells.push((await row.locator('th, td').allTextContents()).map((c) => c.trim()));
    }
    return cells;
  }

  /** Downloads the printable PDF; its bytes and the name the browser saved it by. */
  async downloadPdf(): Promise<{ name: string; pdf: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: this.t.accessLog.downloadPdf }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), pdf: readFileSync(path) };
  }
}
