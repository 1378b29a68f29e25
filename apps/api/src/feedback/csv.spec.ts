import { parseCsv } from './csv';

describe('reading a survey export', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { header, rows } = parseCsv('a,b,c\r\n1,"x, y","He said ""no""\nthen left"\n2,,z\n');
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { a: '1', b: 'x, y', c: 'He said "no"\nthen left' },
      { a: '2', b: '', c: 'z' },
    ]);
  });

  it('takes semicolons between fields, a byte-order mark, and skips blank lines', () => {
    const { rows } = parseCsv('\uFEFFa;b\n\n1;"2;3"\n');
    expect(rows).toEqual([{ a: '1', b: '2;3' }]);
  });

  it('gives missing trailing cells as empty', () => {
    expect(parseCsv('a,b,c\n1').rows).toEqual([{ a: '1', b: '', c: '' }]);
  });
});
