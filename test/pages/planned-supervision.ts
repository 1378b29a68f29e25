import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Planned supervision: the suppliers' schedules, the visits due and their findings, the visits done. */
export class PlannedSupervisionPage extends WebPage {
  async open(): Promise<void> {
    await this.goto('/planned-supervision');
    await this.heading(this.t.plannedSupervision.title).waitFor();
    await this.page.locator('table[data-list="plans"]').waitFor();
  }

  planRow(supplierId: string): Locator {
    return this.page.locator(`table[data-list="plans"] tr[data-supplier="${supplierId}"]`);
  }

  /** A supplier's row: its interval and next visits as the screen tells them. */
  async plan(supplierId: string): Promise<{ interval: string; next: string }> {
    const cells = this.planRow(supplierId).locator('td');
    return { interval: (await cells.nth(0).textContent()) ?? '', next: (await cells.nth(1).textContent()) ?? '' };
  }

  /** The form that sets a schedule: present only where the API lets the reader set one. */
  setForm(): Locator {
    return this.page
      .locator('section.card')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: this.t.plannedSupervision.set }) });
  }

  /** Sets a supplier's schedule with the form: the design system names a dropdown's button by its value, then its label. */
  async setSchedule(supplier: string, interval: string): Promise<void> {
    const s = this.t.plannedSupervision;
    const form = this.setForm();
    await form.getByRole('button', { name: new RegExp(`${escape(s.supplier)}$`) }).click();
    await this.page.getByRole('option', { name: supplier, exact: true }).click();
    await form.getByRole('button', { name: new RegExp(`${escape(s.interval)}$`) }).click();
    await this.page.getByRole('option', { name: interval, exact: true }).click();
    await form.getByRole('button', { name: s.save, exact: true }).click();
  }

  async stopSchedule(supplier: string): Promise<void> {
    await this.page
      .getByRole('button', { name: this.text(this.t.plannedSupervision.stopFor, { supplier }), exact: true })
      .click();
  }

  dueRow(visitId: string): Locator {
    return this.page.locator(`table[data-list="due-visits"] tr[data-visit="${visitId}"]`);
  }

  doneRow(visitId: string): Locator {
    return this.page.locator(`table[data-list="done-visits"] tr[data-visit="${visitId}"]`);
  }

  /** Opens a due visit's form and records its findings; the day is left as the form offers it (today). */
  async recordFindings(visitId: string, concern: boolean, findings: string): Promise<void> {
    const s = this.t.plannedSupervision;
    await this.dueRow(visitId)
      .getByRole('button', { name: new RegExp(`^${escape(s.record)}`) })
      .click();
    const form = this.page
      .locator('section.card')
      .filter({ has: this.page.getByRole('button', { name: s.saveFindings }) });
    // The design system draws its own radio buttons: one clicks their labels, as a user does.
    await form.getByText(concern ? s.concernYes : s.concernNo, { exact: true }).click();
    await form.getByRole('textbox', { name: s.findings, exact: true }).fill(findings);
    await form.getByRole('button', { name: s.saveFindings, exact: true }).click();
  }

  async followCaseLink(): Promise<void> {
    await this.page.getByRole('link', { name: this.t.plannedSupervision.openCase, exact: true }).first().click();
  }
}
