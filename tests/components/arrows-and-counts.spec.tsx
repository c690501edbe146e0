import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../mocks/scenarios.ts';
import { server } from '../../mocks/server.ts';
import type { DatasetFile } from '../../src/dataset/schema.ts';
import { basic, chineseOnly } from '../fixtures/index.ts';
import { renderApp } from './render-app.tsx';

// A leader counts arrows: every card drawn green or red must be counted as improved or fell
// back, and every card so counted must be drawn so. The colour's words ("（向好）", "（回落）")
// are read out with the card; the count line says how many there are.
const shipped = JSON.parse(readFileSync('public/data/dongcheng.json', 'utf8')) as DatasetFile;

const files: [string, DatasetFile][] = [
  ['the shipped file', shipped],
  ['the basic fixture', basic],
  ['the Chinese-only fixture', chineseOnly],
];

const yearsOf = (file: DatasetFile) => [...new Set(file.observations.map((o) => o.year))].sort();

/** "2项向好" in the count line, or 0 where the line leaves a count of zero out. */
function counted(line: string, words: string): number {
  return Number(new RegExp(`(\\d+)${words}`).exec(line)?.[1] ?? 0);
}

describe.each(files)('arrows and counts on %s', (_, file) => {
  it.each(yearsOf(file))('agree in %i, card by card and on the scoreboard slide', async (year) => {
    server.use(serveDataset(file));
    const { unmount } = renderApp(`?year=${year}`);
    const kpis = await screen.findByRole('region', { name: `核心指标 · ${year}年` });
    const line =
      within(kpis).getByText(
        (_, el) => el?.tagName === 'P' && /项核心指标/.test(el.textContent ?? ''),
      ).textContent ?? '';
    const cards = within(kpis).getAllByRole('article');
    const toned = (words: string) =>
      cards.filter((card) => within(card).queryByText(words) !== null).length;
    expect(toned('（向好）'), line).toBe(counted(line, '项向好'));
    expect(toned('（回落）'), line).toBe(counted(line, '项回落'));
    // A card showing an earlier year's figure is never coloured, and is counted as such.
    const earlier = cards.filter((card) => within(card).queryByText(/^最近公布/) !== null);
    for (const card of earlier) expect(within(card).queryByText(/（向好）|（回落）/)).toBeNull();
    expect(earlier.length).toBe(counted(line, '项为往年数据'));
    unmount();

    renderApp(`?year=${year}#/present/2`);
    const groups = await screen.findAllByRole('listitem', { name: /./ });
    const total = groups.reduce((sum, group) => {
      const names = within(group).getAllByRole('listitem');
      expect(group).toHaveAccessibleName(new RegExp(`^${names.length} `));
      return sum + names.length;
    }, 0);
    expect(total).toBe(cards.length);
  });
});
