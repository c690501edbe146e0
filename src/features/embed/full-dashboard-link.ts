import { checkDataAddress } from '../../dataset/data-address.ts';
import { routeHash, type Route } from '../../settings/route.ts';
import type { settingsParams } from '../../settings/settings-store.ts';

const embedOnly = [
  'chrome',
  'transparent',
  'parentOrigin',
] as const satisfies readonly (keyof typeof settingsParams)[];

/**
 * A view of the full dashboard with the embed's settings and none of the embed's own, as an
 * absolute address: every link in an embed opens it in a new tab, since the full pages inside
 * the host's frame would have no room and would stop the height messages.
 */
export function fullDashboardAddress(page: URL, view: Route): string {
  const url = new URL(page.href);
  for (const key of embedOnly) url.searchParams.delete(key);
  // Never carries on an address the dashboard refuses.
  const data = url.searchParams.get('data');
  if (data !== null && !checkDataAddress(data, url.href).allowed) url.searchParams.delete('data');
  // A narrowed category embed opens the whole category; the list would only become the trends view's choice.
  url.searchParams.delete('metrics');
  url.hash = routeHash(view);
  return url.href;
}
