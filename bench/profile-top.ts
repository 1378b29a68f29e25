import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The parts of a `.cpuprofile` (V8's Profiler.Profile) read here. */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** One sample of a profile: the function it was in, where that function lives, and the time it stands for. */
interface Sample {
  functionName: string;
  url: string;
  lineNumber: number;
  us: number;
}

function samplesOf(files: string[]): Sample[] {
  const samples: Sample[] = [];
  for (const file of files) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const frame = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
    p.samples.forEach((id, i) => {
      const f = frame.get(id)!;
      // Waiting is not CPU: the shares are of the time the process was busy.
      if (f.functionName === '(idle)') return;
      // A sample's time is the gap to the next one.
      samples.push({ ...f, us: p.timeDeltas[i + 1] ?? 0 });
    });
  }
  return samples;
}

/** The `top` keys with the most time, each with its share of the busy time; the first line is the busy time. */
function ranked(samples: Sample[], keyOf: (s: Sample) => string, top: number): string[] {
  const time = new Map<string, number>();
  let total = 0;
  for (const s of samples) {
    const key = keyOf(s);
    time.set(key, (time.get(key) ?? 0) + s.us);
    total += s.us;
  }
  return [`${(total / 1000).toFixed(0).padStart(7)} ms busy in all`].concat(
    [...time.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, us]) =>
          `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`,
      ),
  );
}

/**
 * The self time of CPU profiles, summed over the profiles given (one per API process, or a page's in
 * Chromium), with each entry's share of the busy time: where a process spends its own CPU, not what it waits
 * for. First the entries by function and file; then the same time by library (or the web app's chunk): the
 * package a function comes from, Node's own modules, our code, or V8's entries without a file (GC, the
 * program, a native call such as `writev`). A request's cost spread thinly over many functions of one library
 * shows there, where no single function stands out.
 */
export function selfTime(files: string[]): string[] {
  const samples = samplesOf(files);
  const byFunction = (f: Sample) =>
    `${f.functionName || '(anonymous)'} ${f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
  return [...ranked(samples, byFunction, 15), 'by library:', ...ranked(samples, libraryOf, 12).slice(1)];
}

/** The profiles' top entries under a heading, indented beneath it. */
export function printSelfTime(heading: string, files: string[]): void {
  console.log(`   ${heading}, top self time:`);
  console.log(
    selfTime(files)
      .map((l) => `     ${l}`)
      .join('\n'),
  );
}

function libraryOf(f: Sample): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : `native ${f.functionName || '(anonymous)'}`;
  if (f.url.startsWith('node:')) return 'node';
  // The web app's bundled files: the chunk, named by its first module, without its content hash.
  if (/^https?:/.test(f.url)) return `web ${chunkOf(f.url)}`;
  const inPackage = packagePath(f.url);
  if (inPackage === undefined) return 'our code';
  const [scope, name] = inPackage.split('/');
  return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
}

function chunkOf(url: string): string {
  return new URL(url).pathname.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '');
}

function shortUrl(url: string): string {
  if (/^https?:/.test(url)) return chunkOf(url);
  return packagePath(url) ?? relative(process.cwd(), url.replace(/^file:\/\//, ''));
}

/** A file's path from its package's folder on, or undefined when it is not in node_modules. */
function packagePath(url: string): string | undefined {
  const nm = url.lastIndexOf('node_modules/');
  return nm >= 0 ? url.slice(nm + 'node_modules/'.length) : undefined;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('usage: node dist/bench/profile-top.js <file.cpuprofile>...');
  console.log(selfTime(files).join('\n'));
}
