import { describe, expect, test } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { proposeFigures, type Proposal } from '../../../src/features/update/propose.ts';
import { basic, fileText } from '../../fixtures/index.ts';

const dataset = parseDataset(fileText(basic), 'basic.json');
const report =
  '全年办理12345热线诉求16万余件,较去年同期增长6.7%。' +
  '诉求解决率97.1%,同比提升0.9个百分点。' +
  '新建社区法律服务站12个。';
const proposals = proposeFigures(dataset, report, 2025);
const of = (written: string) =>
  proposals.find(
    (p) => report.slice(p.figure.span.start, p.figure.span.end) === written,
  ) as Proposal;

describe('proposeFigures', () => {
  test('proposes one proposal per figure, none for a stated change', () => {
    expect(proposals.map((p) => report.slice(p.figure.span.start, p.figure.span.end))).toEqual([
      '16万余件',
      '97.1%',
      '12个',
    ]);
  });

  test('matches a figure to the metric it continues, saying which words matched', () => {
    const requests = of('16万余件');
    expect(requests.metricId).toBe('hotline_requests');
    expect(requests.figure).toMatchObject({ value: 160000, qualifier: 'atLeast' });
    expect(requests.matchedWords.join()).toContain('热线诉求');
    expect(requests.confidence).toBeGreaterThan(0.5);
    expect(of('97.1%').metricId).toBe('hotline_resolution_rate');
  });

  test('offers a figure that fits no metric as a new metric', () => {
    expect(of('12个')).toMatchObject({ metricId: null, matchedWords: [] });
  });

  test('attaches the changes stated after a figure, with their quotes', () => {
    const [percent] = of('16万余件').statedChanges;
    expect(percent).toMatchObject({ value: 6.7, measure: 'percent' });
    expect(report.slice(percent?.quote.start, percent?.quote.end)).toBe('较去年同期增长6.7%');
    const [points] = of('97.1%').statedChanges;
    expect(points).toMatchObject({ value: 0.9, measure: 'points' });
    expect(report.slice(points?.quote.start, points?.quote.end)).toBe('同比提升0.9个百分点');
  });

  test("records a rate's change worded in % as points, as the shipped file does", () => {
    const text = '诉求解决率97.1%,较去年提升0.67%';
    const [rate] = proposeFigures(dataset, text, 2025);
    expect(rate?.metricId).toBe('hotline_resolution_rate');
    expect(rate?.statedChanges).toMatchObject([{ value: 0.67, measure: 'points' }]);
  });

  test('flags 受理 → 办理 as drift from the latest earlier quote', () => {
    expect(of('16万余件').drift).toEqual([{ kind: 'countedNoun', before: '受理', after: '办理' }]);
    expect(of('97.1%').drift).toEqual([]);
  });

  test('proposes no metric that already has a figure for the year', () => {
    const again = proposeFigures(dataset, '全年受理12345热线诉求15万件', 2024);
    expect(again.map((p) => p.metricId)).toEqual([null]);
  });

  test('gives each metric at most one figure of the year', () => {
    const two = proposeFigures(dataset, '诉求解决率97.1%。诉求解决率97.3%。', 2025);
    expect(two.filter((p) => p.metricId === 'hotline_resolution_rate')).toHaveLength(1);
  });
});
