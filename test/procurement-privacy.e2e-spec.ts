import type { OpenAPIObject } from '@nestjs/swagger';
import type { Page, Response } from 'playwright-core';
import { documentedOperations } from '../apps/api/src/access/client-data';
import { type Permission, permits } from '../apps/api/src/access/permissions';
import { WebPage } from './pages/web-page';
import { demo } from './support/api';
import { systemEnv } from './support/env';
import { ok } from './support/expect';
import { activeService, contract, pdfOf, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * Procurement never sees a client's identity. Every GET of the served API document that procurement's
 * role may call answers without any client's name, id, address or contact, or the id of a family's
 * service; every route that answers with a client's data and procurement may not call refuses it; and
 * procurement's screens, walked in Chromium page by page from the menu into each list's first record,
 * fetch nothing and show nothing of one, nor does any page of another role's that Petra types in.
 */
const web = browserTests();
const sys = () => web.sys;
const SERVICE = 'procurement_privacy_test';

let document: OpenAPIObject;
/** Every client's name, id, address and contact, and the ids of this file's family's services. */
let identities: string[] = [];
let running = '';
let caseId = '';
let attachmentId = '';
let contractId = '';
let today = '';

beforeAll(async () => {
  document = (await (await fetch(`${systemEnv().apiUrl}/docs/openapi.json`)).json()) as OpenAPIObject;
  today = await sys().today();
  await publishTestService(sys().as('riikka'), SERVICE, 'Tietosuojatestin palvelu');
  contractId = '00000000-0000-4000-8000-000005600001';
  await contract(sys().db, { id: contractId, supplierId: demo.tukiverkko, serviceCode: SERVICE, priceCents: 4700 });
  running = (await activeService(sys(), SERVICE, demo.tukiverkko)).id;
  // Bad feedback with a family's words: a case with findings, words and a supplier's file, as procurement reads one.
  caseId = ok(
    await sys().as('aino').post('/feedback', {
      arrangementId: running,
      respondent: 'family',
      answeredOn: today,
      heard: 1,
      didNotHelp: 'Kukaan ei kertonut, milloin seuraava käynti on.',
    }),
  ).caseId;
  const pdf = await pdfOf('Tukiverkko Oy: selvitys käynneistä.');
  attachmentId = ok(
    await sys()
      .as('tukiverkko')
      .raw('POST', `/supervision/cases/${caseId}/attachments?fileName=selvitys.pdf`, pdf, 'application/pdf'),
  ).id;
  const clients: Record<string, string | null>[] = await sys().db.query(
    `select id::text, full_name, address, contact_name, contact_phone from client`,
  );
  const services: { id: string }[] = await sys().db.query(`select id::text from arrangement where client_id = $1`, [
    demo.eetu.id,
  ]);
  identities = [...clients.flatMap((c) => Object.values(c)), ...services.map((s) => s.id)].filter(
    (v): v is string => typeof v === 'string' && v.length >= 5,
  );
});

afterAll(async () => {
  // The case ends here, so that no other file finds Tukiverkko's case open.
  await sys().as('sanna').post(`/supervision/cases/${caseId}/close`, { reason: 'Tietosuojatestin tapaus.' });
});

/** The identities a text shows. */
const shownIn = (text: string) => identities.filter((i) => text.includes(i));

/** A route's path with its parameters filled with this file's records; fails on one it has no record for. */
function concrete(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, (_, name: string, at: number) => {
    const owner = path.slice(0, at).split('/').filter(Boolean).pop();
    const value =
      name === 'id'
        ? { arrangements: running, clients: demo.eetu.id, cases: caseId, contracts: contractId }[owner ?? '']
        : { teamId: 'arr-fsw', supplierId: demo.tukiverkko, attachmentId, seq: '1', code: SERVICE }[name];
    if (!value) throw new Error(`no record for {${name}} in ${path}: give the test one`);
    return value;
  });
}

