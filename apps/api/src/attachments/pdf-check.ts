/**
 * What a PDF may not carry to be kept: anything a viewer could run or open. Names in a PDF may be written
 * with #xx escapes (/J#61vaScript), so they are read unescaped. Objects inside compressed object streams
 * are not unpacked here: the file is only ever sent back as a download, never shown inline.
 */
const ACTIVE = [
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
];

/** The first active-content name the PDF's text carries, or null. */
export function activeContentOf(body: Buffer): string | null {
  const names = body.toString('latin1').matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)/g);
  for (const [, raw] of names) {
    const name = raw!.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (ACTIVE.includes(name)) return name;
  }
  return null;
}

/**
 * The name a file is kept and downloaded under: the last part of what was sent, without control or
 * path characters, at most 200 characters, ending in .pdf.
 */
export function attachmentName(sent: string | undefined): string {
  const base = (sent ?? '').split(/[/\\]/).pop() ?? '';
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  const clean = printable
    .replace(/["<>:|?*]/g, '')
    .trim()
    .slice(0, 196);
  if (!clean) return 'liite.pdf';
  return /\.pdf$/i.test(clean) ? clean : `${clean}.pdf`;
}
