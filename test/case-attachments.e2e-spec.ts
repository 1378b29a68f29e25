import { randomUUID } from 'node:crypto';
import { connect, demo, type DemoUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, contract, pdfOf, publishTestService } from './support/fixtures';

/**
 * A supervision case's files: the supplier answers a clarification request with a PDF, the team reads it
 * as a download. A file is kept only when its bytes are a PDF without anything a viewer could run.
 */
const SERVICE = 'case_attachments_test';
let sys: System;
let caseId: string;

beforeAll(async () => {
  sys = await connect();
  await publishTestService(sys.as('riikka'), SERVICE, 'Liitteiden testipalvelu');
  await contract(sys.db, {
    id: '00000000-0000-4000-8000-000005300001',
    supplierId: demo.tukiverkko,
    serviceCode: SERVICE,
    priceCents: 4800,
  });
  const { id } = await activeService(sys, SERVICE, demo.tukiverkko);
  const today = await sys.today();
  caseId = ok(
    await sys
      .as('aino')
      .post('/feedback', { arrangementId: id, respondent: 'own_worker', answeredOn: today, heard: 1 }),
  ).caseId;
  if (!caseId) throw new Error('the poor feedback opened no supervision case');
});
afterAll(async () => {
  // Closed by the last test; here too should it not have got so far, so that no other file finds it open.
  await sys.as('sanna').post(`/supervision/cases/${caseId}/close`, { reason: 'Liitteiden testin tapaus.' });
  await sys.close();
});

const attach = (username: DemoUser, body: Buffer | string, name = 'selvitys.pdf') =>
  sys
    .as(username)
    .raw(
      'POST',
      `/supervision/cases/${caseId}/attachments?fileName=${encodeURIComponent(name)}`,
      body,
      'application/pdf',
    );

describe("a supervision case's files", () => {
  it('takes the supplier’s PDF and gives it to the team as a download, byte for byte', async () => {
    const pdf = await pdfOf('Selvitys: työntekijä vaihtui sairauslomien vuoksi; pysyvä työntekijä 1.1. alkaen.');
    const attached = ok(await attach('tukiverkko', pdf, 'C:\\Asiakirjat\\Selvitys joulukuu.pdf'));
    expect(attached).toEqual({
      id: expect.any(String),
      caseId,
      fileName: 'Selvitys joulukuu.pdf',
      sizeBytes: pdf.length,
      uploadedByRole: 'supplier',
      uploadedAt: expect.any(String),
    });
    expect(ok(await sys.as('sanna').get(`/supervision/cases/${caseId}/attachments`))).toEqual([attached]);

    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    const file = await sys.as('petra').download(`/supervision/cases/${caseId}/attachments/${attached.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Selvitys joulukuu.pdf')}`,
    );
    expect(file.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    // The supplier's account may name the family: its reading is logged under them, for supervision.
    const [{ rows }] = await sys.db.query(
      `select count(*)::int as rows from access_log where id > $1 and user_id = $2 and client_id = $3 and purpose = 'supervision'`,
      [last, demo.userId('petra'), demo.eetu.id],
    );
    expect(rows).toBe(1);
  });

  it('refuses what is not a PDF by its bytes, a PDF that could run something, and one too large', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect(refused(await attach('tukiverkko', png, 'kuva.pdf'), 400).problems).toEqual([
      { field: '(body)', rule: 'pdf_only', message: expect.stringContaining('image/png') },
    ]);
    const scripted = Buffer.concat([
      await pdfOf('Avaa tämä.'),
      Buffer.from('\n9 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n', 'latin1'),
    ]);
    expect(refused(await attach('tukiverkko', scripted), 400).problems[0]?.rule).toBe('active_content');
    const big = Buffer.concat([await pdfOf('Iso.'), Buffer.alloc(5_242_880)]);
    expect(refused(await attach('tukiverkko', big), 413).problems[0]?.rule).toBe('size');
    const asJson = await sys
      .as('tukiverkko')
      .send('POST', `/supervision/cases/${caseId}/attachments`, { file: 'selvitys.pdf' });
    expect(refused(asJson, 415).problems[0]?.rule).toBe('pdf_only');
    // Nothing refused was kept.
    expect(ok(await sys.as('sanna').get(`/supervision/cases/${caseId}/attachments`))).toHaveLength(1);
  });

  it('keeps another supplier and an own worker out', async () => {
    const pdf = await pdfOf('Ei meidän.');
    expect([403, 404]).toContain((await attach('perhepolku', pdf)).status);
    expect([403, 404]).toContain((await sys.as('perhepolku').get(`/supervision/cases/${caseId}/attachments`)).status);
    refused(await attach('aino', pdf), 403);
    refused(await sys.as('sanna').get(`/supervision/cases/${caseId}/attachments/${randomUUID()}`), 404);
  });

  it('is offered as a step while the case is open, and a closed case takes no more files', async () => {
    const actions = async (u: DemoUser) =>
      ok(await sys.as(u).get(`/supervision/cases/${caseId}`)).allowedActions as string[];
    expect(await actions('tukiverkko')).toContain('attachFile');
    expect(await actions('petra')).toContain('attachFile');
    ok(await sys.as('sanna').post(`/supervision/cases/${caseId}/close`, { reason: 'Liitteiden testin tapaus.' }));
    expect(await actions('tukiverkko')).not.toContain('attachFile');
    refused(await attach('tukiverkko', await pdfOf('Myöhässä.')), 409);
    expect(ok(await sys.as('sanna').get(`/supervision/cases/${caseId}/attachments`))).toHaveLength(1);
  });
});
