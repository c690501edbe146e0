import { describe, expect, test } from 'vitest';
import { wordingDrift } from '../../../src/features/update/drift.ts';

describe('wordingDrift', () => {
  test('flags the act counted: 受理 vs 办理', () => {
    expect(
      wordingDrift('2023年东城区办理热线诉求34万余件', '2024年,东城区共受理12345热线诉求33.5万件'),
    ).toEqual([{ kind: 'countedNoun', before: '办理', after: '受理' }]);
  });

  test('flags the statistic: 平均 vs 年度', () => {
    expect(wordingDrift('平均综合成绩95.72分', '年度综合成绩98.88分')).toEqual([
      { kind: 'statistic', before: '平均', after: '年度' },
    ]);
  });

  test('flags the scope: 主动公开 dropped, 区级 vs 全区', () => {
    expect(
      wordingDrift('对22个主动公开政策性文件进行意见征集', '对25个政策性文件进行意见征集'),
    ).toEqual([{ kind: 'scope', before: '主动公开', after: '' }]);
    expect(wordingDrift('区级政务服务事项100%进驻', '全区政务服务事项100%进驻')).toEqual([
      { kind: 'scope', before: '区级', after: '全区' },
    ]);
  });

  test('finds none where only the phrasing changed', () => {
    expect(wordingDrift('主动公开政府信息25600条', '全年主动公开政府信息23870条')).toEqual([]);
    expect(wordingDrift('诉求解决率93.5%', '解决率96.2%,同比提升2.5个百分点')).toEqual([]);
  });
});
