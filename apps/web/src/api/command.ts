import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { isRefusal } from '../common/errors';
import { sessionMiddleware } from './client';

/** The API client as a command's attempt uses it: each request that changes something carries the attempt's key. */
export type CommandApi = ReturnType<typeof createClient<paths>>;

/**
 * A command as a mutation whose every request carries an `Idempotency-Key`, so that a double click or a retry
 * after a lost connection does one thing: the API takes a repeated key as the same request. The key lives as
 * long as the same command with the same input may be sent again: a success or a refusal (4xx: nothing was
 * done) ends it, and other input is another command. Each route an attempt calls gets its own key, derived
 * from the attempt's, the same on every retry.
 */
export function useCommand<R, V = void>(
  options: Omit<UseMutationOptions<R, Error, V>, 'mutationFn'> & {
    mutationFn: (vars: V, api: CommandApi) => Promise<R>;
  },
) {
  const attempt = useRef<{ key: string; input: string } | null>(null);
  const { mutationFn, onSuccess, onError, ...rest } = options;
  return useMutation<R, Error, V>({
    ...rest,
    mutationFn: (vars) => {
      const input = fingerprint(vars);
      if (attempt.current?.input !== input) attempt.current = { key: crypto.randomUUID(), input };
      return mutationFn(vars, keyedApi(attempt.current.key));
    },
    onSuccess: (...args) => {
      attempt.current = null;
      return onSuccess?.(...args);
    },
    onError: (...args) => {
      const [error] = args;
      if (isRefusal(error)) attempt.current = null;
      return onError?.(...args);
    },
  });
}

function keyedApi(key: string): CommandApi {
  const client = createClient<paths>({ baseUrl: '' });
  client.use(sessionMiddleware);
  const sent = new Map<string, number>();
  client.use({
    onRequest({ request }) {
      if (request.method === 'GET' || request.method === 'HEAD') return request;
      // Each route its own key within the attempt: a retry that skips a request done before keeps the others'.
      const route = `${request.method} ${new URL(request.url).pathname}`;
      const n = (sent.get(route) ?? 0) + 1;
      sent.set(route, n);
      request.headers.set('Idempotency-Key', `${key}:${fnv1a(route)}${n > 1 ? `.${n}` : ''}`);
      return request;
    },
  });
  return client;
}

/** A short, stable name for a route (FNV-1a, 32 bits), to keep the header within the API's 100 characters. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A command's input as text, to tell a retry from another command; a file by its name, size and time. */
function fingerprint(vars: unknown): string {
  return JSON.stringify(vars ?? null, (_, v: unknown) =>
    v instanceof File ? `${v.name}:${v.size}:${v.lastModified}` : v,
  );
}
