// Who is signed in, and the code of the page opened, asked for once the page is parsed: a deferred script of
// its own, run before the app's module (some 30 files, a few hundred milliseconds on a slow machine) has
// arrived and run. The app's first asking of each path takes its answer, and the page it opens asks for its
// data at once (src/api/early-answers.ts). Not on the family's pages, whose session is another (the same rule
// as src/main.tsx's), nor once the app has started and closed the early answers.
(function () {
  var path = location.pathname;
  if (path === '/family' || path.startsWith('/family/') || 'luvnEarlyAnswers' in window) return;
  window.luvnEarlyAnswers = {
    '/session': fetch('/session', { credentials: 'same-origin' }),
    '/me': fetch('/me', { credentials: 'same-origin' }),
  };
  // The code of the start page opened (src/start-pages.json), whose files the build names in the page.
  document.querySelectorAll('meta[name="start-page-files"]').forEach(function (meta) {
    if (meta.getAttribute('data-path') !== path) return;
    (meta.getAttribute('content') || '')
      .split(' ')
      .filter(Boolean)
      .forEach(function (href) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        link.dataset.startPage = path;
        document.head.appendChild(link);
      });
  });
})();
