import { randomUUID } from 'node:crypto';
import type { ApiUser } from './api';

/**
 * A steady load of proposals and commands from several concurrent clients, as the county's people
 * would send them: each client saves a proposal and submits it, each under its own Idempotency-Key,
 * and sends a request again with the same key when it met an outage (5xx or no answer), until it is
 * answered 2xx. What was answered 2xx is remembered, for the checks after the fault.
 */
export interface LoadFigures {
  clients: number;
  seconds: number;
  requests: number;
  perSecond: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  noAnswer: number;
}

export interface Load {
  /** Arrangement ids whose creation was answered 2xx, by the key they were created with. */
  created: Map<string, string>;
  /** Arrangement ids whose submission was answered 2xx. */
  submitted: Set<string>;
  /** Statuses other than 2xx, 4xx, 5xx: the 4xx answers, for the test to show. */
  refusals: string[];
  /** Stops sending new work, lets every client finish what it started, and gives the figures. */
  stop(): Promise<LoadFigures>;
}

const REQUEST_TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startLoad(users: ApiUser[], body: () => unknown, clients = 4): Load {
  const created = new Map<string, string>();
  const submitted = new Set<string>();
  const refusals: string[] = [];
  const counts = { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0, noAnswer: 0 };
  const started = Date.now();
  let stopping = false;

  /** One request, sent again under the same key until it is answered 2xx or 4xx. */
  const untilAnswered = async (client: number, send: (user: ApiUser) => Promise<{ status: number; body: any }>) => {
    for (let attempt = 0; ; attempt++) {
      // Round robin over the APIs: a client whose API is away meets the other on its next try.
      const user = users[(client + attempt) % users.length]!;
      counts.requests++;
      let timer: NodeJS.Timeout | undefined;
      const reply = await Promise.race([
        send(user).catch(() => null),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), REQUEST_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (!reply) counts.noAnswer++;
      else if (reply.status < 300) {
        counts['2xx']++;
        return reply;
      } else if (reply.status < 500) {
        counts['4xx']++;
        refusals.push(`${reply.status} ${JSON.stringify(reply.body?.error?.code)}`);
        return null;
      } else counts['5xx']++;
      await sleep(Math.min(250 * 2 ** attempt, 2_000));
    }
  };

  const client = async (n: number) => {
    while (!stopping) {
      const key = `load-${randomUUID()}`;
      const reply = await untilAnswered(n, (u) => u.post('/arrangements', body(), key));
      if (!reply) continue;
      const id = String(reply.body.id);
      created.set(key, id);
      const submit = await untilAnswered(n, (u) => u.post(`/arrangements/${id}/submit`, {}, `${key}-submit`));
      if (submit) submitted.add(id);
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, n) => client(n)));

  return {
    created,
    submitted,
    refusals,
    async stop() {
      stopping = true;
      await running;
      const seconds = (Date.now() - started) / 1000;
      return {
        clients,
        seconds: Math.round(seconds),
        perSecond: Math.round((counts['2xx'] / seconds) * 10) / 10,
        ...counts,
      };
    },
  };
}