/** The query's required parameters and the filters that would bring a family's record in, filled by name. */
function query(path: string): string {
  const parameters = ((document.paths[path]?.get?.parameters ?? []) as Record<string, any>[]).filter(
    (p) => p.in === 'query',
  );
  const values: Record<string, string> = {
    from: today,
    to: today,
    month: today.slice(0, 7),
    quarter: `${today.slice(0, 4)}-Q1`,
    clientId: demo.eetu.id,
    serviceCode: SERVICE,
    supplierId: demo.tukiverkko,
    within: 'P10Y',
    withinDays: '3650',
    list: 'ending_soon',
    year: today.slice(0, 4),
    on: today,
    sentOn: today,
    q: 'Eetu',
  };
  const pairs = parameters.flatMap((p) => {
    const value = values[p.name as string];
    if (value !== undefined) return [`${p.name}=${encodeURIComponent(value)}`];
    if (p.required) throw new Error(`no value for the query parameter ${p.name} of ${path}: give the test one`);
    return [];
  });
  return pairs.length ? `?${pairs.join('&')}` : '';
}

describe("procurement and a client's identity", () => {
  it('gets no identity from any route its role may call, and is refused every other that reads a client’s data', async () => {
    const gets = documentedOperations(document).filter((op) => op.method === 'GET' && op.permission);
    const problems: string[] = [];
    let called = 0;
    for (const op of gets) {
      const path = concrete(op.path) + query(op.path);
      const reply = await sys().as('petra').download(path);
      const body = Buffer.from(await reply.arrayBuffer()).toString('utf8');
      if (permits('procurement', op.permission as Permission)) {
        called++;
        if (reply.status >= 500) problems.push(`${op.path}: answered ${reply.status}`);
        const shown = shownIn(body);
        if (shown.length) problems.push(`${op.path}: shows ${shown.join(', ')}`);
      } else if (op.marked && reply.status !== 403) {
        problems.push(`${op.path}: reads ${op.marked}, yet answered procurement ${reply.status}`);
      }
    }
    expect(problems).toEqual([]);
    // Procurement's screens call a dozen routes at least: a document that lost its permissions fails here.
    expect(called).toBeGreaterThanOrEqual(12);
  });

  it('sees none in any screen it walks, nor in the pages of others typed into the address bar', async () => {
    const page = (await web.signedIn('Petra Holm')).as(WebPage);
    const answers = recordAnswers(page.page);
    const nav = page.page.getByRole('navigation').getByRole('link');
    await nav.first().waitFor();
    const menu = await nav.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(menu.length).toBeGreaterThanOrEqual(2);
    const visited: string[] = [];
    const visit = async (path: string) => {
      await page.goto(path);
      await page.page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.page.waitForLoadState('networkidle');
      visited.push(path);
      const shown = shownIn(await page.page.content());
      expect({ path, shown, errors: web.errors }).toEqual({ path, shown: [], errors: [] });
    };
    for (const path of menu) {
      await visit(path);
      // Into the list's first record, as a user goes on from a list.
      const first = page.page.getByRole('main').locator('a[href^="/"]').first();
      const href = (await first.count()) ? await first.getAttribute('href') : null;
      if (href) await visit(href);
    }
    await visit(`/supervision/cases/${caseId}`);
    await visit(`/contracts/${contractId}`);
    // The pages of the roles that see families, typed in: refused, never drawn with a family on them.
    for (const path of [`/arrangements/${running}`, '/my-clients', '/queue', '/orders']) await visit(path);
    const shown = (await answers.all()).flatMap((a) => shownIn(a.body).map((i) => `${a.url}: ${i}`));
    expect(shown).toEqual([]);
    expect(visited.length).toBeGreaterThanOrEqual(menu.length + 6);
  });
});

/** Every answer of the API the page fetches, with its body: `all()` once the walk is done. */
function recordAnswers(page: Page) {
  const answers: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (r: Response) => {
    if (!['fetch', 'xhr'].includes(r.request().resourceType())) return;
    const read = r.body().then(
      (b) => b.toString('utf8'),
      () => '',
    );
    answers.push(read.then((body) => ({ url: r.url(), body })));
  });
  return { all: () => Promise.all(answers) };
}
