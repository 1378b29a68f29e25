import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Clock ticks a second, in which /proc counts CPU time (USER_HZ: 100 on Linux). */
const CLK_TCK = 100;

/** A process's CPU seconds so far, every thread's: in its own code (user) and in the kernel's on its behalf. */
export interface ProcCpu {
  user: number;
  kernel: number;
}

/**
 * The same with how many times its main thread was preempted: taken off a core it still wanted, for another
 * thread or process. A preempted request comes back to caches that others have used in the meantime.
 */
export interface ProcTimes extends ProcCpu {
  preempted: number;
}

/** Nothing used: a gone process's reading, and the start of a sum. */
export const NO_TIMES: ProcTimes = { user: 0, kernel: 0, preempted: 0 };

/** The process's CPU so far; zeros once it has gone. */
export function procCpu(pid: number): ProcCpu {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's closing parenthesis (the command may hold one itself): utime and stime
    // are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return { user: Number(fields[11]) / CLK_TCK, kernel: Number(fields[12]) / CLK_TCK };
  } catch {
    return NO_TIMES;
  }
}

/** The process's CPU and its main thread's preemptions so far; zeros once it has gone. */
export function procTimes(pid: number): ProcTimes {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const preempted = Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return { ...procCpu(pid), preempted };
  } catch {
    return NO_TIMES;
  }
}

/** Readings added up (of several processes, or of several rounds' differences). */
export function sumTimes(times: ProcTimes[]): ProcTimes {
  return times.reduce(
    (a, t) => ({ user: a.user + t.user, kernel: a.kernel + t.kernel, preempted: a.preempted + t.preempted }),
    NO_TIMES,
  );
}

/** What was used between two readings (CPU in seconds). */
export function difference(before: ProcTimes, after: ProcTimes): ProcTimes {
  return {
    user: after.user - before.user,
    kernel: after.kernel - before.kernel,
    preempted: after.preempted - before.preempted,
  };
}

/** A difference shared among `per` requests, its CPU in milliseconds. */
export function perRequest(used: ProcTimes, per: number): ProcTimes {
  return { user: (used.user / per) * 1000, kernel: (used.kernel / per) * 1000, preempted: used.preempted / per };
}

/** As the benchmark prints it: `user 2.10 + kernel 0.45 ms, preempted 3.6 times`. */
export function describeTimes(t: ProcTimes): string {
  return `user ${t.user.toFixed(2)} + kernel ${t.kernel.toFixed(2)} ms, preempted ${t.preempted.toFixed(1)} times`;
}

/** The same for the side-by-side table's narrow column: `2.10 + 0.45 ms, 3.6 times`. */
export function shortTimes(t: ProcTimes): string {
  return `${t.user.toFixed(2)} + ${t.kernel.toFixed(2)} ms, ${t.preempted.toFixed(1)} times`;
}

/**
 * The machine's cores (`2 × AMD EPYC, 2695 MHz now`): the same code's figures move with them. The clock is
 * the first core's at the moment, where Linux gives it (Node's own figure is 0 on some virtual machines).
 */
export function describeCores(): string {
  const cores = cpus();
  let mhz: string | undefined;
  try {
    mhz = /^cpu MHz\s*:\s*([\d.]+)/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  } catch {
    mhz = undefined;
  }
  return `${cores.length} × ${cores[0]?.model ?? 'an unnamed processor'}${mhz ? `, ${Math.round(Number(mhz))} MHz now` : ''}`;
}
