import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What procurement's contract pages share: fields by their labels, the design system's dropdowns. */
class ContractForms extends WebPage {
  textbox(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** An optional field, whose label the design system ends with its mark. */
  optionalTextbox(name: string): Locator {
    return this.page.getByRole('textbox', { name: `${name} (${this.t.contracts.optional})`, exact: true });
  }

  /** A dropdown by its label: the design system names its button by the value shown, then the label. */
  dropdown(label: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`${escape(label)}$`) });
  }

  async chooseOption(dropdown: string, option: string): Promise<void> {
    await this.dropdown(dropdown).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}

/** Procurement's contracts: those ending within 90 days, with the one-press renewal, then all with filters. */
export class ContractsPage extends ContractForms {
  async open(): Promise<void> {
    await this.goto('/contracts');
    await this.waitForHeading();
  }

  async waitForHeading(): Promise<void> {
    await this.heading(this.t.contracts.title).waitFor();
  }

  endingTable(): Locator {
    return this.page.locator('table[data-list="ending"]');
  }

  allTable(): Locator {
    return this.page.locator('table[data-list="all"]');
  }

  endingRow(id: string): Locator {
    return this.endingTable().locator(`tr[data-contract="${id}"]`);
  }

  row(id: string): Locator {
    return this.allTable().locator(`tr[data-contract="${id}"]`);
  }

  /** Renews a contract on the ending list for another year with its one button; waits for what it says. */
  async renewForAnotherYear(id: string, supplier: string, until: string): Promise<void> {
    await this.endingRow(id)
      .getByRole('button', { name: new RegExp(`^${escape(this.t.contracts.renewYear)}`) })
      .click();
    await this.waitForStatus(this.text(this.t.contracts.renewedTo, { supplier, date: until }));
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.chooseOption(label, option);
  }

  async openNew(): Promise<NewContractPage> {
    await this.page.getByRole('link', { name: this.t.contracts.new }).click();
    const form = this.as(NewContractPage);
    await form.heading(form.t.contracts.newTitle).waitFor();
    return form;
  }
}

/** The form for a contract from a procurement decision. */
export class NewContractPage extends ContractForms {
  async fill(c: {
    supplier: string;
    service: string;
    decision: string;
    price: string;
    validFrom: string;
    validTo: string;
    freeCancellationHours?: string;
    orderEmail?: string;
    reason: string;
  }): Promise<void> {
    const t = this.t.contracts;
    await this.chooseOption(t.supplier, c.supplier);
    await this.chooseOption(t.service, c.service);
    await this.textbox(t.decision).fill(c.decision);
    await this.textbox(t.unitPrice).fill(c.price);
    await this.textbox(t.validFrom).fill(c.validFrom);
    await this.textbox(t.validTo).fill(c.validTo);
    if (c.freeCancellationHours) await this.optionalTextbox(t.freeCancellationHours).fill(c.freeCancellationHours);
    if (c.orderEmail) await this.optionalTextbox(t.orderEmail).fill(c.orderEmail);
    await this.textbox(t.reason).fill(c.reason);
  }

  /** Saves the contract and waits for its page; the new contract's id. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: this.t.contracts.create }).click();
    await this.page.waitForURL(/\/contracts\/[0-9a-f-]{36}$/);
    const page = this.as(ContractPage);
    await page.history().waitFor();
    return this.url().split('/').pop()!;
  }
}

/** One contract: its facts, the changes the API allows, its history. */
export class ContractPage extends ContractForms {
  async open(id: string): Promise<void> {
    await this.goto(`/contracts/${id}`);
    await this.history().waitFor();
  }

  history(): Locator {
    return this.page.locator('section', { has: this.heading(this.t.contracts.history, 2) });
  }

  /** The history's entries as the page shows them, oldest first. */
  async historyEntries(): Promise<string[]> {
    return (await this.history().locator('li').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  facts(): Promise<Record<string, string>> {
    return this.factsIn(this.page.locator('section', { has: this.heading(this.t.contracts.facts, 2) }));
  }

  /** A change's panel, under its heading. */
  step(title: string): Locator {
    return this.page.locator('section', { has: this.heading(title, 2) });
  }

  /** The headings of the changes offered, in the page's order. */
  async stepsOffered(): Promise<string[]> {
    const t = this.t.contracts;
    const titles = [t.renewTitle, t.repriceTitle, t.resumeTitle, t.suspendTitle, t.endTitle];
    const shown: string[] = [];
    for (const title of titles) if (await this.heading(title, 2).count()) shown.push(title);
    return shown;
  }

  async waitForStatusChip(status: keyof typeof this.t.contracts.status): Promise<void> {
    await this.page.locator('.status-line').getByText(this.t.contracts.status[status], { exact: true }).waitFor();
  }

  /** Opens a folded step (its button) unless it is open, fills the reason and what else, and sends it. */
  private async change(title: string, open: string, send: string, fields: Record<string, string>): Promise<void> {
    const step = this.step(title);
    const opener = step.getByRole('button', { name: open, exact: true, expanded: false });
    if (await opener.count()) await opener.click();
    for (const [label, value] of Object.entries(fields)) {
      await step.getByRole('textbox', { name: label, exact: true }).fill(value);
    }
    await step.getByRole('button', { name: send, exact: true }).click();
  }

  async suspend(reason: string): Promise<void> {
    const t = this.t.contracts;
    await this.change(t.suspendTitle, t.suspendOpen, t.suspend, { [t.reason]: reason });
    await this.waitForStatusChip('suspended');
  }

  async resume(reason: string): Promise<void> {
    const t = this.t.contracts;
    await this.change(t.resumeTitle, t.resumeOpen, t.resume, { [t.reason]: reason });
    await this.waitForStatusChip('active');
  }

  /** Renews to `validTo` (as Finns write it), or to the day the form offers (another year) when none is given. */
  async renew(reason: string, validTo?: string): Promise<void> {
    const t = this.t.contracts;
    const before = (await this.historyEntries()).length;
    await this.change(t.renewTitle, t.renewOpen, t.renew, {
      ...(validTo ? { [t.newValidTo]: validTo } : {}),
      [t.reason]: reason,
    });
    await this.history().locator('li').nth(before).waitFor();
  }

  /** Sends a renewal the API refuses; the refusal as the new day's field shows it, in this page's language. */
  async renewRefused(validTo: string, reason: string): Promise<string> {
    const t = this.t.contracts;
    await this.change(t.renewTitle, t.renewOpen, t.renew, { [t.newValidTo]: validTo, [t.reason]: reason });
    const field = this.step(t.renewTitle).getByRole('textbox', { name: t.newValidTo, exact: true });
    await this.step(t.renewTitle).getByRole('alert').waitFor();
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      described
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.filter(Boolean).join(' ');
  }

  /** The renewal form's day, as it was offered. */
  async offeredRenewal(): Promise<string> {
    const t = this.t.contracts;
    const opener = this.step(t.renewTitle).getByRole('button', { name: t.renewOpen, exact: true, expanded: false });
    if (await opener.count()) await opener.click();
    return this.step(t.renewTitle).getByRole('textbox', { name: t.newValidTo, exact: true }).inputValue();
  }
}
