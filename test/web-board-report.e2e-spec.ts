import { quarterOf, quarterPeriod } from '../libs/domain/quarters';
import { finnishDate } from '../apps/web/src/common/format';
import { BoardReportSection } from './pages/board-report';
import { browserTests } from './support/web-tests';

/**
 * The quarterly report to the board on the team lead's figures page: a quarter chosen, each file downloaded
 * as the API gives it, in the page's three languages, axe-clean.
 */
const web = browserTests();
const sys = () => web.sys;

describe('the quarterly report to the board on the figures page', () => {
  it("downloads the quarter's CSV as the API gives it and its PDFs, in Finnish, Swedish and English screens", async () => {
    const quarter = quarterOf(await sys().today());
    const page = (await web.signedIn('Riikka Salo')).as(BoardReportSection);
    await page.open();
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (lang !== 'fi') await page.chooseLanguage(lang);
      const t = page.t.figures.board;
      await page.heading(t.title, 2).waitFor();
      const { from, to } = quarterPeriod(quarter);
      await page.chooseQuarter(
        page.text(t.quarterName, {
          q: quarter.slice(-1),
          year: quarter.slice(0, 4),
          from: finnishDate(from),
          to: finnishDate(to),
        }),
      );
      await page.expectAccessible();

      const csv = await page.download('csv_sv');
      expect(csv.name).toBe(`${t.fileName}-${quarter}-sv.csv`);
      const fromApi = await sys().as('riikka').download(`/reports/board-report.csv?quarter=${quarter}&lang=sv`);
      // Byte for byte, the mark that tells a spreadsheet it is UTF-8 included (text() would drop it).
      expect(csv.bytes.toString('utf8')).toBe(Buffer.from(await fromApi.arrayBuffer()).toString('utf8'));
      const pdf = await page.download('pdf_fi');
      expect(pdf.name).toBe(`${t.fileName}-${quarter}-fi.pdf`);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
