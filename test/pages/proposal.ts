import { WebPage } from './web-page';

/** The proposal form: a new one from my clients, or a returned one completed. */
export class ProposalPage extends WebPage {
  async chooseService(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`${this.t.proposal.service}$`) }).click();
    await this.page.getByRole('option', { name }).click();
    await this.heading(this.text(this.t.proposal.card, { name }), 2).waitFor();
  }

  textbox(label: string) {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  get hours() {
    return this.textbox(this.t.arrangement.hours);
  }
  get assessedOn() {
    return this.textbox(this.t.arrangement.assessedOn);
  }
  get desiredStart() {
    return this.textbox(this.t.arrangement.desiredStart);
  }
  get justification() {
    return this.textbox(this.t.arrangement.justification);
  }
  get goals() {
    return this.textbox(this.t.arrangement.goals);
  }
  get specialConsideration() {
    return this.textbox(this.t.queue.special);
  }
  get fitWithOtherServices() {
    return this.textbox(this.t.proposal.fitWithOtherServices);
  }
  get expectedBirthOn() {
    return this.textbox(this.t.proposal.expectedBirthOn);
  }
  get familyAgreedOn() {
    return this.textbox(this.t.proposal.familyAgreedOn);
  }

  /** A field's refusal as it shows under the field: the rule's text in this page's language. */
  async fieldError(label: string): Promise<string> {
    const field = this.textbox(label);
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      described
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.filter(Boolean).join(' ');
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.proposal.submit }).click();
  }

  /** Waits for the arrangement's page the form opens once the proposal is sent; its id. */
  async waitForSent(): Promise<string> {
    await this.page.getByText(this.t.status.submitted, { exact: true }).waitFor();
    return this.url().split('/').pop()!;
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
