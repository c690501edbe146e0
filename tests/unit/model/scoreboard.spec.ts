import { describe, expect, it } from 'vitest';
import { scoreboard, scoreCard } from '../../../src/model/scoreboard.ts';
import { makeDataset, makeMetric } from '../make-metric.ts';

const headline = (...args: Parameters<typeof makeMetric>) => ({
  ...makeMetric(...args),
  headline: true,
});

describe('the scoreboard', () => {
  const up = headline(
    'percent',
    'higher',
    [
      [2023, 94],
      [2024, 96],
    ],
    '%',
    'up',
  );
  const down = headline(
    'count',
    'higher',
    [
      [2023, 100],
      [2024, 80],
    ],
    '件',
    'down',
  );
  const level = headline(
    'count',
    'neutral',
    [
      [2023, 5],
      [2024, 7],
    ],
    '项',
    'level',
  );
  const first = headline('count', 'higher', [[2024, 3]], '件', 'first');
  const stale = headline(
    'count',
    'higher',
    [
      [2022, 1],
      [2023, 2],
    ],
    '件',
    'stale',
  );
  const other = makeMetric('count', 'higher', [[2024, 9]], '件', 'other');
  const board = scoreboard(makeDataset([up, down, level, first, stale, other]), 2024);

  it('has one card per headline KPI', () => {
    expect(board.cards.map((c) => c.metric.id)).toEqual(['up', 'down', 'level', 'first', 'stale']);
  });

  it('counts how many improved, fell back, moved neither way, cannot be compared or show an earlier year', () => {
    expect(board.counts).toEqual({
      improved: 1,
      declined: 1,
      steady: 1,
      noComparison: 1,
      earlierYear: 1,
      notPublished: 0,
    });
  });

  it('colours a card only when it is counted as improved or fell back', () => {
    expect(board.cards.map((c) => [c.metric.id, c.standing, c.tone])).toEqual([
      ['up', 'improved', 'good'],
      ['down', 'declined', 'bad'],
      ['level', 'steady', 'neutral'],
      ['first', 'noComparison', 'neutral'],
      // 1 → 2 would be good news, but it is 2023's news in a 2024 scoreboard: grey.
      ['stale', 'earlierYear', 'neutral'],
    ]);
  });

  it('shows the latest published figure where the focus year has none, and says it is older', () => {
    const card = scoreCard(stale, 2024);
    expect(card.figure?.year).toBe(2023);
    expect(card.fallback).toBe(true);
    expect(card.standing).toBe('earlierYear');
    expect(card.tone).toBe('neutral');
    expect(card.view.primary).toMatchObject({ value: 100, versusYear: 2022 });
  });

  it('has no figure, not a zero, for a KPI never published up to the focus year', () => {
    expect(scoreCard(first, 2023)).toMatchObject({
      figure: null,
      fallback: false,
      standing: 'notPublished',
      tone: 'neutral',
    });
  });
});
