import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

/** One arrangement: its facts, its decision and letters, the steps its reader may take, a running service's visits. */
export class ArrangementPage extends WebPage {
  async open(id: string): Promise<void> {
    await this.goto(`/arrangements/${id}`);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  textbox(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** The design system draws its own radio buttons and checkboxes: one clicks their labels, as a user does. */
  async pick(label: string): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  /**
   * A dropdown by its label. The design system names its button by the value shown, then the label, and
   * ends an optional field's label with its mark, '(vapaaehtoinen)': the label is the name's end, or
   * the end but for that mark.
   */
  dropdown(label: string): Locator {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', {
      name: new RegExp(`${escape(label)}(?: \\(${escape(this.t.proposal.optional)}\\))?$`),
    });
  }

  async chooseOption(dropdown: string, option: string | RegExp): Promise<void> {
    await this.dropdown(dropdown).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The options a dropdown offers, by their names. */
  async options(dropdown: string): Promise<string[]> {
    await this.dropdown(dropdown).click();
    const options = this.page.getByRole('option');
    await options.first().waitFor();
    const names = (await options.allTextContents()).map((n) => n.trim());
    await this.page.keyboard.press('Escape');
    return names;
  }

  async waitForStatusChip(status: keyof typeof this.t.status): Promise<void> {
    await this.page.getByText(this.t.status[status], { exact: true }).first().waitFor();
  }

  // The team's steps.
  async claim(): Promise<void> {
    await this.button(this.t.queue.claim).click();
  }
  async order(supplier: string): Promise<void> {
    await this.pick(supplier);
    expect(await this.page.getByRole('radio', { name: new RegExp(supplier) }).isChecked()).toBe(true);
    await this.button(this.t.team.order).click();
    await this.waitForText(this.t.team.waitingForSupplier);
  }
  /** Own production: ordered from the unit chosen, the unit's free hours shown beside it. */
  async orderFromUnit(unit: string): Promise<void> {
    await this.pick(this.t.facts.ways.own_production);
    await this.pick(unit);
    expect(await this.page.getByRole('radio', { name: new RegExp(unit) }).isChecked()).toBe(true);
    await this.button(this.t.team.orderOwn).click();
    await this.waitForText(this.t.team.waitingForSupplier);
  }
  async chooseSupplier(supplier: string): Promise<void> {
    await this.pick(supplier);
  }
  async makeDecision(): Promise<void> {
    await this.button(this.t.team.makeDecision).click();
  }
  async deny(reason: string): Promise<void> {
    await this.pick(this.t.arrangement.outcome.denied);
    await this.textbox(this.t.team.denialReason).fill(reason);
    await this.makeDecision();
  }
  async chooseCostCentre(code: RegExp): Promise<void> {
    await this.chooseOption(this.t.team.costCentre, code);
  }
  async giveCommitment(): Promise<void> {
    await this.button(this.t.team.giveCommitment).click();
  }
  async recordUnmetNeed(reason: string): Promise<void> {
    await this.textbox(this.t.team.unmetReason).fill(reason);
  }

  // The own worker's steps.
  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: this.t.worker.edit }).click();
  }
  /** Records one of the card's required steps, done today, and waits for the checklist to show it done. */
  async recordStep(step: string, code: string): Promise<void> {
    const form = this.page.getByRole('region', { name: this.t.serviceSteps.record, exact: true });
    await form.getByText(step, { exact: true }).click();
    await form.getByRole('button', { name: this.t.serviceSteps.save, exact: true }).click();
    await this.page.locator(`[data-step="${code}"][data-state="done"]`).waitFor();
  }
  /** The card's required steps as the checklist shows them: code → state. */
  async requiredSteps(): Promise<Record<string, string>> {
    const rows = this.page.locator('[data-list="required-steps"] [data-step]');
    await rows.first().waitFor();
    const out: Record<string, string> = {};
    for (const row of await rows.all()) {
      out[(await row.getAttribute('data-step'))!] = (await row.getAttribute('data-state'))!;
    }
    return out;
  }
  async recordStart(): Promise<void> {
    await this.button(this.t.worker.recordStart).click();
  }
  /** The evaluation form, opened first when the evaluation is not due yet (the panel then offers it on a button). */
  async fillEvaluation(participant: string, notes: string): Promise<void> {
    await this.unfold(this.t.worker.evaluation, this.t.facts.recordEvaluation);
    await this.pick(participant);
    expect(await this.page.getByRole('checkbox', { name: participant }).isChecked()).toBe(true);
    await this.textbox(this.t.worker.notes).fill(notes);
  }
  async saveEvaluation(): Promise<void> {
    await this.button(this.t.worker.recordEvaluation).click();
  }

  // A running service.
  async recordVisit(visit: {
    time: string;
    hours: string;
    cancelledBy?: 'client' | 'supplier';
    cancelledTime?: string;
  }): Promise<void> {
    await this.heading(this.t.running.recordVisit, 2).waitFor();
    if (visit.cancelledBy) {
      await this.pick(this.t.running.cancelled);
      await this.pick(this.t.running.by[visit.cancelledBy]);
    }
    await this.textbox(this.t.running.visitTime).fill(visit.time);
    await this.textbox(this.t.running.hours).fill(visit.hours);
    if (visit.cancelledTime) await this.textbox(this.t.running.cancelledTime).fill(visit.cancelledTime);
    await this.button(this.t.running.saveVisit).click();
  }
  /**
   * A step offered on a button until it is due (its panel folded): waits for its heading, and opens it
   * when it is still folded. The focus then is on its first field.
   */
  async unfold(title: string, button: string): Promise<void> {
    await this.heading(title, 2).waitFor();
    const opener = this.page.getByRole('region', { name: title, exact: true }).getByRole('button', { name: button });
    if (await opener.isVisible()) await opener.click();
  }

  async fillChange(hours: string, reason: string): Promise<void> {
    await this.unfold(this.t.running.changeTitle, this.t.facts.openChange);
    await this.textbox(this.t.arrangement.hours).fill(hours);
    await this.textbox(this.t.running.changeReason).fill(reason);
  }
  /** The other suppliers the change form offers. */
  async changeSuppliers(): Promise<string[]> {
    await this.unfold(this.t.running.changeTitle, this.t.facts.openChange);
    return this.options(this.t.running.newSupplier);
  }
  async askChange(): Promise<void> {
    await this.button(this.t.running.askChange).click();
  }
  async terminate(reason: string, explanation: string): Promise<void> {
    await this.unfold(this.t.running.terminateTitle, this.t.facts.openTermination);
    await this.chooseOption(this.t.running.terminationReason, reason);
    await this.textbox(this.t.running.explanation).fill(explanation);
    await this.button(this.t.running.terminate).click();
  }
  get continuationButton(): Locator {
    return this.button(this.t.running.decideContinuation);
  }
  get continuationSpecial(): Locator {
    return this.textbox(this.t.running.specialConsideration);
  }

  // The decision's letters and feedback.
  async openLetter(): Promise<void> {
    await this.button(this.t.letters.open).click();
  }
  async giveFeedback(heard: string, recommend: string, helpedMost: string): Promise<void> {
    await this.heading(this.t.feedback.title, 2).waitFor();
    await this.page.getByRole('group', { name: this.t.feedback.items.heard }).getByText(heard, { exact: true }).click();
    await this.page
      .getByRole('group', { name: new RegExp(this.t.feedback.recommend.slice(0, 12)) })
      .getByText(recommend, { exact: true })
      .click();
    await this.textbox(this.t.feedback.helpedMost).fill(helpedMost);
  }
  /** Every question of the survey on the feedback form, answered as a person answers it. */
  async answerWholeSurvey(a: {
    duration: string;
    municipality: string;
    items: Record<string, string>;
    workedWith: string[];
    recommend: string;
    texts: Record<'helpedMost' | 'didNotHelp' | 'wished' | 'comments', string>;
  }): Promise<void> {
    const t = this.t.feedback;
    await this.heading(t.title, 2).waitFor();
    await this.textbox(t.duration).fill(a.duration);
    await this.chooseOption(t.municipality, a.municipality);
    for (const [item, value] of Object.entries(a.items)) {
      await this.page
        .getByRole('group', { name: t.items[item as keyof typeof t.items] })
        .getByText(value, { exact: true })
        .click();
    }
    for (const choice of a.workedWith) await this.pick(choice);
    await this.page
      .getByRole('group', { name: new RegExp(t.recommend.slice(0, 12)) })
      .getByText(a.recommend, { exact: true })
      .click();
    for (const [field, text] of Object.entries(a.texts))
      await this.textbox(t[field as keyof typeof a.texts]).fill(text);
  }
  async sendFeedback(): Promise<void> {
    await this.button(this.t.feedback.send).click();
  }

  /** Whether the evaluation form is open by itself: its day has come. */
  async evaluationDue(): Promise<boolean> {
    return this.textbox(this.t.worker.heldOn).isVisible();
  }

  /** The headings of the page's cards (h2), top to bottom: what the reader meets first. */
  async cardHeadings(): Promise<string[]> {
    await this.page.getByRole('heading', { level: 2 }).first().waitFor();
    return (await this.page.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.trim());
  }

  /** The facts (label → value) of the card under the heading `card`. */
  async facts(card: string): Promise<Record<string, string>> {
    return this.factsIn(this.page.getByRole('region', { name: card, exact: true }));
  }

  /** The timeline's entries as the page says them, oldest first. */
  async timeline(): Promise<string[]> {
    const section = this.page.getByRole('region', { name: this.t.arrangement.timeline, exact: true });
    await section.locator('li').first().waitFor();
    return (await section.locator('li').allTextContents()).map((e) => e.trim());
  }

  /** How far down the page the top of the card under `card` is, in pixels: whether it is seen without scrolling. */
  async top(card: string): Promise<number> {
    const box = await this.page.getByRole('region', { name: card, exact: true }).boundingBox();
    return box?.y ?? Number.POSITIVE_INFINITY;
  }

  /** Who the family is and whom to call, as the page shows it: the facts of the client's section. */
  async clientContact(): Promise<string> {
    const section = this.page.getByRole('region', { name: this.t.arrangement.client });
    await section.waitFor();
    return (await section.textContent()) ?? '';
  }

  // Requests for rectification.
  /** The rectification card's text: the last day of each appealable decision, the requests and their answers. */
  async rectification(): Promise<string> {
    const part = this.page.locator('[data-part="rectification"]');
    await part.waitFor();
    return (await part.textContent()) ?? '';
  }
  async recordRectification(grounds: string): Promise<void> {
    const form = this.page.locator('[data-form="rectification-request"]');
    await form.getByRole('textbox', { name: this.t.rectification.grounds, exact: true }).fill(grounds);
    await form.getByRole('button', { name: this.t.rectification.save, exact: true }).click();
    await this.page.locator('[data-part="rectification"] [data-request]').first().waitFor();
  }
  get rectificationForm(): Locator {
    return this.page.locator('[data-form="rectification-request"]');
  }

  // Correcting a visit recorded wrongly.
  /** The visits' rows that offer a correction. */
  correctButtons(): Locator {
    return this.page.locator('[data-list="visits"]').getByRole('button', { name: this.t.running.correct, exact: true });
  }
  async cancelVisitRecord(visitId: string, reason: string): Promise<void> {
    await this.page
      .locator(`[data-visit="${visitId}"]`)
      .getByRole('button', { name: this.t.running.correct, exact: true })
      .click();
    const form = this.page.locator('[data-form="visit-correction"]');
    await this.pick(this.t.running.corrections.cancel);
    await form.getByRole('textbox', { name: this.t.running.correctionReason, exact: true }).fill(reason);
    await this.button(this.t.running.saveCorrection).click();
    await this.page.locator(`[data-visit="${visitId}"] [data-correction="cancel"]`).waitFor();
  }
  /** What the page says of a visit's row: its status and who corrected it, when and why. */
  async visitRow(visitId: string): Promise<string> {
    return (await this.page.locator(`[data-visit="${visitId}"]`).textContent()) ?? '';
  }
}
