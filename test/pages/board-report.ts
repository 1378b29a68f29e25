import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { FiguresPage } from './figures';

/** The figures page's quarterly report to the board: the quarter chosen, and its four files. */
export class BoardReportSection extends FiguresPage {
  section(): Locator {
    return this.page.locator('[data-board-report]');
  }

  async chooseQuarter(name: string): Promise<void> {
    await this.chooseOption(this.t.figures.board.quarter, name);
  }

  /** Downloads one of the files (pdf_fi, pdf_sv, csv_fi, csv_sv): the name the browser saved it by, and its bytes. */
  async download(file: 'pdf_fi' | 'pdf_sv' | 'csv_fi' | 'csv_sv'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section().getByRole('button', { name: this.t.figures.board[file] }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }
}
