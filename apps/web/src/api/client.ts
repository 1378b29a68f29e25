import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

const TOKEN = 'luvn.token';

export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN),
  signIn: (token: string) => sessionStorage.setItem(TOKEN, token),
  signOut: () => sessionStorage.removeItem(TOKEN),
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

const bearer: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/**
 * The API client, typed by the paths of the API's own OpenAPI document (generated into schema.d.ts by
 * the build): a changed route or body breaks the web's build, not a screen.
 */
export const api = createClient<paths>({ baseUrl: '' });
api.use(bearer);

/** The body of an answer, typed by the route's documented response, or an ApiFailure carrying the API's error. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error as { error?: ApiError } | undefined)?.error;
    throw new ApiFailure(response.status, body ?? { code: 'unavailable', message: response.statusText, problems: [] });
  }
  return data as T;
}
