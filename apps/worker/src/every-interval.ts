import { describeError, loggerFor } from '../../../libs/observability/logger';

const log = loggerFor('rounds');

/**
 * Runs `round` every `intervalMs`, one round at a time (the next starts `intervalMs` after the last
 * ended). A round that fails (Temporal or PostgreSQL away) is logged and the next one tries again.
 * Returns a function that stops the rounds and waits for the one running.
 */
export function everyInterval(name: string, intervalMs: number, round: () => Promise<unknown>): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const next = () => {
    running = round()
      .then(() => undefined)
      .catch((err: unknown) =>
        log.warn({ round: name, ...describeError(err) }, 'round failed, the next one tries again'),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(next, intervalMs);
      });
  };
  timer = setTimeout(next, intervalMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
