import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

export type AttentionCategory =
  | 'continuation_overdue'
  | 'continuation_due'
  | 'evaluation_overdue'
  | 'access_overdue'
  | 'change_pending'
  | 'unmet_need';

/** What needs attention now: the counts in the header, each a link, and a section of rows for each. */
export class AttentionPage extends WebPage {
  async open(): Promise<void> {
    await this.goto('/attention');
    await this.waitForCounts();
  }

  async waitForCounts(): Promise<void> {
    await this.heading(this.t.attention.title).waitFor();
    await this.counts().first().waitFor();
  }

  private counts(): Locator {
    return this.page.locator('ul[data-list="attention-counts"] > li');
  }

  /** Each tile's count by its category (parked_deliveries for the parked messages). */
  async shownCounts(): Promise<Record<string, number>> {
    const tiles = await this.counts().evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute('data-category') ?? '', li.querySelector('.count')?.textContent ?? '']),
    );
    return Object.fromEntries(tiles.map(([k, v]) => [k!, Number(v)]));
  }

  /** Follows a count's link to its section (or, for the parked messages, to their page). */
  async followCount(category: AttentionCategory | 'parked_deliveries'): Promise<void> {
    await this.counts()
      .and(this.page.locator(`[data-category="${category}"]`))
      .getByRole('link')
      .click();
  }

  section(category: AttentionCategory): Locator {
    return this.page.locator(`section#attention-${category}`);
  }

  row(category: AttentionCategory, arrangementId: string): Locator {
    return this.section(category).locator(`tr[data-arrangement="${arrangementId}"]`);
  }

  /** Opens a row's arrangement by its link (the client's name). */
  async openRow(category: AttentionCategory, arrangementId: string, name: string): Promise<void> {
    await this.row(category, arrangementId).getByRole('link', { name }).click();
  }
}

/** The parked messages, each sent again where the API allows it. */
export class DeliveriesPage extends WebPage {
  async waitForHeading(): Promise<void> {
    await this.heading(this.t.deliveries.title).waitFor();
  }

  row(id: string): Locator {
    return this.page.locator(`tr[data-delivery="${id}"]`);
  }

  /** A row's cells by their column's name. */
  async rowCells(id: string): Promise<Record<string, string>> {
    await this.row(id).waitFor();
    const cells = await this.row(id)
      .locator('td, th')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-label') ?? '', td.textContent ?? '']));
    return Object.fromEntries(cells.map(([k, v]) => [k!, v!.trim()]));
  }

  retryButton(id: string): Locator {
    return this.row(id).getByRole('button', { name: new RegExp(`^${this.t.deliveries.retry}: .* ${id}$`) });
  }

  async retry(id: string): Promise<void> {
    await this.retryButton(id).click();
  }

  /** What the page says the last command did. */
  result(): Locator {
    return this.page.getByRole('status');
  }
}

/** The running services the reader reaches, from the main menu. */
export class RunningListPage extends WebPage {
  async openFromMenu(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.t.app.mainNavigation })
      .getByRole('link', { name: this.t.nav.running })
      .click();
    await this.heading(this.t.runningList.title).waitFor();
  }

  row(arrangementId: string): Locator {
    return this.page.locator(`table[data-list="running-services"] tr[data-arrangement="${arrangementId}"]`);
  }

  async rowCells(arrangementId: string): Promise<Record<string, string>> {
    await this.row(arrangementId).waitFor();
    const cells = await this.row(arrangementId)
      .locator('td, th')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-label') ?? '', td.textContent ?? '']));
    return Object.fromEntries(cells.map(([k, v]) => [k!, v!.trim()]));
  }

  async open(arrangementId: string, name: string): Promise<void> {
    await this.row(arrangementId).getByRole('link', { name }).click();
  }
}
