// What the page opened needs first, asked for once the page is parsed by a deferred script of its own, run
// before the app's module (a few hundred milliseconds to load and run on a slow machine): who is signed in,
// the start page's code, and, the moment GET /me says whose, the start page's data (src/start-pages.json,
// whose files and paths the build names in the page). The app's first asking of each path takes its answer
// (src/api/early-answers.ts). Not on the family's pages, whose session is another (the same rule as
// src/main.tsx's), nor once the app has started and closed the early answers.
(() => {
  const path = location.pathname;
  if (path === '/family' || path.startsWith('/family/') || 'luvnEarlyAnswers' in window) return;
  /** @type {Record<string, Promise<Response> | undefined>} */
  const answers = {};
  window.luvnEarlyAnswers = answers;
  /** Kept for the app's first asking of `url`. @param {string} url @param {Promise<Response>} answer */
  const keep = (url, answer) => {
    // One the app never takes (it asked no more, or another way) fails unseen; the app's own asking reports.
    answer.catch(() => undefined);
    return (answers[url] = answer);
  };
  /** @param {string} url */
  const ask = (url) => keep(url, fetch(url, { credentials: 'same-origin' }));
  const start = document.querySelector(`meta[name="start-page"][data-path="${CSS.escape(path)}"]`);
  /** @param {string} attribute */
  const words = (attribute) => (start?.getAttribute(attribute) ?? '').split(' ').filter(Boolean);

  /** Each path with its `{name}`s filled from the person's answer; one naming what the person lacks is skipped. */
  const askForData = (/** @type {string[]} */ templates, /** @type {string} */ body) => {
    /** @type {unknown} */
    let person;
    try {
      person = JSON.parse(body);
    } catch {
      return;
    }
    if (window.luvnEarlyAnswers !== answers) return;
    for (const template of templates) {
      let missing = false;
      const url = template.replace(/\{(\w+)\}/g, (_, /** @type {string} */ name) => {
        /** @type {unknown} */
        const value = typeof person === 'object' && person !== null ? Reflect.get(person, name) : undefined;
        if (typeof value !== 'string' && typeof value !== 'number') missing = true;
        return encodeURIComponent(String(value));
      });
      if (!missing) void ask(url);
    }
  };

  const session = ask('/session');
  const me = ask('/me');
  const data = words('data-requests');
  // With data to ask for, the app reads the person from an answer of the same body, made once the data has
  // been asked for: the app's first queries find the data's answers waiting. Only when both the session and
  // the person are there, as the app needs them: a read of clients' data is logged, and one nobody is shown
  // should not be.
  if (data.length > 0) {
    void keep(
      '/me',
      Promise.all([session, me]).then(([sessionAnswer, answer]) =>
        !sessionAnswer.ok || !answer.ok
          ? answer
          : answer.text().then((body) => {
              askForData(data, body);
              return new Response(body, {
                status: answer.status,
                statusText: answer.statusText,
                headers: answer.headers,
              });
            }),
      ),
    );
  }
  for (const href of words('content')) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    link.dataset.startPage = path;
    document.head.appendChild(link);
  }
})();
