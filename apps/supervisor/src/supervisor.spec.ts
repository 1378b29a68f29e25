import { type SupervisorEvent, Supervisor } from './supervisor';

/** Real child processes (node itself), a short backoff: what dies is started again, the rest go on. */
const node = (code: string) => ({ command: process.execPath, args: ['-e', code] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Supervisor', () => {
  let events: SupervisorEvent[];
  let supervisor: Supervisor;
  beforeEach(() => {
    events = [];
    supervisor = new Supervisor((e) => events.push(e), { firstMs: 100, maxMs: 400, healthyAfterMs: 60_000 });
  });
  afterEach(() => supervisor.stop(1_000));

  it('starts a process that dies again, with a doubling delay up to the most, while the others run', async () => {
    await supervisor.start([
      { name: 'dies', ...node('process.exit(3)') },
      { name: 'lives', ...node('setInterval(() => {}, 1000)') },
    ]);
    const lives = supervisor.pidOf('lives');
    await sleep(1_500);
    const exits = events.filter((e) => e.event === 'exited' && e.process === 'dies');
    expect(exits.length).toBeGreaterThanOrEqual(3);
    expect(exits.slice(0, 4).map((e) => (e.event === 'exited' ? e.restartInMs : 0))).toEqual(
      [100, 200, 400, 400].slice(0, Math.min(4, exits.length)),
    );
    expect(exits[0]).toMatchObject({ code: 3, signal: null });
    expect(supervisor.pidOf('lives')).toBe(lives);
    expect(events.some((e) => e.event === 'exited' && e.process === 'lives')).toBe(false);
  });

  it('starts a killed process again under a new pid', async () => {
    await supervisor.start([{ name: 'server', ...node('setInterval(() => {}, 1000)') }]);
    const first = supervisor.pidOf('server')!;
    process.kill(first, 'SIGKILL');
    await sleep(600);
    expect(events).toContainEqual(expect.objectContaining({ event: 'exited', process: 'server', signal: 'SIGKILL' }));
    expect(supervisor.pidOf('server')).toBeDefined();
    expect(supervisor.pidOf('server')).not.toBe(first);
  });

  it('stops everything, the last started first, and starts nothing again', async () => {
    await supervisor.start([{ name: 'a', ...node('setInterval(() => {}, 1000)') }]);
    await supervisor.start([{ name: 'b', ...node('setInterval(() => {}, 1000)') }]);
    await supervisor.stop(1_000);
    expect(events.filter((e) => e.event === 'stopping').map((e) => e.process)).toEqual(['b', 'a']);
    await sleep(300);
    expect(events.filter((e) => e.event === 'started')).toHaveLength(2);
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    await supervisor.start([
      { name: 'stubborn', ...node("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)") },
    ]);
    await sleep(300);
    const pid = supervisor.pidOf('stubborn')!;
    await supervisor.stop(300);
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('waits for a stage to be ready, and says which was not', async () => {
    let ready = false;
    setTimeout(() => (ready = true), 300);
    await supervisor.start([
      { name: 'slow', ...node('setInterval(() => {}, 1000)'), ready: () => Promise.resolve(ready) },
    ]);
    expect(ready).toBe(true);
    await expect(
      supervisor.start(
        [{ name: 'never', ...node('setInterval(() => {}, 1000)'), ready: () => Promise.resolve(false) }],
        500,
      ),
    ).rejects.toThrow('never was not ready within 0.5 s');
  });
});
