import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** One program the supervisor keeps running. */
export interface ProcessSpec {
  /** Unique among the supervisor's processes: names its log lines and its log file. */
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Its output goes to this file (appended); without one, to the supervisor's own stdout and stderr. */
  logFile?: string;
  /** Answers true once the process serves; `start` waits for it before starting the next stage. */
  ready?: () => Promise<boolean>;
}

/** Restart delays: 1 s doubling to 30 s; a process that ran a minute starts again from 1 s. */
export const BACKOFF = { firstMs: 1_000, maxMs: 30_000, healthyAfterMs: 60_000 };

export type SupervisorEvent =
  | { event: 'started'; process: string; pid: number }
  | { event: 'exited'; process: string; pid: number; code: number | null; signal: string | null; restartInMs: number }
  | { event: 'stopping'; process: string; pid: number };

interface Running {
  spec: ProcessSpec;
  child?: ChildProcess;
  startedAt: number;
  delayMs: number;
  timer?: NodeJS.Timeout;
  exited?: Promise<void>;
}

/**
 * Keeps a set of processes running on one machine: one that dies is started again after a backoff
 * while the others go on; `stop` ends them all (the last started first) and waits for them.
 * What Kubernetes or Compose does for a deployment, for `npm start` and `npm run start:cluster`.
 */
export class Supervisor {
  private readonly running = new Map<string, Running>();
  private stopping = false;
  private stopped?: Promise<void>;

  constructor(
    private readonly report: (e: SupervisorEvent) => void,
    private readonly backoff = BACKOFF,
  ) {}

  /** Starts the processes of one stage and waits until each says it is ready (or `timeoutMs` passes). */
  async start(stage: ProcessSpec[], timeoutMs = 120_000): Promise<void> {
    for (const spec of stage) {
      if (this.running.has(spec.name)) throw new Error(`a process named ${spec.name} runs already`);
      const r: Running = { spec, startedAt: 0, delayMs: this.backoff.firstMs };
      this.running.set(spec.name, r);
      this.launch(r);
    }
    await Promise.all(stage.flatMap((spec) => (spec.ready ? [waitUntil(spec.name, spec.ready, timeoutMs)] : [])));
  }

  /** The pid of a running process, for an operator (or a test) who wants to stop one. */
  pidOf(name: string): number | undefined {
    return this.running.get(name)?.child?.pid;
  }

  names(): string[] {
    return [...this.running.keys()];
  }

  /** Stops every process, the most recently started first, each with SIGTERM and then SIGKILL after `graceMs`. */
  stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    this.stopped ??= this.stopAll(graceMs);
    return this.stopped;
  }

  private async stopAll(graceMs: number): Promise<void> {
    for (const r of [...this.running.values()].reverse()) {
      clearTimeout(r.timer);
      const child = r.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      this.report({ event: 'stopping', process: r.spec.name, pid: child.pid ?? 0 });
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await r.exited;
      clearTimeout(killer);
    }
  }

  private launch(r: Running): void {
    const { spec } = r;
    let stdio: ['ignore', number | 'inherit', number | 'inherit'] = ['ignore', 'inherit', 'inherit'];
    let fd: number | undefined;
    if (spec.logFile) {
      mkdirSync(dirname(spec.logFile), { recursive: true });
      fd = openSync(spec.logFile, 'a');
      stdio = ['ignore', fd, fd];
    }
    const child = spawn(spec.command, spec.args, { env: { ...process.env, ...spec.env }, stdio });
    if (fd !== undefined) closeSync(fd);
    r.child = child;
    r.startedAt = Date.now();
    r.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        resolve();
        this.exited(r, code, signal);
      });
      // A program that cannot be started at all (not found) exits as far as we are concerned.
      child.once('error', () => resolve());
    });
    this.report({ event: 'started', process: spec.name, pid: child.pid ?? 0 });
  }

  private exited(r: Running, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    if (Date.now() - r.startedAt >= this.backoff.healthyAfterMs) r.delayMs = this.backoff.firstMs;
    const delay = r.delayMs;
    r.delayMs = Math.min(r.delayMs * 2, this.backoff.maxMs);
    this.report({ event: 'exited', process: r.spec.name, pid: r.child?.pid ?? 0, code, signal, restartInMs: delay });
    r.timer = setTimeout(() => {
      if (!this.stopping) this.launch(r);
    }, delay);
  }
}

async function waitUntil(name: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s: see its log`);
}
