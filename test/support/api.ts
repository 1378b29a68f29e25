import type { DataSource } from 'typeorm';
import { mintTokens } from '../../apps/api/src/auth/tokens';
import { loadConfig } from '../../libs/config/config';
import { createDataSource } from '../../libs/persistence/data-source';
import { CLIENTS, SUPPLIERS, USERS } from '../../libs/persistence/dev/demo-region';
import { systemEnv } from './env';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers?: Headers;
}

/** A demo user talking to the running API over HTTP, as a browser or integration would. */
export class ApiUser {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  get<T = any>(path: string): Promise<Reply<T>> {
    return this.send('GET', path);
  }

  post<T = any>(path: string, body: unknown = {}, key?: string): Promise<Reply<T>> {
    return this.send('POST', path, body, key);
  }

  put<T = any>(path: string, body: unknown, key?: string): Promise<Reply<T>> {
    return this.send('PUT', path, body, key);
  }

  /** A file as a client uploads it: the text as it is, with its content type. */
  upload<T = any>(path: string, text: string, contentType: string): Promise<Reply<T>> {
    return this.raw('POST', path, text, contentType);
  }

  /** A body sent byte for byte as given, however broken. */
  async raw<T = any>(method: string, path: string, body: string | Uint8Array, contentType: string): Promise<Reply<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': contentType },
      body,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
  }

  /** A GET answered with something else than JSON (a letter's PDF): the response as it came. */
  download(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
  }

  async send<T>(
    method: string,
    path: string,
    body?: unknown,
    key?: string,
    extra: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...extra, authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }
}

export type DemoUser = (typeof USERS)[number]['username'];

export interface System {
  as(username: DemoUser): ApiUser;
  /** The same user against another API process (one a test started for itself). */
  asAt(username: DemoUser, apiUrl: string): ApiUser;
  /**
   * Today as the server counts it (a day in Europe/Helsinki). A test that needs a date derives it from
   * this, never from the test machine's clock and time zone.
   */
  today(): Promise<string>;
  anonymous(): { get(path: string): Promise<Reply> };
  db: DataSource;
  close(): Promise<void>;
}

export async function connect(): Promise<System> {
  const env = systemEnv();
  const db = createDataSource(env.databaseUrl, 2);
  await db.initialize();
  const tokens = await mintTokens(db, loadConfig({ ...process.env, DATABASE_URL: env.databaseUrl }), 'all');
  return {
    as(username) {
      const token = tokens.get(username);
      if (!token) throw new Error(`no demo user ${username}`);
      return new ApiUser(env.apiUrl, token);
    },
    asAt(username, apiUrl) {
      const token = tokens.get(username);
      if (!token) throw new Error(`no demo user ${username}`);
      return new ApiUser(apiUrl, token);
    },
    async today() {
      const reply = await new ApiUser(env.apiUrl, tokens.get('aino')!).get<{ today: string }>('/calendar/today');
      if (reply.status !== 200) throw new Error(`GET /calendar/today answered ${reply.status}`);
      return reply.body.today;
    },
    anonymous: () => ({
      async get(path: string) {
        const res = await fetch(`${env.apiUrl}${path}`);
        return { status: res.status, body: await res.json() };
      },
    }),
    db,
    close: () => db.destroy(),
  };
}

const byName = (name: string) => {
  const c = CLIENTS.find((x) => x.fullName === name);
  if (!c) throw new Error(`no demo client ${name}`);
  return c;
};

/** Demo data the tests refer to by meaning. */
export const demo = {
  /** SHL clients of aino. */
  eetu: byName('Eetu Järvinen'),
  /** 7 years old on 2026-12-01. */
  ella: byName('Ella Lehtonen'),
  /** 5 years old on 2026-12-01. */
  vilja: byName('Vilja Mattila'),
  /** SHL client of erik. */
  noah: byName('Noah Westerlund'),
  /** LsL clients of helmi. */
  onni: byName('Onni Hämäläinen'),
  aada: byName('Aada Koskinen'),
  perhepolku: SUPPLIERS[0]!.id,
  familjestod: SUPPLIERS[1]!.id,
  tukiverkko: SUPPLIERS[2]!.id,
  userId: (username: DemoUser) => USERS.find((u) => u.username === username)!.id,
  fullName: (username: DemoUser) => USERS.find((u) => u.username === username)!.fullName,
};

/**
 * A proposal of the tests: assessed on 16 November 2026 and wished to start on 1 December 2026 unless
 * the test says otherwise. Fixed days in the past are safe (the ages and due dates follow from them);
 * a test that checks what the server derives from "today" passes dates it read from `System.today()`.
 */
export function proposal(clientId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientId,
    serviceCode: 'home_help',
    hoursPerMonth: 20,
    needsAssessedOn: '2026-11-16',
    desiredStartOn: '2026-12-01',
    justification: 'Äiti on sairaalahoidossa kuusi viikkoa; isä ei selviä yksin kolmen lapsen arjesta.',
    goals: 'Arjen rutiinit säilyvät; lapset pääsevät kouluun ja päiväkotiin.',
    // What every proposal records before it is submitted (seed 004), and the family's agreement to it.
    fitWithOtherServices: 'Perhetyö jatkuu ennallaan; kotipalvelu käy eri päivinä.',
    familyAgreedOn: '2026-11-16',
    ...overrides,
  };
}
