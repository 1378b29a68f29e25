/**
 * The answers public/early-session.js asked for as the page was parsed, before this code had loaded: who is
 * signed in. Each is given once, to the first GET of its path, and those the app's first session read did not
 * take are dropped when it ends (`closeEarlyAnswers`): a later asking (a keep-alive, a sign-in in the same
 * tab) always goes to the API.
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
  if (!answers || url.origin !== location.origin || url.search) return undefined;
  const answer = answers[url.pathname];
  if (answer) answers[url.pathname] = undefined;
  return answer;
}
