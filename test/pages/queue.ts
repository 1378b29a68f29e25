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

  async openClient(id: string, client: string): Promise<void> {
    await this.row(id).getByRole('link', { name: client }).click();
  }
}
