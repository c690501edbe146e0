import { checkDataAddress } from '../dataset/data-address.ts';
import type { Lang } from '../i18n/lang.ts';
import { originOfHostPage } from '../settings/embed-message.ts';
import { routeHash, type EmbedTarget } from '../settings/route.ts';
import {
  settingsParams,
  themeOf,
  type Chrome,
  type QuerySettings,
  type Theme,
} from '../settings/settings-store.ts';
import { idListParam, searchText, writeParams } from '../settings/url-params.ts';

export const embedWidths = ['100%', '960', '720', '480', '360'] as const;

export interface EmbedOptions {
  theme: Theme;
  chrome: Chrome;
  width: (typeof embedWidths)[number];
  lang: Lang;
  /** A category embed narrowed to these metrics, in this order (CONTRACT §3); null: all. */
  metrics: string[] | null;
  /**
   * The host page as the author typed it (its address or its origin); the embed then sends its
   * height to that origin alone. Empty or absent: to any page.
   */
  hostPage?: string;
}

/** The address of an embed: this page, the reader's settings, the chosen options, the embed view. */
export function embedAddress(
  page: URL,
  settings: QuerySettings,
  target: EmbedTarget,
  options: EmbedOptions,
): string {
  const query = new URLSearchParams();
  // The embed's own default theme stays out of the link.
  const ownDefault = themeOf({ theme: null, route: { name: 'embed', target } });
  const embed = {
    lang: options.lang,
    theme: options.theme === ownDefault ? null : options.theme,
    chrome: options.chrome,
    transparent: false,
    parentOrigin: options.hostPage ? originOfHostPage(options.hostPage) : null,
  };
  // An address the dashboard refuses is never passed on: a pasted snippet would spread it.
  const data = checkDataAddress(settings.data, page.href).allowed
    ? settings.data
    : settingsParams.data.fallback;
  writeParams(settingsParams, { ...settings, ...embed, data }, query);
  const metrics = target.view === 'category' ? options.metrics : null;
  writeParams({ metrics: idListParam }, { metrics }, query);
  return `${page.origin}${page.pathname}${searchText(query)}${routeHash({ name: 'embed', target })}`;
}

/** Text safe inside a double-quoted HTML attribute. */
const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet an intranet author pastes: the iframe, and the script that sizes it. */
export function embedSnippet(address: string, title: string, width: string): string {
  const script = new URL('embed.js', address).href;
  return [
    `<iframe src="${attribute(address)}" title="${attribute(title)}" width="${width}" height="400" loading="lazy" data-rule-of-law-dashboard></iframe>`,
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n');
}
