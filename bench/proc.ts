import { readFileSync } from 'node:fs';

/** Clock ticks a second, in which /proc counts CPU time (USER_HZ: 100 on Linux). */
const CLK_TCK = 100;

/**
 * What Linux counts of a process: its CPU seconds by where they ran (its own code, or the kernel's on its
 * behalf: the socket writes and reads, its polling for events), and how many times its main thread was
 * preempted (taken off a core it still wanted, for another process). On two busy cores a preempted request
 * finds its caches cold when it comes back: the count shows how much the process shares the machine.
 */
export interface ProcTimes {
  user: number;
  kernel: number;
  preempted: number;
}

const NONE: ProcTimes = { user: 0, kernel: 0, preempted: 0 };

/** The process's counts so far (every thread's CPU; the main thread's preemptions); zeros once it has gone. */
export function procTimes(pid: number): ProcTimes {
  try {
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th of them.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      user: Number(fields[11]) / CLK_TCK,
      kernel: Number(fields[12]) / CLK_TCK,
      preempted: Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0),
    };
  } catch {
    return NONE;
  }
}

/** The processes' counts added up. */
export function procTimesOf(pids: number[]): ProcTimes {
  return pids
    .map(procTimes)
    .reduce(
      (a, t) => ({ user: a.user + t.user, kernel: a.kernel + t.kernel, preempted: a.preempted + t.preempted }),
      NONE,
    );
}

/** What the processes used between two readings, for each of `per` requests (CPU in milliseconds). */
export function perRequest(before: ProcTimes, after: ProcTimes, per: number): ProcTimes {
  return {
    user: ((after.user - before.user) / per) * 1000,
    kernel: ((after.kernel - before.kernel) / per) * 1000,
    preempted: (after.preempted - before.preempted) / per,
  };
}

/** As the benchmark prints it: `user 2.10 + kernel 0.45 ms, preempted 3.6 times`. */
export function describeTimes(t: ProcTimes): string {
  return `user ${t.user.toFixed(2)} + kernel ${t.kernel.toFixed(2)} ms, preempted ${t.preempted.toFixed(1)} times`;
}

/** The same for the side-by-side table's narrow column: `2.10 + 0.45 ms, 3.6 times`. */
export function shortTimes(t: ProcTimes): string {
  return `${t.user.toFixed(2)} + ${t.kernel.toFixed(2)} ms, ${t.preempted.toFixed(1)} times`;
}

/** The machine's cores as Linux names them (`2 × AMD EPYC, 2695 MHz`): the same code's figures move with it. */
export function describeCores(): string {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  const count = info.match(/^processor\s*:/gm)?.length ?? 0;
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? 'an unnamed processor';
  const mhz = /^cpu MHz\s*:\s*([\d.]+)/m.exec(info)?.[1];
  return `${count} × ${model}${mhz ? `, ${Math.round(Number(mhz))} MHz` : ''}`;
}
