import type { Page } from 'playwright-core';
import { drawEveryChart } from './chart-layout.ts';

/**
 * Every view of the app, as the table the hardening specs run over (strict CSP, nothing
 * asked of another host, accessibility). A new view is one line here.
 */
export interface View {
  name: string;
  /** Query parameters besides `data=`. */
  params?: string[];
  hash: string;
  /** What shows once the view is ready: drawn charts, the KPI cards, a table or the error panel. */
  ready: 'charts' | 'kpis' | 'table' | 'alert';
  /** The data file, when not the fixture. */
  data?: string;
}

export const VIEWS: readonly View[] = [
  { name: 'overview', hash: '#/', ready: 'charts' },
  { name: 'category', hash: '#/category/hotline', ready: 'charts' },
  { name: 'metric', hash: '#/metric/hotline_requests', ready: 'charts' },
  { name: 'trends by value', params: ['reading=values'], hash: '#/trends', ready: 'charts' },
  { name: 'trends by change', params: ['reading=change'], hash: '#/trends', ready: 'charts' },
  { name: 'trends as an index', params: ['reading=index'], hash: '#/trends', ready: 'charts' },
  { name: 'coverage', hash: '#/coverage', ready: 'table' },
  { name: 'embedded metric', hash: '#/embed/metric/hotline_requests', ready: 'charts' },
  { name: 'embedded category', hash: '#/embed/category/hotline', ready: 'charts' },
  { name: 'embedded KPIs', hash: '#/embed/kpis', ready: 'kpis' },
  { name: 'presentation slide', hash: '#/present/3', ready: 'charts' },
  { name: 'speaker view', hash: '#/present/notes/3', ready: 'charts' },
  { name: 'not found', hash: '#/metric/nothing_here', ready: 'table' },
  { name: 'error panel', hash: '#/', ready: 'alert', data: 'data/missing.json' },
];

/** `?data=…&lang=en#/trends`: the query before the hash, as the app reads it. */
export function viewLink(view: View, fixture: string, ...params: string[]): string {
  const query = [`data=${view.data ?? fixture}`, ...(view.params ?? []), ...params];
  return `?${query.join('&')}${view.hash}`;
}

/** Waits until the view shows what it is for, every chart drawn, and the network is quiet. */
export async function settle(page: Page, view: View): Promise<void> {
  if (view.ready === 'charts') await drawEveryChart(page);
  else if (view.ready === 'kpis') await page.locator('.kpi-grid li').first().waitFor();
  else if (view.ready === 'alert') await page.getByRole('alert').waitFor();
  else await page.locator('main h2, main table').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
}
