import { routeHash } from '../../settings/route.ts';

const RETURN_KEY = 'rule-of-law-dashboard:present-return';

/** Moves to a slide through the hash, so the browser's back button steps back through slides. */
export function goToSlide(slide: number) {
  window.location.hash = routeHash({ name: 'present', slide: Math.max(1, slide) });
}

/** The same in the speaker view, whose hash carries its slide too. */
export function goToNotes(slide: number) {
  window.location.hash = routeHash({ name: 'presentNotes', slide: Math.max(1, slide) });
}

/** The speaker view of the same settings, on the same slide: for a second window. */
export function speakerViewUrl(slide: number): string {
  const url = new URL(window.location.href);
  url.hash = routeHash({ name: 'presentNotes', slide });
  return url.href;
}

/** Remembers the view a presentation starts from, so leaving it goes back there. */
export function rememberReturn(hash: string) {
  try {
    sessionStorage.setItem(RETURN_KEY, hash);
  } catch {
    // Storage may be off (a locked-down browser): leaving then goes to the overview.
  }
}

function returnHash(): string {
  let hash: string | null = null;
  try {
    hash = sessionStorage.getItem(RETURN_KEY);
  } catch {
    hash = null;
  }
  return hash?.startsWith('#/') && !hash.startsWith('#/present') ? hash : '#/';
}

export function exitPresentation() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  window.location.hash = returnHash();
}

export function toggleFullScreen() {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  // A browser may refuse (an iframe without permission): the slides still fit the window.
  void request?.catch(() => undefined);
}
