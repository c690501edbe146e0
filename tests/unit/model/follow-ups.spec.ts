import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/dataset/model.ts';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { DatasetError } from '../../../src/dataset/problems.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { followUpLine, isRecurring } from '../../../src/model/follow-ups.ts';
import basic from '../../fixtures/basic.json';

const source = { id: 'r', title: { zh: '报告' } };

function finding(
  year: number,
  type: Finding['type'],
  category: string,
  metricIds: string[],
): Finding {
  return {
    year,
    type,
    categoryId: category,
    metricIds,
    text: { zh: `${year}` },
    source,
    followUps: [],
  };
}

/** basic.json with its second finding's follow-ups replaced by `followUp`. */
function withFollowUps(followUp: unknown[]) {
  const file = structuredClone(basic) as unknown as { findings: Record<string, unknown>[] };
  const target = file.findings[1];
  if (!target) throw new Error('basic.json has no second finding');
  target.followUp = followUp;
  return JSON.stringify(file);
}

describe('follow-ups in the model', () => {
  it('normalises a finding’s follow-ups with their source, sorted by year', () => {
    const dataset = parseDataset(
      withFollowUps([
        { year: 2025, status: 'done', source: 'report-2024', quote: '已全部完成' },
        { year: 2024, status: 'progress', source: 'report-2024', quote: '有所提升' },
      ]),
      'test',
    );
    const [first, second] = dataset.findings[1]?.followUps ?? [];
    expect(first).toMatchObject({ year: 2024, status: 'progress', quote: '有所提升' });
    expect(first?.source.id).toBe('report-2024');
    expect(second?.year).toBe(2025);
    expect(dataset.findings[0]?.followUps).toEqual([]);
  });

  it('refuses a shortcoming’s follow-up from its own year, naming the problem', () => {
    try {
      parseDataset(
        withFollowUps([{ year: 2023, status: 'done', source: 'report-2024', quote: '完成' }]),
        'test',
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).problems).toContainEqual(
        expect.objectContaining({ path: 'findings[1].followUp[0].year', code: 'followUpTooEarly' }),
      );
    }
  });

  it('takes a plan’s follow-up from the report of the year it is for', () => {
    const file = JSON.parse(
      withFollowUps([{ year: 2024, status: 'done', source: 'report-2024', quote: '完成' }]),
    ) as { findings: Record<string, unknown>[] };
    Object.assign(file.findings[1] ?? {}, { type: 'plan', year: 2024 });
    expect(parseDataset(JSON.stringify(file), 'test').findings[1]?.followUps).toHaveLength(1);
    Object.assign(file.findings[1] ?? {}, { year: 2025 });
    expect(() => parseDataset(JSON.stringify(file), 'test')).toThrow(DatasetError);
  });

  it('refuses an unknown status and an empty quote', () => {
    for (const bad of [
      { year: 2024, status: 'finished', source: 'report-2024', quote: '完成' },
      { year: 2024, status: 'done', source: 'report-2024', quote: '' },
    ])
      expect(() => parseDataset(withFollowUps([bad]), 'test')).toThrow(DatasetError);
  });

  it('words a follow-up in one line: year, status, quote and source', () => {
    const [u] =
      parseDataset(
        withFollowUps([
          { year: 2024, status: 'notReported', source: 'report-2024', quote: '未提及' },
        ]),
        'test',
      ).findings[1]?.followUps ?? [];
    if (!u) throw new Error('no follow-up');
    expect(followUpLine(u, translator('zh'), 'zh')).toMatch(
      /^2024年报告：报告未提及：“未提及”（.+）$/,
    );
    expect(followUpLine(u, translator('en'), 'en')).toMatch(
      /^2024 report: not mentioned: “未提及” \(.+\)$/,
    );
  });
});

describe('isRecurring: a shortcoming named again the next year', () => {
  const before = finding(2023, 'shortcoming', 'c1', ['m1', 'm2']);

  it('marks a shortcoming when the next year lists one in its category sharing a metric', () => {
    expect(isRecurring(before, [before, finding(2024, 'shortcoming', 'c1', ['m2'])])).toBe(true);
  });

  it('does not mark it for a plan, another category, another metric or a later year', () => {
    for (const other of [
      finding(2024, 'plan', 'c1', ['m1']),
      finding(2024, 'shortcoming', 'c2', ['m1']),
      finding(2024, 'shortcoming', 'c1', ['m3']),
      finding(2025, 'shortcoming', 'c1', ['m1']),
      finding(2023, 'shortcoming', 'c1', ['m1']),
    ])
      expect(isRecurring(before, [before, other])).toBe(false);
  });

  it('never marks a plan, nor a shortcoming naming no metric', () => {
    const plan = finding(2023, 'plan', 'c1', ['m1']);
    expect(isRecurring(plan, [plan, finding(2024, 'plan', 'c1', ['m1'])])).toBe(false);
    const vague = finding(2023, 'shortcoming', 'c1', []);
    expect(isRecurring(vague, [vague, finding(2024, 'shortcoming', 'c1', [])])).toBe(false);
  });
});
