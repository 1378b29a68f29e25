import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The team lead's handovers: the clients to hand over, a worker's clients, the handover itself. */
export class HandoversPage extends WebPage {
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav.handovers }).click();
    await this.heading(this.t.handovers.title).waitFor();
  }

  /** A table of clients: `handover-needed` (their own worker leaving or gone) or `worker-clients`. */
  table(list: 'handover-needed' | 'worker-clients'): Locator {
    return this.page.locator(`table[data-list="${list}"]`);
  }

  /** The names of the clients a table lists. */
  async clientsIn(list: 'handover-needed' | 'worker-clients'): Promise<string[]> {
    const rows = this.table(list).locator('tbody th');
    await rows.first().waitFor();
    return (await rows.allTextContents()).map((r) => r.trim());
  }

  /** Ticks a client's checkbox in a table (the design system draws the box; its label is the name). */
  async choose(list: 'handover-needed' | 'worker-clients', client: string): Promise<void> {
    await this.table(list).locator('label', { hasText: client }).click();
  }

  /** A dropdown by its label: the design system names its button by the value shown, then the label. */
  private async chooseIn(label: string, option: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`${escape(label)}$`) }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${escape(option)}`) }).click();
  }

  async chooseWorker(name: string): Promise<void> {
    await this.chooseIn(this.t.handovers.chooseWorker, name);
    await this.table('worker-clients').waitFor();
  }

  async search(q: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.t.clientSearch.label }).fill(q);
    await this.page.getByRole('button', { name: this.t.clientSearch.submit, exact: true }).click();
  }

  /** Hands the chosen clients over to `receiver`, for `reason`; waits for the page to say so. */
  async handOver(receiver: string, reason: string, count: number): Promise<void> {
    await this.chooseIn(this.t.handovers.receiver, receiver);
    await this.page.getByRole('textbox', { name: this.t.handovers.reason }).fill(reason);
    const submit = count === 1 ? this.t.handovers.submit_one : this.t.handovers.submit_other;
    await this.page.getByRole('button', { name: this.text(submit, { count }) }).click();
    const done = count === 1 ? this.t.handovers.done_one : this.t.handovers.done_other;
    await this.waitForStatus(this.text(done, { count, name: receiver }));
  }
}
