import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/dataset/parse.ts';
import { yearSentence } from '../../../../src/model/wording/sentence.ts';
import { makeMetric } from '../../make-metric.ts';

const dataset = parseDataset(readFileSync('public/data/dongcheng.json', 'utf8'), 'dongcheng.json');
const real = (id: string) => {
  const metric = dataset.metricById.get(id);
  if (!metric) throw new Error(`no metric ${id}`);
  return metric;
};

describe('the sentence for a metric and year', () => {
  it('says the 2024 hotline volume fell, without a false precision, and flags the source’s 8%', () => {
    expect(yearSentence(real('jsjb_requests'), 2024, 'zh')).toBe(
      '2024年接诉即办诉求量(12345热线)为33.5万件，较上年（34万余件）有所下降；来源称“较去年同期下降8%”，与两年公布数字不符。',
    );
    expect(yearSentence(real('jsjb_requests'), 2024, 'en')).toBe(
      'Requests to the 12345 hotline: 335,000 requests in 2024, down from 340,000+ requests in 2023. The source reports a fall of 8%, which the published figures do not bear out.',
    );
  });

  it('quotes the source’s own words for a rise that approximate figures only bound', () => {
    expect(yearSentence(real('jsjb_requests'), 2023, 'zh')).toBe(
      '2023年接诉即办诉求量(12345热线)为34万余件，较上年（27万余件）有所增长，来源称“诉求量较去年增加6.8万余件”，“环比增长25%”。',
    );
    expect(yearSentence(real('jsjb_requests'), 2023, 'en')).toBe(
      'Requests to the 12345 hotline: 340,000+ requests in 2023, up from 270,000+ requests in 2022; the source reports a rise of 68,000+ requests, or 25%.',
    );
  });

  it('gives a rate’s change in percentage points', () => {
    const metric = makeMetric('percent', 'higher', [
      [2023, 95.56],
      [2024, 98.25],
    ]);
    expect(yearSentence(metric, 2024, 'zh')).toBe(
      '2024年测试指标为98.25%，较上年（95.56%）提高2.69个百分点。',
    );
    expect(yearSentence(metric, 2024, 'en')).toBe(
      'Test metric: 98.25% in 2024, up 2.69 percentage points from 95.56% in 2023.',
    );
  });

  it('gives a count’s change in percent and in units', () => {
    const metric = makeMetric('count', 'higher', [
      [2023, 200],
      [2024, 250],
    ]);
    expect(yearSentence(metric, 2024, 'zh')).toBe(
      '2024年测试指标250件，较上年（200件）增长25%，增加50件。',
    );
    expect(yearSentence(metric, 2024, 'en')).toBe(
      'Test metric: 250 cases in 2024, up 25% (+50 cases) from 200 cases in 2023.',
    );
  });

  it('names the earlier year across a gap', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 200],
      [2023, 150],
    ]);
    expect(yearSentence(metric, 2023, 'zh')).toBe(
      '2023年测试指标150件，较2020年（200件）下降25%，减少50件。',
    );
  });

  it('joins a figure to its name as Chinese does: 为 after a noun, directly after an action', () => {
    expect(yearSentence(real('pufa_events'), 2023, 'zh')).toBe('2023年普法活动千余场。');
    expect(yearSentence(real('jsjb_requests'), 2022, 'zh')).toBe(
      '2022年接诉即办诉求量(12345热线)为27万余件。',
    );
    expect(yearSentence(real('jsjb_satisfaction_rate'), 2024, 'zh')).toMatch(
      /^2024年接诉即办满意率为98.25%/,
    );
  });

  it('writes one of a unit in the singular in English', () => {
    expect(yearSentence(real('gov_gazette_issues'), 2024, 'en')).toBe(
      'Issues of the district government gazette: 6 issues in 2024, up 20% (+1 issue) from 5 issues in 2023.',
    );
    expect(yearSentence(real('joint_trainings'), 2023, 'en')).toBe(
      'Joint trainings with police, procurators, courts and justice officials: 1 session in 2023.',
    );
  });

  it('says a rank moved up when it fell in number', () => {
    const metric = makeMetric(
      'rank',
      'lower',
      [
        [2023, 6],
        [2024, 3],
      ],
      '名',
    );
    expect(yearSentence(metric, 2024, 'zh')).toBe(
      '2024年测试指标为第3名，较上年（第6名）上升3位。',
    );
    expect(yearSentence(metric, 2024, 'en')).toBe(
      'Test metric: 3rd in 2024, up 3 places from 6th in 2023.',
    );
  });

  it('does not claim a direction approximate figures cannot give', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 70, 'atLeast'],
      [2023, 72],
    ]);
    expect(yearSentence(metric, 2023, 'zh')).toBe(
      '2023年测试指标72件，与上年（70余件）相比升降无法判断（均为约数）。',
    );
    expect(yearSentence(metric, 2023, 'en')).toBe(
      'Test metric: 72 cases in 2023, no clear change from 70+ cases in 2022 (approximate figures).',
    );
  });

  it('says "unchanged" for a flat figure and avoids a growth rate from zero', () => {
    expect(
      yearSentence(
        makeMetric('percent', 'higher', [
          [2023, 100],
          [2024, 100],
        ]),
        2024,
        'zh',
      ),
    ).toBe('2024年测试指标为100%，较上年（100%）持平。');
    expect(
      yearSentence(
        makeMetric('count', 'higher', [
          [2022, 0],
          [2023, 7],
        ]),
        2023,
        'en',
      ),
    ).toBe('Test metric: 7 cases in 2023, up 7 cases from 0 cases in 2022.');
  });

  it('says "not published" for a year without a figure', () => {
    expect(yearSentence(makeMetric('count', 'higher', [[2023, 1]]), 2021, 'zh')).toBe(
      '2021年测试指标未公开。',
    );
    expect(yearSentence(makeMetric('count', 'higher', [[2023, 1]]), 2021, 'en')).toBe(
      'Test metric: not published for 2021.',
    );
  });

  it('reports a stated change when the earlier figure is not published', () => {
    expect(yearSentence(real('jsjb_response_rate'), 2023, 'zh')).toBe(
      '2023年接诉即办响应率为99.95%，来源称“较去年提升0.67%”。',
    );
    expect(yearSentence(real('jsjb_response_rate'), 2023, 'en')).toBe(
      'Hotline response rate: 99.95% in 2023; the source reports a rise of 0.67 points on the year before, for which no figure is published.',
    );
  });

  it('has a sentence for every metric and year of the shipped dataset in both languages', () => {
    for (const metric of dataset.metrics)
      for (const year of dataset.years)
        for (const lang of ['zh', 'en'] as const) {
          const sentence = yearSentence(metric, year, lang);
          expect(sentence).toMatch(lang === 'zh' ? /。$/ : /\.$/);
          expect(sentence).not.toMatch(/undefined|NaN|\{/);
        }
  });
});
