import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The parts of a `.cpuprofile` (V8's Profiler.Profile) read here. */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The entries of CPU profiles with the most self time, by function and file, summed over the profiles given
 * (one per API process), with their share of the busy time: where a process spends its own CPU, not what it
 * waits for. The first line is the busy time in all.
 */
export function topSelfTime(files: string[], top = 15): string[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const frame = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
    p.samples.forEach((id, i) => {
      // A sample's time is the gap to the next one.
      const us = p.timeDeltas[i + 1] ?? 0;
      const f = frame.get(id)!;
      // Waiting is not CPU: the share is of the time the process was busy.
      if (f.functionName === '(idle)') return;
      const where = f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}` : '';
      const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
      self.set(key, (self.get(key) ?? 0) + us);
      total += us;
    });
  }
  return [`${(total / 1000).toFixed(0).padStart(7)} ms busy in all`].concat(
    [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, us]) =>
          `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`,
      ),
  );
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  return nm >= 0 ? path.slice(nm + 'node_modules/'.length) : relative(process.cwd(), path);
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('usage: node dist/bench/profile-top.js <file.cpuprofile>...');
  console.log(topSelfTime(files).join('\n'));
}
