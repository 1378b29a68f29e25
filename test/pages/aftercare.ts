import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A contact as the page lists it: who they are to the young person, and their name, team, county, phone, e-mail. */
export type ContactKind = 'responsible' | 'own' | 'other';
export interface ContactFields {
  name: string;
  team: string;
  phone?: string;
  email?: string;
}

/**
 * A client's page with their aftercare (issue 28): the aftercare's facts, whom the young person contacts, the
 * services here and elsewhere, the client plan; the forms the API's allowedActions offer.
 */
export class AftercarePage extends WebPage {
  /** Opens the client's page from the own worker's list of clients, by the keyboard: Tab to the link, Enter. */
  async openFromMyClients(client: string): Promise<void> {
    const link = `${this.t.aftercare.clientPage.link}: ${client}`;
    expect(await this.tabTo(link, 200)).toBe(true);
    await this.page.keyboard.press('Enter');
    await this.heading(client).waitFor();
    await this.section().waitFor();
  }

  section(): Locator {
    return this.page.locator('[data-aftercare] section[data-loaded="true"]').first();
  }

  form(name: 'record-aftercare' | 'service-elsewhere' | 'cost-told'): Locator {
    return this.page.locator(`[data-form="${name}"]`);
  }

  /** A dropdown by its label: the design system names its button by the value shown, then the label. */
  dropdown(scope: Locator, label: string): Locator {
    return scope.getByRole('button', { name: new RegExp(`${escape(label)}$`) });
  }

  async chooseOption(scope: Locator, dropdown: string, option: string): Promise<void> {
    await this.dropdown(scope, dropdown).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** A contact's fields in the record form: the placing county's responsible worker, or the other county's contact. */
  async fillContact(which: 'responsibleWorker' | 'otherCountyContact', c: ContactFields): Promise<void> {
    const t = this.t.aftercare.record;
    const group = this.page.locator(`[data-contact-fields="${which}"]`);
    await group.getByRole('textbox', { name: t.contactName, exact: true }).fill(c.name);
    await group.getByRole('textbox', { name: t.contactTeam, exact: true }).fill(c.team);
    if (c.phone) await group.getByRole('textbox', { name: new RegExp(`^${escape(t.contactPhone)}`) }).fill(c.phone);
    if (c.email) await group.getByRole('textbox', { name: new RegExp(`^${escape(t.contactEmail)}`) }).fill(c.email);
  }

  /** Fills the record form as a person does (counties by their names, days as d.m.yyyy) and saves it. */
  async record(v: {
    startedOn?: string;
    placingCounty?: string;
    residenceCounty?: string;
    planAgreedOn?: string;
    otherCountyContact?: ContactFields;
  }): Promise<void> {
    const t = this.t.aftercare;
    const form = this.form('record-aftercare');
    if (v.startedOn) await form.getByRole('textbox', { name: t.record.startedOn, exact: true }).fill(v.startedOn);
    if (v.placingCounty) await this.chooseOption(form, t.placingCounty, v.placingCounty);
    if (v.residenceCounty) await this.chooseOption(form, t.residenceCounty, v.residenceCounty);
    if (v.planAgreedOn) {
      await form.getByRole('textbox', { name: new RegExp(`^${escape(t.planAgreedOn)}`) }).fill(v.planAgreedOn);
    }
    if (v.otherCountyContact) await this.fillContact('otherCountyContact', v.otherCountyContact);
    await form.getByRole('button', { name: t.record.save }).click();
  }

  /** What a field says under it (its status text, which the field is described by). */
  async fieldMessage(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).allTextContents()),
    );
    return texts.flat().join(' ').trim();
  }

  /** The record form's county dropdown by its label, for its message. */
  countyField(label: string): Locator {
    return this.dropdown(this.form('record-aftercare'), label);
  }

  /** The record form's name field of a contact, for its message. */
  contactNameField(which: 'responsibleWorker' | 'otherCountyContact'): Locator {
    return this.page
      .locator(`[data-contact-fields="${which}"]`)
      .getByRole('textbox', { name: this.t.aftercare.record.contactName, exact: true });
  }

  /** The aftercare's facts: label → value. */
  async facts(): Promise<Record<string, string>> {
    return this.factsIn(this.section());
  }

  /** A contact's line as the page says it, its parts in order. */
  async contact(kind: ContactKind): Promise<string[]> {
    const item = this.section().locator(`[data-contact="${kind}"]`);
    await item.waitFor();
    return (await item.locator(':scope > *').allTextContents()).map((s) => s.trim());
  }

  async contactKinds(): Promise<string[]> {
    return this.section()
      .locator('[data-contact]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-contact') ?? ''));
  }

  /**
   * Opens the client plan with the keyboard (Tab to its button, Enter), as the button fetches it: the API's answer
   * as the page got it (its status, type and bytes, read on the way), and the tab it opens in (closed again).
   */
  async openPlan(): Promise<{ status: number; contentType: string; body: Buffer }> {
    expect(await this.tabTo(this.t.aftercare.plan.open, 200)).toBe(true);
    const answered = new Promise<{ status: number; contentType: string; body: Buffer }>((resolve, reject) => {
      void this.page.route('**/aftercare/plan.pdf', async (route) => {
        try {
          const response = await route.fetch();
          const body = await response.body();
          await route.fulfill({ response, body });
          resolve({ status: response.status(), contentType: response.headers()['content-type'] ?? '', body });
        } catch (err) {
          reject(err as Error);
        }
      });
    });
    const [answer, tab] = await Promise.all([
      answered,
      this.page.context().waitForEvent('page'),
      this.page.keyboard.press('Enter'),
    ]);
    await this.page.unroute('**/aftercare/plan.pdf');
    await tab.close();
    return answer;
  }

  async sendPlan(): Promise<void> {
    await this.section().getByRole('button', { name: this.t.aftercare.plan.send }).click();
  }

  /** Opens a folded form by its button. */
  async unfold(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  async addServiceElsewhere(v: { service: string; from: string }): Promise<void> {
    const t = this.t.aftercare.serviceElsewhere;
    await this.unfold(t.add);
    const form = this.form('service-elsewhere');
    await form.getByRole('textbox', { name: t.service, exact: true }).fill(v.service);
    await form.getByRole('textbox', { name: t.from, exact: true }).fill(v.from);
    await form.getByRole('button', { name: t.save }).click();
  }

  async recordCost(v: { month: string; euros: string }): Promise<void> {
    const t = this.t.aftercare.cost;
    await this.unfold(t.add);
    const form = this.form('cost-told');
    await form.getByRole('textbox', { name: t.month, exact: true }).fill(v.month);
    await form.getByRole('textbox', { name: t.amount, exact: true }).fill(v.euros);
    await form.getByRole('button', { name: t.save }).click();
  }

  /** A table's rows in the aftercare section, each as its cells read: column → text. */
  async rows(list: 'aftercare-services-here' | 'aftercare-services-elsewhere'): Promise<Record<string, string>[]> {
    const rows = this.section().locator(`table[data-list="${list}"] tbody tr`);
    await rows.first().waitFor();
    return rows.evaluateAll((trs) =>
      trs.map((tr) =>
        Object.fromEntries(
          [...tr.querySelectorAll('th, td')].map((c) => [
            c.getAttribute('data-label') ?? '',
            (c.textContent ?? '').trim(),
          ]),
        ),
      ),
    );
  }
}

