import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The register of suppliers: each with its counts; the link to add one. */
export class SuppliersPage extends WebPage {
  /** From the main menu, as procurement goes there. */
  async openFromMenu(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.t.app.mainNavigation })
      .getByRole('link', { name: this.t.nav.suppliers })
      .click();
    await this.waitForTable();
  }

  async waitForTable(): Promise<void> {
    await this.heading(this.t.suppliers.title).waitFor();
    await this.table().waitFor();
  }

  table(): Locator {
    return this.page.locator('table[data-list="suppliers"]');
  }

  row(id: string): Locator {
    return this.table().locator(`tr[data-supplier="${id}"]`);
  }

  /** A row's cells by their column's name. */
  async rowCells(id: string): Promise<Record<string, string>> {
    const cells = await this.row(id)
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-label') ?? '', td.textContent ?? '']));
    return Object.fromEntries(cells.map(([k, v]) => [k!, v!.trim()]));
  }

  async openSupplier(name: string): Promise<SupplierPage> {
    await this.table().getByRole('link', { name, exact: true }).click();
    const page = this.as(SupplierPage);
    await page.waitForRecord();
    return page;
  }

  async openNew(): Promise<NewSupplierPage> {
    await this.page.getByRole('link', { name: this.t.suppliers.new }).click();
    const form = this.as(NewSupplierPage);
    await form.heading(form.t.suppliers.newTitle).waitFor();
    return form;
  }
}

/** What the new supplier's form and the record's edit form share: their fields by label. */
class SupplierForms extends WebPage {
  protected field(scope: Locator, label: string, optional = false): Locator {
    const name = optional ? `${label} (${this.t.suppliers.optional})` : label;
    return scope.getByLabel(name, { exact: true });
  }

  protected async fillRecord(
    scope: Locator,
    r: { name?: string; businessId?: string; orderEmail?: string; webhookUrl?: string; webhookSecret?: string },
  ): Promise<void> {
    const t = this.t.suppliers;
    if (r.name !== undefined) await this.field(scope, t.name).fill(r.name);
    if (r.businessId !== undefined) await this.field(scope, t.businessId).fill(r.businessId);
    if (r.orderEmail !== undefined) await this.field(scope, t.orderEmail).fill(r.orderEmail);
    if (r.webhookUrl !== undefined) await this.field(scope, t.webhookUrl, true).fill(r.webhookUrl);
    if (r.webhookSecret !== undefined) await this.field(scope, t.webhookSecret, true).fill(r.webhookSecret);
  }
}

/** A new supplier's form. */
export class NewSupplierPage extends SupplierForms {
  async fill(r: {
    name: string;
    businessId: string;
    orderEmail: string;
    webhookUrl?: string;
    webhookSecret?: string;
  }): Promise<void> {
    await this.fillRecord(this.page.locator('main'), r);
  }

  async businessId(text: string): Promise<void> {
    await this.fillRecord(this.page.locator('main'), { businessId: text });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.suppliers.create }).click();
  }

  /** Saves, and waits for the supplier's page; the new supplier's id. */
  async save(): Promise<string> {
    await this.submit();
    await this.page.waitForURL(/\/suppliers\/[0-9a-f-]{36}$/);
    await this.as(SupplierPage).waitForRecord();
    return this.url().split('/').pop()!;
  }
}

/** A supplier's page: its record, contracts, scorecard (charts with table views), cases, running services, words. */
export class SupplierPage extends SupplierForms {
  async open(id: string): Promise<void> {
    await this.goto(`/suppliers/${id}`);
    await this.waitForRecord();
  }

  async waitForRecord(): Promise<void> {
    await this.page.locator('dl[data-facts="record"]').waitFor();
  }

  recordFacts(): Promise<Record<string, string>> {
    return this.factsIn(this.page.locator('section', { has: this.heading(this.t.suppliers.record, 2) }));
  }

  casesFacts(): Promise<Record<string, string>> {
    return this.factsIn(this.page.locator('section', { has: this.heading(this.t.suppliers.casesTitle, 2) }));
  }

  contractRow(id: string): Locator {
    return this.page.locator(`table[data-list="contracts"] tr[data-contract="${id}"]`);
  }

  runningRow(serviceCode: string): Locator {
    return this.page.locator(`table[data-list="running"] tr[data-service="${serviceCode}"]`);
  }

  words(): Locator {
    return this.page.locator('section', { has: this.heading(this.t.suppliers.wordsTitle, 2) });
  }

  /** The figures of one service: its heading, facts and charts. */
  service(code: string): Locator {
    return this.page.locator(`section[data-service="${code}"]`);
  }

  /** A chart, by its title. */
  figure(scope: Locator, title: string): Locator {
    return scope.locator('figure', { has: this.page.locator('figcaption', { hasText: title }) });
  }

  /**
   * Opens a chart's table view and reads it: each row's key (a quarter, 2026-Q3) to its cells by series key,
   * as the page writes them.
   */
  async tableView(figure: Locator): Promise<Record<string, Record<string, string>>> {
    await figure.getByRole('button', { name: new RegExp(`^${escape(this.t.suppliers.tableView)}`) }).click();
    const rows = figure.locator('table tbody tr');
    await rows.first().waitFor();
    const read = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-row') ?? '',
        Object.fromEntries(
          [...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-series') ?? '', td.textContent ?? '']),
        ),
      ]),
    );
    return Object.fromEntries(read) as Record<string, Record<string, string>>;
  }

  /** Changes the record with its form (opened with its button) and waits for the page to say it is saved. */
  async edit(r: { orderEmail?: string; webhookUrl?: string; webhookSecret?: string }, name: string): Promise<void> {
    const t = this.t.suppliers;
    const step = this.page.locator('section', { has: this.heading(t.editTitle, 2) });
    const opener = step.getByRole('button', { name: t.editOpen, exact: true, expanded: false });
    if (await opener.count()) await opener.click();
    await this.fillRecord(step, r);
    await step.getByRole('button', { name: t.save, exact: true }).click();
    await this.waitForStatus(this.text(t.saved, { name }));
  }
}

/** The supplier's own scorecard. */
export class MyScorecardPage extends SupplierPage {
  async openFromMenu(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.t.app.mainNavigation })
      .getByRole('link', { name: this.t.nav.myScorecard })
      .click();
    await this.heading(this.t.suppliers.myTitle).waitFor();
    await this.page.locator('dl[data-facts="cases"]').waitFor();
  }
}
