import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helsinkiTime, renderAccessLog } from './access-log-report';

const textOf = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'access-log-')), 'log.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

describe('the printed access log', () => {
  it("says who read what and why in the client's language, a row per entry, over pages as needed", async () => {
    const line = {
      at: '2026-11-27T09:05:00.000Z',
      name: 'Aino Virtanen',
      roleText: 'egen kontaktperson',
      recordText: 'ordnande av tjänst',
      actionText: 'läste',
      purposeText: 'handläggning av klientärendet',
    };
    const text = textOf(
      await renderAccessLog({
        language: 'sv',
        clientName: 'Åsa Öberg',
        dateOfBirth: '2016-12-24',
        from: '2026-11-01',
        to: '2026-11-30',
        printedAt: new Date('2026-12-01T10:00:00Z'),
        printedBy: 'Kaisa Lehtonen',
        lines: [...Array.from({ length: 60 }, () => line), { ...line, name: null }],
      }),
    );
    expect(text).toContain('LOGG ÖVER ANVÄNDNINGEN AV KLIENTUPPGIFTER');
    expect(text).toContain('Klient: Åsa Öberg (född 24.12.2016)');
    expect(text).toContain('Period: 1.11.2026–30.11.2026');
    expect(text).toContain('27.11.2026 11.05 Aino Virtanen egen kontaktperson ordnande av tjänst läste');
    expect(text.match(/Aino Virtanen/g)).toHaveLength(60);
    expect(text).toContain('(okänd användare)');
    // The head of the table on every page.
    expect(text.match(/Tid Vem Roll Uppgift Åtgärd Ändamål/g)!.length).toBeGreaterThan(1);
  });

  it('tells a period without entries as such', async () => {
    const text = textOf(
      await renderAccessLog({
        language: 'fi',
        clientName: 'Eetu Järvinen',
        dateOfBirth: '2016-02-01',
        from: '2026-11-01',
        to: '2026-11-01',
        printedAt: new Date(),
        printedBy: 'Kaisa Lehtonen',
        lines: [],
      }),
    );
    expect(text).toContain('Ajanjaksolla ei ole merkintöjä.');
  });

  it('gives times as they were in Finland, summer and winter', () => {
    expect(helsinkiTime(new Date('2026-07-01T21:30:00Z'))).toBe('2.7.2026 00.30');
    expect(helsinkiTime(new Date('2026-01-01T08:00:00Z'))).toBe('1.1.2026 10.00');
  });
});
