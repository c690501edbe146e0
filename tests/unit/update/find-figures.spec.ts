import { describe, expect, test } from 'vitest';
import { findFigures, type FoundFigure } from '../../../src/features/update/find-figures.ts';

const written = (text: string, f: FoundFigure) => text.slice(f.span.start, f.span.end);
const quoted = (text: string, f: FoundFigure) => text.slice(f.quote.start, f.quote.end);
const one = (text: string) => {
  const found = findFigures(text);
  expect(found).toHaveLength(1);
  return found[0] as FoundFigure;
};

describe('findFigures', () => {
  test('reads 千余场 as at least 1000 events', () => {
    const text = '举办各类普法活动千余场,受众10万余人次,发放宣传资料8万余册。';
    const found = findFigures(text);
    expect(found.map((f) => [written(text, f), f.value, f.qualifier, f.unit])).toEqual([
      ['千余场', 1000, 'atLeast', '场'],
      ['10万余人次', 100000, 'atLeast', '人次'],
      ['8万余册', 80000, 'atLeast', '册'],
    ]);
  });

  test('reads Chinese numerals: 两个, 十二, 一百二十', () => {
    expect(one('建设两个区级法治公园').value).toBe(2);
    expect(one('新建十二个社区服务站').value).toBe(12);
    expect(one('培训一百二十人次').value).toBe(120);
  });

  test('reads 万 and 亿, thousands separators and decimals', () => {
    expect(one('全年受理12345热线诉求18万余件').value).toBe(180000);
    expect(one('投入资金1.2亿元').value).toBe(120000000);
    expect(one('办理申请1,234件').value).toBe(1234);
    expect(one('诉求解决率96.2%').value).toBe(96.2);
  });

  test('qualifies 余, 以上, 多, 逾 as at least and 约, 近, 左右 as approximate', () => {
    expect(one('办理法律援助案件约1800件').qualifier).toBe('approx');
    expect(one('办理案件近300件').qualifier).toBe('approx');
    expect(one('办理案件300件左右').qualifier).toBe('approx');
    expect(one('举办相关活动70余场').qualifier).toBe('atLeast');
    expect(one('接待群众100人次以上').qualifier).toBe('atLeast');
    expect(one('开展培训20多场').qualifier).toBe('atLeast');
    expect(one('受理申请逾800件').qualifier).toBe('atLeast');
    expect(one('收到检察建议1件').qualifier).toBe('exact');
  });

  test('reads ranks: 第1名 and 排名第六', () => {
    const text = '位列全市第1名';
    expect([written(text, one(text)), one(text).value, one(text).unit]).toEqual(['第1名', 1, '名']);
    const sixth = '市级考核十六区排名第六';
    expect([written(sixth, one(sixth)), one(sixth).value]).toEqual(['第六', 6]);
    expect(one('选派3名律师').role).toBe('figure');
    expect(findFigures('3个月内办结,5分钟响应')).toEqual([]);
    expect(one('年度考核原始成绩均为全市第1')).toMatchObject({ value: 1, unit: '' });
    expect(findFigures('履行推进法治建设第一责任人职责,制定第二批实施方案')).toEqual([]);
  });

  test('reads stated changes with their sign and measure', () => {
    const text = '全年受理12345热线诉求15万件,较去年同期下降8%;满意率95.3%,较上年提高2.7个百分点。';
    const found = findFigures(text);
    expect(found.map((f) => [f.role, f.value, f.change])).toEqual([
      ['figure', 150000, undefined],
      ['change', -8, { value: -8, measure: 'percent' }],
      ['figure', 95.3, undefined],
      ['change', 2.7, { value: 2.7, measure: 'points' }],
    ]);
    expect(found.map((f) => quoted(text, f))).toEqual([
      '全年受理12345热线诉求15万件',
      '较去年同期下降8%',
      '满意率95.3%',
      '较上年提高2.7个百分点',
    ]);
  });

  test('reads 与去年持平 as a change of nothing', () => {
    const text = '解决率94.12%,与去年持平';
    const [, level] = findFigures(text);
    expect(level).toMatchObject({ role: 'change', change: { value: 0, measure: 'points' } });
    expect(text.slice(level?.quote.start, level?.quote.end)).toBe('与去年持平');
  });

  test('reads an absolute change with its qualifier, and a level reached as a figure', () => {
    const [change] = findFigures('诉求量较去年增加6.8万余件');
    expect(change?.change).toEqual({ value: 68000, measure: 'absolute', qualifier: 'atLeast' });
    expect(findFigures('服务机构由35家扩充到60家').map((f) => [f.role, f.value])).toEqual([
      ['figure', 35],
      ['figure', 60],
    ]);
    expect(one('满意率提升至96%').role).toBe('figure');
  });

  test('finds no figure in dates, years, document numbers, list markers, versions or names', () => {
    for (const text of [
      '2023年,东城区政府坚持依法行政',
      '2024年3月28日发布',
      '印发京政发〔2024〕3号文件',
      '依据[2023]5号文件',
      '1.持续完善行政权力运行机制',
      '(一)依法全面履行政府职能',
      '出台营商环境改革方案6.0版',
      '畅通12345热线和12348热线',
      '构建“1+4+8”全方位优化营商环境工作体系',
      '深化“一件事一次办”集成服务,落实“三项制度”',
      '(2023—2025年)',
      '加快即时督办系统(二期)建设',
    ])
      expect(findFigures(text), text).toEqual([]);
  });

  test('gives every span, sentence and quote as an exact slice of the input', () => {
    const text =
      '区级政务服务事项实现100%全程网办。全年区检察院共受理公益诉讼线索234件,立案215件;收到司法建议1件。';
    const found = findFigures(text);
    expect(found.map((f) => written(text, f))).toEqual(['100%', '234件', '215件', '1件']);
    for (const f of found) {
      expect(quoted(text, f)).toContain(written(text, f));
      expect(text.slice(f.sentence.start, f.sentence.end)).toContain(quoted(text, f));
    }
    expect(quoted(text, found[2] as FoundFigure)).toBe(
      '全年区检察院共受理公益诉讼线索234件,立案215件',
    );
  });
});
