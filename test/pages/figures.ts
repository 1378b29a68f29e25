import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Locator } from 'playwright-core';
import { WebPage } from './web-page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the figures and settings pages share: the menu, and a dropdown by its label. */
class ReportPages extends WebPage {
  protected async openFromMenu(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.t.app.mainNavigation })
      .getByRole('link', { name: label })
      .click();
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

/** A chart's numbers as its table view shows them: by row (a month's YYYY-MM, a municipality's code), by series. */
export type ChartTable = Record<string, Record<string, string>>;

/** The team lead's figures: the choices, each chart with its table view and CSV file, the municipalities compared. */
export class FiguresPage extends ReportPages {
  async open(): Promise<void> {
    await this.openFromMenu(this.t.nav.figures);
    await this.heading(this.t.figures.title).waitFor();
    await this.chart('accessDays').waitFor();
  }

  async choose(c: { year?: number; service?: string; municipality?: string }): Promise<void> {
    const t = this.t.figures;
    if (c.year !== undefined) await this.chooseOption(t.period, String(c.year));
    if (c.service !== undefined) await this.chooseOption(t.service, c.service);
    if (c.municipality !== undefined) await this.chooseOption(t.municipality, c.municipality);
    // The figures of the new choice, not those still shown of the last: the heading names the choice, and
    // the section is marked loaded once its figures are there.
    const heading = this.page.locator('[data-figures="monthly"][data-loaded="true"] h2');
    for (const text of [c.year && `1.1.${c.year}`, c.service, c.municipality]) {
      if (text) await heading.filter({ hasText: text }).waitFor();
    }
  }

  async compare(figure: string): Promise<void> {
    await this.chooseOption(this.t.figures.comparedFigure, figure);
    await this.chart('compare').locator('figcaption').filter({ hasText: figure }).waitFor();
  }

  /** A chart by its name in the page (`data-chart`): accessDays, accessShare, appeals, unmetNeeds, nps, purchases, compare. */
  chart(name: string): Locator {
    return this.page.locator(`[data-chart="${name}"]`);
  }

  /** The chart's table view, opened: every cell by its row and series. */
  async table(name: string): Promise<ChartTable> {
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

  /** The chart's CSV file as downloaded: its rows, the header first. */
  async csv(name: string): Promise<string[][]> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.chart(name).getByRole('link', { name: this.t.figures.csv }).click(),
    ]);
    const path = await download.path();
    return parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  }

  /** The targets and baselines written beside the chart (each drawn across it): label → value. */
  async references(name: string): Promise<Record<string, string>> {
    const items = await this.chart(name)
      .locator('[data-reference]')
      .evaluateAll((lis) => lis.map((li) => (li.textContent ?? '').trim()));
    return Object.fromEntries(items.map((text) => text.split(': ') as [string, string]));
  }

  /** The client survey's statistics for the choice, once they have loaded. */
  async surveySection(): Promise<Locator> {
    const section = this.page.locator('[data-figures="survey"][data-loaded="true"]');
    await section.waitFor();
    return section;
  }

  /** A quarter's (2026-Q1) table of the survey's statistics: question → column's label → text. */
  async surveyTable(quarter: string): Promise<Record<string, Record<string, string>>> {
    const rows = await (await this.surveySection())
      .locator(`[data-quarter="${quarter}"] table tbody tr`)
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-question') ?? '',
          [...tr.querySelectorAll('th, td')].map((c) => [c.getAttribute('data-label') ?? '', c.textContent ?? '']),
        ]),
      );
    return Object.fromEntries(
      rows.map(([row, cells]) => [row, Object.fromEntries((cells as string[][]).map(([k, v]) => [k!, v!.trim()]))]),
    );
  }

  /** What a quarter of the survey's statistics says in words: why it is withheld, with whom the work was done. */
  async surveyWords(quarter: string): Promise<string> {
    return (await (await this.surveySection()).locator(`[data-quarter="${quarter}"] p`).allTextContents()).join(' ');
  }

  /** Whether the chart says its target is not set (and draws none). */
  async saysNotSet(name: string): Promise<boolean> {
    return (await this.chart(name).locator('[data-not-set]').count()) > 0;
  }
}

/** The county's targets, baselines and norms: in force, every value set, and the form for a new one. */
export class SettingsPage extends ReportPages {
  async open(): Promise<void> {
    await this.openFromMenu(this.t.nav.settings);
    await this.heading(this.t.settings.title).waitFor();
    await this.page.locator('table[data-list="in-force"]').waitFor();
  }

  form(): Locator {
    return this.page.locator('[data-form="set-setting"]');
  }

  /** A row of the table `list` (in-force, history) for the key and scope, as its cells read: column → text. */
  async row(list: 'in-force' | 'history', key: string, scope: string): Promise<Record<string, string>> {
    const cells = await this.page
      .locator(`table[data-list="${list}"] tr[data-setting="${key}:${scope}"]`)
      .first()
      .locator('th, td')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-label') ?? '', td.textContent ?? '']));
    return Object.fromEntries(cells.map(([k, v]) => [k!, v!.trim()]));
  }

  /** The form's value in euros. */
  valueField(): Locator {
    return this.form().getByRole('textbox', { name: this.t.settings.valueEuros, exact: true });
  }

  /** Sets a purchases baseline for a service from a day: the form filled as a person fills it. */
  async setBaseline(v: { service: string; euros: string; validFrom: string; source: string }): Promise<void> {
    const t = this.t.settings;
    await this.chooseOption(t.key, t.keys.purchase_baseline_cents);
    await this.chooseOption(t.scope, v.service);
    await this.valueField().fill(v.euros);
    await this.form().getByRole('textbox', { name: t.validFrom, exact: true }).fill(v.validFrom);
    await this.form().getByRole('textbox', { name: t.source, exact: true }).fill(v.source);
    await this.page.getByRole('button', { name: t.save }).click();
  }
}
