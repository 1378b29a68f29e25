import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { identityHash } from '../../libs/persistence/identity-codes';
import type { Reply } from './api';
import { systemEnv } from './env';

/** A person signed in to the family's view by the development list: their cookie and CSRF token. */
export class FamilyUser {
  constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  get<T = any>(path: string): Promise<Reply<T>> {
    return this.send('GET', path);
  }

  download(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie } });
  }

  async send<T = any>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<Reply<T>> {
    const headers: Record<string, string> = { cookie: this.cookie, 'x-csrf-token': this.csrfToken };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }
}

/** Signs a person in to the family's view through the development list, as the web app does. */
export async function signInFamily(personId: string, baseUrl = systemEnv().apiUrl): Promise<FamilyUser> {
  const res = await fetch(`${baseUrl}/family/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (res.status !== 200) throw new Error(`the family sign-in answered ${res.status}: ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  return new FamilyUser(baseUrl, cookie, csrfToken);
}

/**
 * A person of the register for a test: the guardian of `guardianOf`, or the client `self` themself. The
 * identity code is hashed as the API hashes it (the development key: the tests set no secret of their own).
 */
export async function addPerson(
  db: DataSource,
  p: { name: string; identityCode: string; guardianOf?: string[]; self?: string },
): Promise<string> {
  const id = randomUUID();
  await db.query('insert into person (id, identity_hash, name, client_id) values ($1, $2, $3, $4)', [
    id,
    identityHash(p.identityCode, undefined),
    p.name,
    p.self ?? null,
  ]);
  for (const clientId of p.guardianOf ?? []) {
    await db.query('insert into guardianship (person_id, client_id) values ($1, $2)', [id, clientId]);
  }
  return id;
}

/** An identity code for a test person: clearly fake (individual number 9xx, the range kept for tests), and unique. */
export function fakeIdentityCode(): string {
  return `010180-9${randomUUID().slice(0, 6).toUpperCase()}`;
}

/** A client of a test's own, with its own worker, so that the demo clients stay as other files count them. */
export async function addClient(
  db: DataSource,
  c: { name: string; dateOfBirth: string; ownWorkerId: string; language?: 'fi' | 'sv' },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, $3, 'espoo', $4, 'SHL', $5)`,
    [id, c.name, c.dateOfBirth, c.language ?? 'fi', c.ownWorkerId],
  );
  return id;
}
