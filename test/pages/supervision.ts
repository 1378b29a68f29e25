import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The supervision cases list: open first, overdue clarifications flagged, filters by supplier, service and status. */
export class SupervisionCasesPage extends WebPage {
  async open(): Promise<void> {
    await this.goto('/supervision');
    await this.heading(this.t.supervision.title).waitFor();
  }

  row(caseId: string): Locator {
    return this.page.locator(`tr[data-case="${caseId}"]`);
  }

  /** The cases listed, in the list's order, each with its status cell and its kind (supervision or self-monitoring). */
  async listed(): Promise<{ id: string; status: string; kind: string }[]> {
    await this.page.locator('tr[data-case]').first().waitFor();
    const cell = (label: string) => `tr.querySelector('td[data-label=${JSON.stringify(label)}]').innerText.trim()`;
    return this.page.evaluate(`[...document.querySelectorAll('tr[data-case]')].map((tr) => ({
      id: tr.getAttribute('data-case'),
      status: ${cell(this.t.supervision.status)},
      kind: ${cell(this.t.supervision.kind)},
    }))`);
  }

  /** The self-monitoring findings per unit and quarter, as the table under the cases shows them. */
  async selfMonitoringFindings(): Promise<{ unit: string; quarter: string; total: string }[]> {
    const table = this.page.locator('[data-report="self-monitoring"] table');
    await table.waitFor();
    const r = this.t.supervision.report;
    return table.locator('tbody tr').evaluateAll(
      (trs, labels) =>
        trs.map((tr) => {
          const cell = (label: string) => tr.querySelector(`[data-label="${label}"]`)?.textContent?.trim() ?? '';
          return { unit: cell(labels.unit), quarter: cell(labels.quarter), total: cell(labels.total) };
        }),
      { unit: r.unit, quarter: r.quarter, total: r.total },
    );
  }

  /** Chooses an option of a filter; the design system names a dropdown's button by its value, then its label. */
  async filter(label: string, option: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`${escape(label)}$`) }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async openCase(caseId: string): Promise<void> {
    await this.row(caseId).getByRole('link').click();
  }
}

/** One supervision case: its facts, findings with the families' words, the steps the API allows, its timeline. */
export class SupervisionCasePage extends WebPage {
  async open(caseId: string): Promise<void> {
    await this.goto(`/supervision/cases/${caseId}`);
  }

  async waitForCase(supplier: string, number: number): Promise<void> {
    await this.heading(this.text(this.t.supervision.caseName, { supplier, number })).waitFor();
  }

  /** The families' and own workers' words the findings quote. */
  async quotedWords(): Promise<string[]> {
    await this.page.locator('.findings blockquote').first().waitFor();
    return (await this.page.locator('.findings blockquote').allTextContents()).map((w) => w.trim());
  }

  /** The types of the case's steps on its timeline, oldest first. */
  async timelineSteps(): Promise<string[]> {
    return this.page
      .locator('.timeline li[data-step]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step') ?? ''));
  }

  timelineStep(type: string): Locator {
    return this.page.locator(`.timeline li[data-step="${type}"]`);
  }

  /** The section of a step's form, by its heading; present exactly when the API allows the step. */
  stepSection(title: string): Locator {
    return this.page.locator('section.card').filter({ has: this.page.getByRole('heading', { level: 2, name: title }) });
  }

  /** Asks the supplier for a clarification, the day typed as Finns write it (d.M.yyyy). */
  async askClarification(question: string, day: string): Promise<void> {
    const s = this.t.supervision.steps;
    const form = this.stepSection(s.clarification);
    await form.getByRole('textbox', { name: s.question }).fill(question);
    const date = form.getByRole('textbox', { name: new RegExp(`^${escape(s.respondBy)}`) });
    await date.fill(day);
    await date.blur();
    await form.getByRole('button', { name: s.askClarification, exact: true }).click();
  }

  /** The supplier answers its clarification request: its words, and a PDF when it has one. */
  async answerClarification(answer: string, pdf?: { name: string; buffer: Buffer }): Promise<void> {
    const s = this.t.supervision.steps;
    const form = this.stepSection(s.answer);
    await form.getByRole('textbox', { name: s.answerText }).fill(answer);
    if (pdf) await form.locator('input[type="file"]').setInputFiles({ ...pdf, mimeType: 'application/pdf' });
    await form.getByRole('button', { name: s.sendAnswer, exact: true }).click();
  }

  /** The names of the case's files, as its attachments list shows them. */
  async files(): Promise<string[]> {
    return this.page.locator('[data-file]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-file') ?? ''));
  }

  /** Downloads a file of the case as a user does, pressing its button; the file's bytes. */
  async download(fileName: string): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `${this.t.supervision.files.download}: ${fileName}` }).click(),
    ]);
    const stream = await download.createReadStream();
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    return Buffer.concat(parts);
  }

  /** Decides the case's outcome, with the service whose contract ends when that is the outcome. */
  async decideOutcome(outcome: keyof typeof this.t.supervision.outcomes, reason: string, service?: string) {
    const s = this.t.supervision.steps;
    const form = this.stepSection(s.outcome);
    await form.getByText(this.t.supervision.outcomes[outcome], { exact: true }).click();
    if (service) {
      await form.getByRole('button', { name: new RegExp(`${escape(s.contractService)}$`) }).click();
      await this.page.getByRole('option', { name: service }).click();
    }
    await form.getByRole('textbox', { name: s.reason }).fill(reason);
    await form.getByRole('button', { name: s.decide, exact: true }).click();
  }

  /** Who took a step of the timeline, as it names them. */
  async stepBy(type: string): Promise<string> {
    return ((await this.timelineStep(type).locator('.who').allTextContents()).join('') || '').replace(/^ · /, '');
  }

  /** The words shown under a field of a step's form (its rule's text when refused). */
  fieldText(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  async statusChip(status: keyof typeof this.t.supervision.statuses): Promise<void> {
    await this.page.getByRole('status').getByText(this.t.supervision.statuses[status], { exact: true }).waitFor();
  }

  /** The page as the browser has it, to search for what must not be there. */
  async html(): Promise<string> {
    return this.page.content();
  }
}
