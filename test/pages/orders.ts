import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A supplier's orders waiting for an answer, and the services it provides. */
export class OrdersPage extends WebPage {
  async waitForHeading(): Promise<void> {
    await this.heading(this.t.orders.title).waitFor();
  }

  order(id: string) {
    return this.page.locator(`section[data-arrangement="${id}"]`);
  }

  /** An order's facts, label → value, once the order's own record has been read. */
  async orderFacts(id: string): Promise<Record<string, string>> {
    return this.factsIn(this.order(id));
  }

  async decline(id: string, reason: string): Promise<void> {
    const order = this.order(id);
    await order.getByRole('button', { name: this.t.orders.decline }).click();
    await order.getByRole('textbox', { name: this.t.orders.reason }).fill(reason);
    await order.getByRole('button', { name: this.t.orders.confirmDecline }).click();
    await this.waitForStatus(this.t.orders.declined);
  }

  async accept(id: string): Promise<void> {
    await this.order(id).getByRole('button', { name: this.t.orders.accept }).click();
    await this.waitForStatus(this.t.orders.accepted);
  }

  /** An own-production unit's answer: accepts the order naming the unit's worker who works with the family. */
  async acceptNaming(id: string, worker: string): Promise<void> {
    const order = this.order(id);
    await order.getByRole('button', { name: new RegExp(`${escape(this.t.orders.worker)}$`) }).click();
    await this.page.getByRole('option', { name: worker, exact: true }).click();
    await order.getByRole('button', { name: this.t.orders.accept }).click();
    await this.waitForStatus(this.t.orders.accepted);
  }

  /** Opens a provided service from the list by its client's name. */
  async openService(client: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(client) }).click();
  }
}