/** Aftercare's figures on the team lead's figures page. */
export class AftercareFiguresPage extends WebPage {
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.t.app.mainNavigation })
      .getByRole('link', { name: this.t.nav.figures })
      .click();
    await this.heading(this.t.figures.title).waitFor();
    await this.section().waitFor();
  }

  section(): Locator {
    return this.page.locator('[data-figures="aftercare"][data-loaded="true"]');
  }

  chart(name: 'aftercare-workers' | 'aftercare-counties'): Locator {
    return this.section().locator(`[data-chart="${name}"]`);
  }

  /** A chart's table view, opened: every cell by its row's key and series. */
  async table(name: 'aftercare-workers' | 'aftercare-counties'): Promise<Record<string, Record<string, string>>> {
    const chart = this.chart(name);
    const button = chart.getByRole('button', { name: new RegExp(`^${escape(this.t.figures.tableView)}`) });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    const rows = await chart
      .locator('table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-row') ?? '',
          [...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-series') ?? '', td.textContent ?? '']),
        ]),
      );
    return Object.fromEntries(
      rows.map(([row, cells]) => [row, Object.fromEntries((cells as string[][]).map(([k, v]) => [k!, v!.trim()]))]),
    );
  }

  /** The costs between counties: by `year:county`, column → text. */
  async costs(): Promise<Record<string, Record<string, string>>> {
    const rows = await this.section()
      .locator('table[data-list="aftercare-costs"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-cost') ?? '',
          [...tr.querySelectorAll('th, td')].map((c) => [c.getAttribute('data-label') ?? '', c.textContent ?? '']),
        ]),
      );
    return Object.fromEntries(
      rows.map(([row, cells]) => [row, Object.fromEntries((cells as string[][]).map(([k, v]) => [k!, v!.trim()]))]),
    );
  }

  async overNormText(): Promise<string> {
    return ((await this.chart('aftercare-workers').locator('[data-over-norm]').textContent()) ?? '').trim();
  }
}
