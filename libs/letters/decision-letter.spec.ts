import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LetterFacts, renderDecisionLetter } from './decision-letter';

const textOf = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'decision-letter-')), 'letter.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

const granted: LetterFacts = {
  language: 'fi',
  clientName: 'Niko Jälkinen',
  dateOfBirth: '2006-03-01',
  kind: 'initial',
  outcome: 'granted',
  decidedOn: '2026-12-04',
  decidedBy: 'Sanna Saarinen',
  service: 'Perhetyö',
  legalBasis: 'LsL',
  periodStart: '2026-12-07',
  periodEnd: '2027-06-06',
  hoursPerMonth: 8,
  supplier: null,
  fee: 'Maksuton',
  grounds: null,
  notification: 'electronic',
  notifiedOn: '2026-12-07',
  appealDeadline: null,
  recipient: { name: 'Niko Jälkinen', address: 'Kirjekuja 2, 02100 Espoo' },
  reference: 'LUVN-0A1B2C3D-1',
  deciderTitle: 'arranging',
  contact: { name: 'Aino Virtanen', email: 'aino.virtanen@example.fi' },
  authority: { address: null, email: null },
};

describe('the decision letter', () => {
  it("names a young person's responsible worker in aftercare, with the team's phone and the county, in their language", async () => {
    const responsibleWorker = {
      name: 'Maija Muukalainen',
      team: 'Jälkihuollon tiimi',
      phone: '+358 2 555 0100',
      county: 'Satakunnan hyvinvointialue',
    };
    const fi = textOf(await renderDecisionLetter({ ...granted, responsibleWorker }));
    expect(fi).toContain('Lisätietoja päätöksestä antaa: Aino Virtanen, aino.virtanen@example.fi');
    expect(fi).toContain(
      'Jälkihuollon vastuutyöntekijä: Maija Muukalainen, Jälkihuollon tiimi, Satakunnan hyvinvointialue, puh. +358 2 555 0100',
    );
    const sv = textOf(
      await renderDecisionLetter({
        ...granted,
        language: 'sv',
        responsibleWorker: { ...responsibleWorker, team: 'Eftervårdsteamet', county: 'Satakunta välfärdsområde' },
      }),
    );
    expect(sv).toContain(
      'Ansvarig arbetstagare inom eftervården: Maija Muukalainen, Eftervårdsteamet, Satakunta välfärdsområde, tfn +358 2 555 0100',
    );
  });

  it('names no responsible worker for a client not in aftercare', async () => {
    const fi = textOf(await renderDecisionLetter({ ...granted, responsibleWorker: null }));
    expect(fi).toContain('Lisätietoja päätöksestä antaa: Aino Virtanen');
    expect(fi).not.toContain('vastuutyöntekijä');
  });
});
