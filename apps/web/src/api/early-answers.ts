/**
 * The answers public/early-session.js asked for before this code had loaded: who is signed in, and the start
 * page's first data. Each is given once, to the first GET of its path and query, and those the app's first
 * reads did not take are dropped when those reads are done (`closeEarlyAnswers`): a later asking (a
 * keep-alive, a sign-in in the same tab, a page opened later) always goes to the API.
 */
declare global {
  interface Window {
    /** null once closed, so that a late early script asks nothing. */
    luvnEarlyAnswers?: Record<string, Promise<Response> | undefined> | null;
  }
}

export function fetchOrEarly(request: Request): Promise<Response> {
  const early = request.method === 'GET' ? takeEarly(new URL(request.url)) : undefined;
  return early ?? fetch(request);
}

export function closeEarlyAnswers(): void {
  window.luvnEarlyAnswers = null;
}

function takeEarly(url: URL): Promise<Response> | undefined {
  const answers = window.luvnEarlyAnswers;
  if (!answers || url.origin !== location.origin) return undefined;
  const key = url.pathname + url.search;
  const answer = answers[key];
  if (answer) answers[key] = undefined;
  return answer;
}
