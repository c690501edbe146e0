/*
 * embed.js: sizes the rule-of-law dashboard's iframes on a host page.
 *
 *   <iframe data-rule-of-law-dashboard src="https://…/index.html#/embed/kpis"></iframe>
 *   <script src="https://…/embed.js"></script>
 *
 * An embedded view posts { type: "rule-of-law-dashboard:resize", height } to its parent
 * whenever its content height changes. This script sets that iframe's style.height and
 * nothing else: no global, no other style or attribute. A message is accepted only when
 * its source is the window of an iframe marked data-rule-of-law-dashboard that is in the
 * document at that moment, and its origin is that iframe's src origin; the height must be
 * a positive finite number and is clamped to MIN…MAX px.
 *
 * The iframe is looked up when a message arrives, so iframes added later are sized too and
 * the script may load in <head> or anywhere in <body>, before or after the iframes.
 * Included twice, the second copy finds the first through a cancelable event and stays inert.
 */
(() => {
  'use strict';

  const MESSAGE = 'rule-of-law-dashboard:resize';
  const INSTALLED = 'rule-of-law-dashboard:embed-installed';
  const SELECTOR = 'iframe[data-rule-of-law-dashboard]';
  const MIN = 50;
  const MAX = 10000;

  // Another copy already listens: it cancels this event.
  if (!document.dispatchEvent(new Event(INSTALLED, { cancelable: true }))) return;
  document.addEventListener(INSTALLED, (event) => event.preventDefault());

  const originOf = (iframe) => {
    const src = iframe.getAttribute('src');
    if (!src) return null;
    try {
      const origin = new URL(src, document.baseURI).origin;
      // Opaque origins ("null": data:, about:, sandboxed frames) cannot be told apart.
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== MESSAGE) return;
    const height = data.height;
    if (!Number.isFinite(height) || height <= 0) return;

    for (const iframe of document.querySelectorAll(SELECTOR)) {
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) === event.origin) {
        iframe.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(height)))}px`;
      }
      return;
    }
  });
})();
