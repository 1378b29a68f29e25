import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, systemEnv } from './support/env';

/**
 * `npm run tour` as a newcomer runs it: the built tour, a process of its own, against the running API
 * with the server's clock as it is (whatever day and hour the tests run on), twice in a row on the same
 * database, the second time printing the walk as Markdown.
 */
const run = promisify(execFile);

/**
 * The tour's output of each run, kept for a failure's reader in .data/tour: not among the processes' logs,
 * which the log privacy test reads for personal data (the tour prints the demo client's name, as it should).
 */
let runs = 0;

async function tour(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await runTour(args);
  mkdirSync(join(ROOT, '.data', 'tour'), { recursive: true });
  writeFileSync(join(ROOT, '.data', 'tour', `run-${++runs}.txt`), `${result.stdout}\n${result.stderr}`);
  return result;
}

async function runTour(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = systemEnv();
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'dist/apps/tour/src/main.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, API_URL: env.apiUrl, DATABASE_URL: env.databaseUrl },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The arrangement each run took to the start: a second run makes its own. */
const started: string[] = [];

describe('npm run tour', () => {
  it('walks the whole process and says so, step by step', async () => {
    const { code, stdout, stderr } = await tour();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // Each step's request as a curl line, and its answer's key facts.
    expect(stdout).toContain('$ curl -s "$API/calendar/today" -H "Authorization: Bearer $AINO"');
    expect(stdout).toMatch(/curl -s -X POST "\$API\/arrangements" .*-H "Idempotency-Key: tour-\w+-1"/);
    expect(stdout).toMatch(/→ 201 {2}id=\S+ {2}status=draft/);
    expect(stdout).toMatch(/→ 200 {2}position=\d+ {2}id=\S+/);
    expect(stdout).toContain('status=ordered');
    expect(stdout).toContain('status=arranged');
    expect(stdout).toMatch(/→ 20\d {2}status=active {2}startedOn=\d{4}-\d{2}-\d{2}/);
    // The answer is bad for its low item; whether it also brings the supplier's NPS below the county's
    // threshold depends on the families' answers other test files gave the same supplier before it.
    expect(stdout).toMatch(/badReasons=\["item_low:heard"(,"nps_below")?\]/);
    expect(stdout).toMatch(/status=denied {2}decidedOn=\S+ {2}appealDeadline=\d{4}-\d{2}-\d{2}/);
    expect(stdout).toMatch(/inTime=true/);
    expect(stdout).toMatch(/rows=[1-9]\d*/);
    // The closing checks, each a fact the API answered.
    const active = new RegExp(`✓ arrangement (${UUID}) is active`).exec(stdout);
    expect(active).not.toBeNull();
    started.push(active![1]!);
    expect(stdout).toContain("✓ the month's use of");
    expect(stdout).toMatch(new RegExp(`✓ supervision case ${UUID} holds the finding \\((opened by it|joined)\\)`));
    expect(stdout).toMatch(new RegExp(`✓ rectification request ${UUID} recorded in time`));
    expect(stdout).toMatch(/✓ the access log lists [1-9]\d* rows of today/);
  });

  it('runs again on the same database, and prints the walk as Markdown with the commands and answers', async () => {
    const { code, stdout, stderr } = await tour('--markdown');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('## 1. The county');
    expect(stdout).toContain(
      'TODAY=$(curl -s "$API/calendar/today" -H "Authorization: Bearer $AINO" | jq -r \'.today\')',
    );
    expect(stdout).toContain('-H "Idempotency-Key: tour-$RUN-1"');
    expect(stdout).toContain('docs/examples/survey.csv | curl -s -X POST "$API/feedback/imports"');
    expect(stdout).toContain('"status": "active"');
    expect(stdout).toContain('"inTime": true');
    const active = new RegExp(`The tour checked: arrangement (${UUID}) is active`).exec(stdout);
    expect(active).not.toBeNull();
    expect(active![1]).not.toBe(started[0]);
    // The first run's finding left the supplier's case open: this run's finding joins it.
    expect(stdout).toContain("the supplier's case was already open: the finding joined it");
    // docs/tour.md is such a page: its commands are the ones the tour runs today (its ids and days aside).
    const page = readFileSync(join(ROOT, 'docs', 'tour.md'), 'utf8');
    expect(commandsOf(page)).toEqual(commandsOf(stdout));
  });

  it('says to start the system first when no API answers', async () => {
    const env = systemEnv();
    const { code, stderr } = await run(process.execPath, [join(ROOT, 'dist/apps/tour/src/main.js')], {
      cwd: ROOT,
      env: { ...process.env, API_URL: 'http://127.0.0.1:9', DATABASE_URL: env.databaseUrl },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('run `npm start` first');
  });
});

/**
 * A Markdown walk's shell blocks, with what differs from run to run put as placeholders: the API's address,
 * ids, days, the visit's body (worked out from the hour the tour runs at) and the supplier's user (other tests end some
 * suppliers' contracts). A page written on another day compares equal; a changed step does not.
 */
function commandsOf(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) =>
    m[1]!
      .replace(/^API=.*$/m, 'API=<the API>')
      .replace(new RegExp(UUID, 'g'), '<id>')
      .replace(/\d{4}-\d{2}-\d{2}/g, '<day>')
      .replace(/-d '\{"startsAt".*$/gm, "-d '<the visit>'")
      .replace(/^SUPPLIER=.*$/gm, 'SUPPLIER=<the token of the chosen supplier>'),
  );
}
