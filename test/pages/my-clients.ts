import { WebPage } from './web-page';

/** The own worker's clients, each with its services and what waits for her. */
export class MyClientsPage extends WebPage {
  async waitForHeading(): Promise<void> {
    await this.heading(this.t.myClients.title).waitFor();
  }

  client(name: string) {
    return this.page.getByRole('region', { name });
  }

  /** A client's row says what waits for the worker, e.g. "Odottaa sinua: Lähetä esitys". */
  async waitForWaiting(client: string, what: keyof typeof this.t.waitsFor): Promise<void> {
    await this.client(client).getByText(`${this.t.myClients.waiting}: ${this.t.waitsFor[what]}`).first().waitFor();
  }

  /** The rows of a client's services, each as its text says it. */
  async serviceRows(client: string): Promise<string[]> {
    const rows = this.client(client).locator('ul.rows > li');
    await rows.first().waitFor();
    return (await rows.allTextContents()).map((r) => r.trim());
  }

  async newProposal(client: string): Promise<void> {
    await this.page.getByRole('link', { name: this.text(this.t.myClients.newProposal, { name: client }) }).click();
  }
}
