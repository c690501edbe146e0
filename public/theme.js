/*
 * theme.js: puts ?theme= and ?lang= on <html> before the first paint, so a dark or
 * projector page never flashes white. A classic script in <head>, because a strict
 * Content-Security-Policy (script-src 'self') blocks inline ones. The app keeps both in
 * step with its settings from then on.
 */
(function () {
  'use strict';
  var query = new URLSearchParams(window.location.search);
  var theme = query.get('theme');
  // Slides default to high contrast (see themeOf in src/settings/settings-store.ts).
  if (theme !== 'light' && theme !== 'dark' && theme !== 'contrast')
    theme = /^#\/present(\/|$)/.test(window.location.hash) ? 'contrast' : 'light';
  document.documentElement.setAttribute('data-theme', theme);
  if (query.get('lang') === 'en') document.documentElement.lang = 'en';
})();
