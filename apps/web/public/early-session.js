// Who is signed in, asked for as the page is parsed: a deferred script of its own, run before the app's module
// (some 30 files, a few hundred milliseconds on a slow machine) has arrived. The app's first asking of each
// path takes its answer, and the page it opens asks for its data at once (src/api/early-answers.ts). Not on
// the family's pages, whose session is another (the same rule as src/main.tsx's), nor once the app has
// started and closed the early answers.
(function () {
  var path = location.pathname;
  if (path === '/family' || path.startsWith('/family/') || 'luvnEarlyAnswers' in window) return;
  window.luvnEarlyAnswers = {
    '/session': fetch('/session', { credentials: 'same-origin' }),
    '/me': fetch('/me', { credentials: 'same-origin' }),
  };
})();
