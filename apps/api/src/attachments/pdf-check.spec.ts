import { activeContentOf, attachmentName } from './pdf-check';

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`, 'latin1');

describe('a PDF to be kept', () => {
  it('is refused for what a viewer could run or open, however its names are written', () => {
    expect(activeContentOf(pdf('1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj'))).toBeNull();
    expect(activeContentOf(pdf('<< /S /JavaScript /JS (app.alert(1)) >>'))).toBe('JavaScript');
    expect(activeContentOf(pdf('<< /S /J#61vaScript >>'))).toBe('JavaScript');
    expect(activeContentOf(pdf('<< /S /Launch /F (cmd.exe) >>'))).toBe('Launch');
    expect(activeContentOf(pdf('<< /Names << /EmbeddedFiles 3 0 R >> >>'))).toBe('EmbeddedFiles');
    // A name that only begins like one is not it.
    expect(activeContentOf(pdf('<< /JSON (x) /Launcher 1 >>'))).toBeNull();
  });

  it('is named by the last part of what was sent, cleaned, ending in .pdf', () => {
    expect(attachmentName('selvitys.pdf')).toBe('selvitys.pdf');
    expect(attachmentName('C:\\Users\\x\\Selvitys 12.2026.PDF')).toBe('Selvitys 12.2026.PDF');
    expect(attachmentName('../../etc/passwd')).toBe('passwd.pdf');
    expect(attachmentName('a"b<c>\u0007.pdf')).toBe('abc.pdf');
    expect(attachmentName('')).toBe('liite.pdf');
    expect(attachmentName(undefined)).toBe('liite.pdf');
    expect(attachmentName(`${'x'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});
