// Who is signed in, asked for as the page is parsed: an hour-cached script of its own, run before the app's
// code (some 30 files, a few hundred milliseconds on a slow machine) has arrived. The app's first asking of
// each path takes its answer (src/api/early-answers.ts), and the page it opens asks for its data at once.
// Not on the family's pages, whose session is another.
(function () {
  var path = location.pathname;
  if (path === '/family' || path.indexOf('/family/') === 0) return;
  window.luvnEarlyAnswers = {
    '/session': fetch('/session', { credentials: 'same-origin' }),
    '/me': fetch('/me', { credentials: 'same-origin' }),
  };
})();
