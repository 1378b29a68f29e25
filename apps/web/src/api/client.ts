import createClient, { type Middleware } from 'openapi-fetch';
import { fetchOrEarly } from './early-answers';
import type { paths } from './schema';

/**
 * The browser session as the web app knows it. The session itself is an httpOnly cookie no script can
 * read; what the page keeps is the CSRF token the API gave for it (in memory only) and when it last
 * used it, for the idle warning.
 */
export const CSRF_HEADER = 'X-CSRF-Token';
export const PEEK_HEADER = 'X-Session-Peek';
let csrfToken: string | null = null;
let lastUse = Date.now();
let onEnded: () => void = () => {};

export const session = {
  begin: (token: string) => {
    csrfToken = token;
    lastUse = Date.now();
  },
  forget: () => {
    csrfToken = null;
  },
  /** When the page last used the session (a peek at its time left does not count). */
  lastUse: () => lastUse,
  /** When the session was last used, as the API knows it (another tab of the same browser may have). */
  used: (at: number) => {
    lastUse = Math.max(lastUse, at);
  },
  /** Told when the API answers 401: the session has ended on the server (signed out elsewhere, timed out). */
  whenEnded: (callback: () => void) => {
    onEnded = callback;
  },
};

/** The API's error shape: a code, a message, and the problems, each naming a field and a rule. */
export interface ApiError {
  code: string;
  message: string;
  problems: { field: string; rule: string; message: string }[];
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

const SAFE = new Set(['GET', 'HEAD']);

/** Every request carries the cookie (same origin); one that changes something carries the CSRF token too. */
export function sessionHeaders(method: string, headers: Headers): Headers {
  if (!SAFE.has(method) && csrfToken) headers.set(CSRF_HEADER, csrfToken);
  if (headers.get(PEEK_HEADER) !== '1') lastUse = Date.now();
  return headers;
}

export const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    sessionHeaders(request.method, request.headers);
    return request;
  },
  async onResponse({ request, response }) {
    if (csrfToken === null) return response;
    // A peek that finds the session gone is the idle watch's to tell; any other 401 ends the page's view.
    if (response.status === 401 && request.headers.get(PEEK_HEADER) !== '1') onEnded();
    // A refused CSRF token: the cookie names another session now (signed in again elsewhere in this browser).
    if (response.status === 403) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { error?: ApiError } | null;
      if (body?.error?.problems.some((p) => p.rule === 'csrf_token')) onEnded();
    }
    return response;
  },
};

/**
 * The API client, typed by the paths of the API's own OpenAPI document (generated into schema.d.ts by
 * the build): a changed route or body breaks the web's build, not a screen.
 */
const client = createClient<paths>({ baseUrl: '', fetch: fetchOrEarly });
client.use(sessionMiddleware);
/** Reads. A command goes through `useCommand` (api/command.ts), which gives every attempt its Idempotency-Key. */
export const api: Pick<typeof client, 'GET'> = client;
/** For what is not a command on a record: signing in and out, and the proposal form, which keeps its own key. */
export const sessionApi = client;

/** The body of an answer, typed by the route's documented response, or an ApiFailure carrying the API's error. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error as { error?: ApiError } | undefined)?.error;
    throw new ApiFailure(response.status, body ?? { code: 'unavailable', message: response.statusText, problems: [] });
  }
  return data as T;
}
