import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { printSelfTime } from './profile-top';

/**
 * Navigations to the queue, timed (`BENCH_WEB_RUNS`, an odd number): their median is the figure. On a busy
 * machine a run moves by a few hundred milliseconds; more runs tell two versions of the page apart.
 */
const WEB_RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
if (!Number.isInteger(WEB_RUNS) || WEB_RUNS < 1 || WEB_RUNS % 2 === 0) {
  throw new Error(`BENCH_WEB_RUNS is ${process.env.BENCH_WEB_RUNS}: give an odd number of navigations, 1 or more`);
}

/**
 * The web app's figures, measured in Chromium: what a first visit downloads (JavaScript compressed, the
 * goal at most 200 KB), and the time from navigation to the team's queue showing 50 rows. With a profile
 * folder, one more navigation runs under Chromium's CPU profiler and its top entries are printed.
 */
export async function webFigures(api: string, username: string, profiles = ''): Promise<void> {
  const executablePath = process.env.CHROMIUM_BIN;
  if (!executablePath) {
    console.log('\n4. Web app: skipped, no CHROMIUM_BIN');
    return;
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  try {
    // A first visit: an empty cache, the sign-in page, every response counted.
    const first = await browser.newContext();
    const page = await first.newPage();
    const loaded: { type: string; bytes: number; gzip: number }[] = [];
    page.on('response', (r) => {
      void r
        .body()
        .then((body) =>
          loaded.push({ type: r.request().resourceType(), bytes: body.length, gzip: gzipSync(body).length }),
        )
        .catch(() => undefined);
    });
    await page.goto(`${api}/`, { waitUntil: 'networkidle' });
    await first.close();
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const js = loaded.filter((l) => l.type === 'script');
    const sum = (xs: typeof loaded, k: 'bytes' | 'gzip') => xs.reduce((a, x) => a + x[k], 0);
    console.log('\n4. Web app in Chromium');
    console.log(
      `   first visit JavaScript ${kb(sum(js, 'gzip'))} gzip (${kb(sum(js, 'bytes'))} raw, ${js.length} files)   (goal <= 200 KB)`,
    );
    console.log(
      `   first visit, all       ${kb(sum(loaded, 'gzip'))} gzip (${loaded.length} responses, fonts included)`,
    );

    // The queue: signed in as a team member, from navigation until 50 rows show; the median of the runs.
    const runs: Navigation[] = [];
    for (let i = 0; i < WEB_RUNS; i++) runs.push(await queueNavigation(browser, api, username));
    const figure = (xs: number[]) => {
      const sorted = xs.map((t) => Math.round(t)).sort((a, b) => a - b);
      return `median ${sorted[Math.floor(sorted.length / 2)]} ms (runs ${sorted.join(', ')})`;
    };
    console.log(`   queue page, navigation to 50 rows: ${figure(runs.map((r) => r.harnessMs))}   (goal < 1000 ms)`);
    console.log(
      `     the same by the page's own clock (no harness round trips): ${figure(runs.map((r) => r.shownAt))}`,
    );
    console.log(
      `   where the last run's time went (ms from navigation, request start–end):\n${runs.at(-1)!.waterfall}`,
    );
    // One more navigation, untimed, under Chromium's profiler: its cost stays out of the figures above.
    if (profiles) {
      const profileFile = join(profiles, 'web-queue.cpuprofile');
      await queueNavigation(browser, api, username, profileFile);
      printSelfTime(`Chromium's profile of one more navigation (${relative(process.cwd(), profileFile)})`, [
        profileFile,
      ]);
    }
  } finally {
    await browser.close();
  }
}

/** One navigation to the queue: the harness's time to 50 rows, the page's own, and the page's waterfall. */
interface Navigation {
  harnessMs: number;
  shownAt: number;
  waterfall: string;
}

/**
 * A fresh context signed in as the web app is (the development sign-in's session cookie, before the clock
 * starts), then the queue from navigation until 50 rows show; with a file, under Chromium's CPU profiler.
 */
async function queueNavigation(
  browser: Browser,
  api: string,
  username: string,
  profileFile?: string,
): Promise<Navigation> {
  // The page's policy allows no eval; the figures are read by evaluating expressions in it.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const signIn = await context.request.post(`${api}/sign-in`, { data: { username } });
    if (!signIn.ok()) throw new Error(`the development sign-in answered ${signIn.status()}`);
    const queue = await context.newPage();
    const profiler = profileFile ? await context.newCDPSession(queue) : undefined;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    const started = performance.now();
    await queue.goto(`${api}/queue`);
    // The page's own clock at the first frame with the rows: the waterfall's end, free of the harness's round trips.
    const shown = await queue.waitForFunction(
      "document.querySelectorAll('tr[data-arrangement]').length >= 50 && performance.now()",
      undefined,
      { timeout: 30_000 },
    );
    const harnessMs = performance.now() - started;
    const shownAt = Number(await shown.jsonValue());
    const waterfall = String(await queue.evaluate(`(${WATERFALL})(${shownAt})`));
    if (profiler && profileFile) {
      const { profile } = await profiler.send('Profiler.stop');
      mkdirSync(dirname(profileFile), { recursive: true });
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    return { harnessMs, shownAt, waterfall };
  } finally {
    await context.close();
  }
}

/**
 * The page's own timeline, read in the page: the document, each script, font and API call, and the rows (at
 * the page's time given), in the order they started, each with a bar over the run's time (one character a
 * 1/50th), so that what waits for what shows at a glance. What starts after the rows shows as '>'.
 */
const WATERFALL = `((end) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const rows = [['document', 0, nav.responseEnd], ['DOMContentLoaded', nav.responseEnd, nav.domContentLoadedEventEnd]];
  for (const r of performance.getEntriesByType('resource')) {
    rows.push([new URL(r.name).pathname + new URL(r.name).search, r.startTime, r.responseEnd]);
  }
  rows.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
  rows.push(['50 rows shown', end, end]);
  const at = (t) => Math.min(49, Math.floor((t / end) * 50));
  const bar = (from, to) => from > end ? ' '.repeat(49) + '>'
    : ' '.repeat(at(from)) + '#'.repeat(Math.max(1, at(to) - at(from) + 1)).padEnd(50 - at(from));
  return rows
    .map(([name, from, to]) => '     ' + String(Math.round(from)).padStart(5) + '–' + String(Math.round(to)).padEnd(5) + ' |' + bar(from, to) + '| ' + name)
    .join(String.fromCharCode(10));
})`;
