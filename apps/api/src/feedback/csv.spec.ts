import { readCsv } from './csv';

describe('reading a survey export', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, each row with the line it starts on', () => {
    const { header, rows } = readCsv('a,b,c\r\n1,"x, y","He said ""no""\nthen left"\n2,,z\n');
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { line: 2, cells: { a: '1', b: 'x, y', c: 'He said "no"\nthen left' } },
      { line: 4, cells: { a: '2', b: '', c: 'z' } },
    ]);
  });

  it('takes semicolons between fields and a byte-order mark, and counts blank lines', () => {
    const file = readCsv('\uFEFFa;b\n\n1;"2;3"\n;\n');
    expect(file.rows).toEqual([{ line: 3, cells: { a: '1', b: '2;3' } }]);
    expect(file.blankLines).toBe(2);
  });

  it('reports a stray quote in an unquoted cell on its row, and reads the rows after it', () => {
    const { rows } = readCsv('a,b,c\n1,ab"c,3\n2,x,y\n3,"x" y,z\n4,Sanoi "ei",z\n');
    expect(rows).toEqual([
      { line: 2, problem: expect.objectContaining({ field: '(row)', rule: 'csv_quote' }) },
      { line: 3, cells: { a: '2', b: 'x', c: 'y' } },
      { line: 4, problem: expect.objectContaining({ field: '(row)', rule: 'csv_quote' }) },
      { line: 5, problem: expect.objectContaining({ field: '(row)', rule: 'csv_quote' }) },
    ]);
  });

  it('reports a row with too many or too few cells instead of shifting or padding its answers', () => {
    const { rows } = readCsv('a,b,c\n1,2,3,4\n1,2\n1,2,3\n');
    expect(rows.map((r) => [r.line, r.problem?.rule ?? 'read'])).toEqual([
      [2, 'csv_cell_count'],
      [3, 'csv_cell_count'],
      [4, 'read'],
    ]);
    expect(rows[0]?.problem?.message).toContain('has 4 cells where the header has 3');
  });

  it('reports a quote left open at the end of the file, after the rows read before it', () => {
    const { rows } = readCsv('a,b,c\n1,2,3\n2,"x,y\n');
    expect(rows).toEqual([
      { line: 2, cells: { a: '1', b: '2', c: '3' } },
      {
        line: 3,
        problem: expect.objectContaining({ rule: 'csv_quote', message: expect.stringContaining('never closed') }),
      },
    ]);
  });
});
