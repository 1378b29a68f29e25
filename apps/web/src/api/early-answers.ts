/**
 * The answers public/early-session.js asked for as the page was parsed, before this code had loaded: who is
 * signed in. Each is given once, to the first GET of its path; every later asking goes to the API.
 */
declare global {
  interface Window {
    luvnEarlyAnswers?: Record<string, Promise<Response> | undefined>;
  }
}

export function fetchOrEarly(request: Request): Promise<Response> {
  const early = request.method === 'GET' ? takeEarly(new URL(request.url)) : undefined;
  return early ?? fetch(request);
}

function takeEarly(url: URL): Promise<Response> | undefined {
  const answers = window.luvnEarlyAnswers;
  if (!answers || url.origin !== location.origin || url.search) return undefined;
  const answer = answers[url.pathname];
  if (answer) answers[url.pathname] = undefined;
  return answer;
}
