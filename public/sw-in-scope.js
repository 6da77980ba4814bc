// @ts-check
/// <reference lib="webworker" />
// Imported by the service worker (vite.config.ts, workbox importScripts), before Workbox's own
// routes. A navigation to a path inside the app's scope that is not a file (`lists`, `lists/`,
// `a/b/c`: typed, bookmarked, or an old link) would get the fallback index.html, whose relative
// asset URLs then resolve below that path and load nothing: a blank page, offline and online.
// The app's screens are addressed with `#/…`, so such a path is redirected to the scope itself
// with the path as the route (`lists/` -> `./#/lists`), where every asset URL is right.
/** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.mode !== 'navigate') return;
  const scope = new URL(/** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self)).registration.scope);
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const rest = url.pathname.slice(scope.pathname.length);
  // The app itself, or a real file (index.html, a sign-in redirect page …): Workbox answers.
  if (rest === '' || /\.[A-Za-z0-9]+$/.test(rest)) return;
  const route = rest.replace(/\/+$/, '');
  event.respondWith(Response.redirect(`${scope.href}#/${route}`, 302));
  // Workbox's listener would answer the same event again and fail.
  event.stopImmediatePropagation();
});
