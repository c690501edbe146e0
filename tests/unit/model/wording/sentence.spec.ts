import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/dataset/parse.ts';
import { statedNote, yearSentence } from '../../../../src/model/wording/sentence.ts';
import { basic, fileText } from '../../../fixtures/index.ts';
import { makeMetric } from '../../make-metric.ts';

const dataset = parseDataset(fileText(basic), 'basic.json');
const fixture = (id: string) => {
  const metric = dataset.metricById.get(id);
  if (!metric) throw new Error(`no metric ${id}`);
  return metric;
};

describe('the sentence for a metric and year', () => {
  it('says the 2024 hotline volume fell, without a false precision, leaving the source’s differing 5% to the metric page', () => {
    expect(yearSentence(fixture('hotline_requests'), 2024, 'zh')).toBe(
      '2024年12345热线诉求量为15万件，较上年（18万余件）有所下降。',
    );
    expect(yearSentence(fixture('hotline_requests'), 2024, 'en')).toBe(
      'Requests to the 12345 hotline: 150,000 requests in 2024, down from 180,000+ requests in 2023.',
    );
  });

  it('quotes the source’s own words for a rise that approximate figures only bound', () => {
    expect(yearSentence(fixture('hotline_requests'), 2023, 'zh')).toBe(
      '2023年12345热线诉求量为18万余件，较上年（12万余件）有所增长，来源称“诉求量较上年增加6万余件”，“同比增长50%”。',
    );
    expect(yearSentence(fixture('hotline_requests'), 2023, 'en')).toBe(
      'Requests to the 12345 hotline: 180,000+ requests in 2023, up from 120,000+ requests in 2022; the source reports a rise of 60,000+ requests, or 50%.',
    );
  });

  it('tells a rate’s differing stated change on the metric page in one neutral sentence, not in the headline', () => {
    expect(yearSentence(fixture('hotline_resolution_rate'), 2024, 'zh')).toBe(
      '2024年热线诉求解决率为96.2%，较上年（93.5%）提高2.7个百分点。',
    );
    expect(statedNote(fixture('hotline_resolution_rate'), 2024, 'zh')).toBe(
      '来源称“同比提升2.5个百分点”；按2023年、2024年公布的数字（93.5%、96.2%）计算为+2.7个百分点。两者的统计口径、基数或时段可能不同。',
    );
    expect(statedNote(fixture('hotline_resolution_rate'), 2024, 'en')).toBe(
      'The source states “同比提升2.5个百分点” (2.5 percentage points); the figures published for 2023 and 2024 (93.5%, 96.2%) give +2.7 pp. The two may differ in scope, base or period.',
    );
    expect(statedNote(fixture('hotline_resolution_rate'), 2023, 'zh')).toBeNull();
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
    expect(yearSentence(fixture('pufa_events'), 2023, 'zh')).toBe('2023年普法宣传活动千余场。');
    expect(yearSentence(fixture('hotline_requests'), 2020, 'zh')).toBe(
      '2020年12345热线诉求量为98000件。',
    );
    expect(yearSentence(fixture('hotline_satisfaction_rate'), 2024, 'zh')).toMatch(
      /^2024年热线诉求满意率为95.3%/,
    );
  });

  it('writes one of a unit in the singular in English', () => {
    const issues = {
      ...makeMetric('count', 'neutral', [
        [2023, 5],
        [2024, 6],
      ]),
      unit: { zh: '期', en: 'issues' },
    };
    expect(yearSentence(issues, 2024, 'en')).toBe(
      'Test metric: 6 issues in 2024, up 20% (+1 issue) from 5 issues in 2023.',
    );
    const sessions = {
      ...makeMetric('count', 'higher', [[2023, 1]]),
      unit: { zh: '次', en: 'sessions' },
    };
    expect(yearSentence(sessions, 2023, 'en')).toBe('Test metric: 1 session in 2023.');
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
    expect(yearSentence(fixture('legal_aid_providers'), 2023, 'zh')).toBe(
      '2023年法律援助服务机构42家，来源称“较上年新增6家”。',
    );
    expect(yearSentence(fixture('legal_aid_providers'), 2023, 'en')).toBe(
      'Legal-aid providers: 42 organisations in 2023; the source reports a rise of 6 organisations on the year before, for which no figure is published.',
    );
  });
});
