import { WebPage } from './web-page';

/** The arranging team's queue. */
export class QueuePage extends WebPage {
  async waitForHeading(): Promise<void> {
    await this.heading(this.t.queue.title).waitFor();
  }

  row(id: string) {
    return this.page.locator(`tr[data-arrangement="${id}"]`);
  }

  claimName(client: string): string {
    return `${this.t.queue.claim}: ${client}`;
  }

  async claim(id: string, client: string): Promise<void> {
    await this.row(id)
      .getByRole('button', { name: this.claimName(client) })
      .click();
  }

  /** Waits until the row says who has it: a name, or 'you' for the reader. */
  async waitForAssignee(id: string, name: string): Promise<void> {
    await this.row(id)
      .getByRole('cell', { name: name === 'you' ? this.t.queue.you : name })
      .waitFor();
  }

  /** The column headers, as a screen reader has them. */
  async columnHeaders(): Promise<string[]> {
    return (await this.page.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  }

  /**
   * A row's cells as the screen shows them: each value after the label drawn before it (its column's name
   * on a phone's card, nothing on a desktop, where the column headers name them).
   */
  async cellsAsShown(id: string): Promise<string[]> {
    await this.row(id).waitFor();
    // A drawn label's computed content reads "Tila: " / "" (its text, then its alternative text); none: none.
    return this.page.evaluate(`[...document.querySelectorAll('tr[data-arrangement="${id}"] td')].map((td) => {
      const content = getComputedStyle(td, '::before').content;
      const drawn = content.startsWith('"') ? content.slice(1, content.indexOf('"', 1)) : '';
      return drawn + td.innerText.trim();
    })`);
  }

  /** What the page says a command did (its status message). */
  result() {
    return this.page.getByRole('status');
  }

  async openClient(id: string, client: string): Promise<void> {
    await this.row(id).getByRole('link', { name: client }).click();
  }
}
