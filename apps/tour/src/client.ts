import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * A request of the tour, written as a reader types it: `$NAME` stands for a value an earlier answer gave
 * (an id, today), `who` for the bearer token variable of the demo user (`AINO`). The same request is sent
 * with the values put in, and printed with the names kept, so the printed command works in a shell
 * that holds those variables.
 */
export interface TourRequest {
  who: string;
  method: 'GET' | 'POST';
  path: string;
  /** A JSON body. */
  body?: unknown;
  /** A file of the repository sent as it is, its placeholders replaced (`{ ARRANGEMENT_ID: '$ID' }`). */
  file?: { path: string; contentType: string; replace: Record<string, string> };
  /** Commands take an Idempotency-Key: a fresh one each run, so a second run is a new request. */
  idempotent?: boolean;
}

export interface TourAnswer<T = unknown> {
  status: number;
  body: T;
  /** The server's clock when it answered. */
  date: string | null;
}

/** `$NAME`, or `${NAME}` where a letter follows. */
const NAME = /\$(?:\{([A-Z][A-Z0-9_]*)\}|([A-Z][A-Z0-9_]*))/g;

export class TourClient {
  readonly vars = new Map<string, string>();
  /** The Idempotency-Key of each command, by its request's position in the run. */
  private keys = 0;
  readonly runId = randomUUID().slice(0, 8);

  /** The demo user behind each token variable: `AINO` → aino. */
  private readonly users = new Map<string, string>();

  constructor(
    readonly apiUrl: string,
    /** Bearer tokens by username. */
    private readonly tokens: Map<string, string>,
    private readonly root: string,
  ) {}

  /** Names the token variable `name` of the demo user `username`. */
  signIn(name: string, username: string): void {
    if (!this.tokens.has(username)) throw new Error(`no token for ${username}`);
    this.users.set(name, username);
  }

  set(name: string, value: string): string {
    this.vars.set(name, value);
    return value;
  }

  /** A text with its `$NAME`s put in; an unknown name is a mistake of the tour's, not left for the API to refuse. */
  resolve(text: string): string {
    return text.replace(NAME, (_, braced: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare ?? '';
      const value = this.vars.get(name);
      if (value === undefined) throw new Error(`the tour uses $${name} before it is known`);
      return value;
    });
  }

  nextKey(): string {
    this.keys += 1;
    return `tour-${this.runId}-${this.keys}`;
  }

  fileText(file: NonNullable<TourRequest['file']>): string {
    let text = readFileSync(`${this.root}/${file.path}`, 'utf8');
    for (const [placeholder, value] of Object.entries(file.replace))
      text = text.split(placeholder).join(this.resolve(value));
    return text;
  }

  async send<T = unknown>(req: TourRequest, key: string | null): Promise<TourAnswer<T>> {
    const token = this.tokens.get(this.users.get(req.who) ?? '');
    if (!token) throw new Error(`the tour has not signed in as $${req.who}`);
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let body: string | undefined;
    if (req.file) {
      headers['content-type'] = req.file.contentType;
      body = this.fileText(req.file);
    } else if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = this.resolve(JSON.stringify(req.body));
    }
    if (key) headers['idempotency-key'] = key;
    const res = await fetch(`${this.apiUrl}${this.resolve(req.path)}`, { method: req.method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: kept as text for the message
    }
    return { status: res.status, body: parsed as T, date: res.headers.get('date') };
  }
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A single-quoted shell word in which each `$NAME` is let out to the shell: `'{"id": "'"$ID"'"}'`. */
function shellWord(text: string): string {
  return quote(text).replace(NAME, (m) => `'"${m}"'`);
}

/** The request as one `curl` command line, its values by name; `key` is the Idempotency-Key as the shell writes it. */
export function curlOf(req: TourRequest, token: string, key: string | null): string {
  const url = `"$API${req.path}"`;
  const parts = ['curl -s'];
  if (req.method !== 'GET') parts.push(`-X ${req.method}`);
  parts.push(url, `-H "Authorization: Bearer $${token}"`);
  if (key) parts.push(`-H "Idempotency-Key: ${key}"`);
  if (req.file) {
    parts.push(`-H 'content-type: ${req.file.contentType}'`, '--data-binary @-');
    const seds = Object.entries(req.file.replace).map(([from, to]) => `-e "s/${from}/${to}/"`);
    return `sed ${seds.join(' ')} ${req.file.path} | ${parts.join(' ')}`;
  }
  if (req.body !== undefined)
    parts.push(`-H 'content-type: application/json'`, `-d ${shellWord(JSON.stringify(req.body))}`);
  return parts.join(' ');
}
