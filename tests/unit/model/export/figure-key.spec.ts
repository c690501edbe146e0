import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/dataset/parse.ts';
import { translator } from '../../../../src/i18n/translate.ts';
import { trendSpec } from '../../../../src/model/chart-spec/trend-spec.ts';
import { figureKey } from '../../../../src/model/export/figure-svg.ts';
import { basic, fileText } from '../../../fixtures/index.ts';

const dataset = parseDataset(fileText(basic), 'basic.json');
const keyOf = (id: string) => {
  const metric = dataset.metricById.get(id);
  if (!metric) throw new Error(`no ${id}`);
  return figureKey(trendSpec(dataset, metric, dataset.years, 'zh').drawing, translator('zh'));
};

describe('the key an exported chart carries', () => {
  it('names the hollow points where a figure is approximate (余, 约)', () => {
    expect(keyOf('hotline_requests')).toContain('空心点：约数或下限');
  });

  it('names the break where the definition changed', () => {
    expect(keyOf('info_proactive_items')).toContain('口径变化：定义改变，不计算变化');
  });

  it('is left out where every figure is exact and the definition never changed', () => {
    expect(keyOf('hotline_resolution_rate')).toBeNull();
  });
});
