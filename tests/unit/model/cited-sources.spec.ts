import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { citedSources } from '../../../src/model/cited-sources.ts';
import { basic, fileText } from '../../fixtures/index.ts';

describe('citedSources', () => {
  const dataset = parseDataset(fileText(basic), 'basic.json');
  const requests = dataset.metricById.get('hotline_requests');
  if (!requests) throw new Error('the fixture has hotline_requests');

  it("lists the sources of the figures shown within the years, in the file's order", () => {
    const cited = citedSources(dataset, { metrics: [requests], years: [2022, 2020] });
    expect(cited.map((s) => s.id)).toEqual(['report-2020', 'report-2022']);
  });

  it('adds a figure named apart and the notes, each source once', () => {
    const latest = requests.observations.find((o) => o.year === 2024) ?? null;
    const cited = citedSources(dataset, {
      metrics: [],
      years: [],
      figures: [latest, null],
      notes: dataset.milestones.filter((m) => m.source.id === 'report-2022'),
    });
    expect(latest?.source.id).toBe('report-2024');
    expect(cited.map((s) => s.id)).toEqual(['report-2022', 'report-2024']);
  });

  it('cites nothing for a page that shows nothing', () => {
    expect(citedSources(dataset, { metrics: [requests], years: [] })).toEqual([]);
  });
});
