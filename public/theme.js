/*
 * theme.js: puts ?theme= and ?lang= on <html> before the first paint, so a dark or
 * projector page never flashes white, and marks an embed as one. A classic script in <head>, because a strict
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
  // An embed is laid out as one from the first paint, so nothing moves when the app takes
  // over (see EmbedShell, which keeps this attribute in step).
  if (/^#\/embed\//.test(window.location.hash)) {
    var transparent = query.get('transparent');
    document.documentElement.setAttribute(
      'data-embed',
      transparent === '1' || transparent === 'true' ? 'transparent' : 'opaque',
    );
  }
  if (query.get('lang') === 'en') {
    document.documentElement.lang = 'en';
    // index.html's title until the app names the view (src/i18n/en/shell.ts, appTitle).
    document.title = 'Rule-of-law government KPIs';
  }
})();
