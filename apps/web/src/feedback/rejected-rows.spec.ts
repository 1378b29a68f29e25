import { describe, expect, it } from '@jest/globals';
import { readCsv } from '../../../api/src/feedback/csv';
import { quoted, rejectedRowsFile } from './rejected-rows';

const describeProblem = (p: { field: string; rule: string }) => `${p.field}: ${p.rule}`;

describe('the file of rejected rows', () => {
  const header = 'responseId,arrangementId,respondent,answeredOn,heard,helpedMost';
  const file = [
    header, // line 1
    'a1,x,family,2026-10-05,4,Hyvä', // 2: accepted
    'a2,x,family,2026-10-05,9,"Kaksi\r\nriviä, ja ""lainaus"""', // 3–4: rejected, a cell over two lines
    '', // 5: blank
    'a3,x,family,2026-10-05,4,', // 6: already imported
    'a4,x,family,2026-10-05,4,Sanoi "ei"', // 7: rejected, unreadable (a stray quote)
    'a5,x,family,2026-02-30,4,', // 8: rejected, last
    '',
  ].join('\r\n');
  const report = {
    accepted: [{ line: 2 }],
    alreadyImported: [{ line: 6 }],
    rejected: [
      { line: 8, problems: [{ field: 'answeredOn', rule: 'iso_date' }] },
      {
        line: 3,
        problems: [
          { field: 'heard', rule: 'too_big' },
          { field: 'answeredOn', rule: 'iso_date' },
        ],
      },
      { line: 7, problems: [{ field: '(row)', rule: 'csv_quote' }] },
    ],
  };

  it('has the header and each rejected row as written, in the file’s order, with its problems in a last column', () => {
    const out = rejectedRowsFile(file, report, describeProblem);
    expect(out.split('\r\n')).toEqual([
      `${header},importProblems`,
      'a2,x,family,2026-10-05,9,"Kaksi',
      'riviä, ja ""lainaus""",heard: too_big; answeredOn: iso_date',
      'a4,x,family,2026-10-05,4,Sanoi "ei",(row): csv_quote',
      'a5,x,family,2026-02-30,4,,answeredOn: iso_date',
      '',
    ]);
  });

  it('reads back through the import’s own reader with the same cells, apart from the row that could not be read', () => {
    const back = readCsv(rejectedRowsFile(file, report, describeProblem));
    expect(back.header).toEqual([...header.split(','), 'importProblems']);
    expect(back.rows.map((r) => r.cells ?? r.problem.rule)).toEqual([
      {
        responseId: 'a2',
        arrangementId: 'x',
        respondent: 'family',
        answeredOn: '2026-10-05',
        heard: '9',
        helpedMost: 'Kaksi\r\nriviä, ja "lainaus"',
        importProblems: 'heard: too_big; answeredOn: iso_date',
      },
      'csv_quote',
      {
        responseId: 'a5',
        arrangementId: 'x',
        respondent: 'family',
        answeredOn: '2026-02-30',
        heard: '4',
        helpedMost: '',
        importProblems: 'answeredOn: iso_date',
      },
    ]);
  });

  it('keeps a semicolon-separated file’s separator', () => {
    const out = rejectedRowsFile(
      'responseId;heard\nb1;9\nb2;4\n',
      {
        accepted: [{ line: 3 }],
        alreadyImported: [],
        rejected: [{ line: 2, problems: [{ field: 'heard', rule: 'x;y' }] }],
      },
      describeProblem,
    );
    expect(out).toBe('responseId;heard;importProblems\r\nb1;9;"heard: x;y"\r\n');
  });
});

describe('a cell as RFC 4180 writes it', () => {
  it('is quoted, its quotes doubled, only when it must be', () => {
    expect(quoted('plain words', ',')).toBe('plain words');
    expect(quoted('a, b', ',')).toBe('"a, b"');
    expect(quoted('a, b', ';')).toBe('a, b');
    expect(quoted('sanoi "ei"', ',')).toBe('"sanoi ""ei"""');
    expect(quoted('two\nlines', ',')).toBe('"two\nlines"');
    expect(quoted(' padded', ',')).toBe('" padded"');
  });
});
