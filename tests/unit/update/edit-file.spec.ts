import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import type { DatasetFile } from '../../../src/dataset/schema.ts';
import {
  applyReport,
  type AcceptedFigure,
  type SourceInput,
} from '../../../src/features/update/edit-file.ts';
import {
  proposeFollowUps,
  sentenceSpans,
} from '../../../src/features/update/follow-up-proposals.ts';
import { basic, fileText } from '../../fixtures/index.ts';

const SOURCE: SourceInput = {
  title: '示例区2025年法治政府建设年度情况报告',
  publisher: '示例区人民政府',
  published: '2026-03-27',
  url: 'https://www.example.gov.cn/fzzf/2026/report-2025.html',
};
const TODAY = '2026-04-01';

const figure = (patch: Partial<AcceptedFigure>): AcceptedFigure => ({
  metricId: 'hotline_requests',
  value: 160000,
  qualifier: 'atLeast',
  quote: '受理群众诉求16万余件',
  comparableWithPrevious: true,
  statedChanges: [],
  ...patch,
});

const read = (file: DatasetFile) => parseDataset(JSON.stringify(file), 'new.json');

describe('adding a report to the dataset file', () => {
  it('adds the source and each accepted figure, verbatim, and the result passes the app’s checks', () => {
    const { file, changes } = applyReport(
      basic,
      2025,
      SOURCE,
      [
        figure({
          statedChanges: [{ value: 6.7, measure: 'percent', quote: '较上年增长6.7%' }],
        }),
      ],
      [],
      TODAY,
    );
    const dataset = read(file);
    const added = dataset.metricById.get('hotline_requests')?.observations.at(-1);
    expect(added).toMatchObject({
      year: 2025,
      value: 160000,
      qualifier: 'atLeast',
      quote: '受理群众诉求16万余件',
      comparableWithPrevious: true,
    });
    expect(added?.statedChanges).toEqual([
      { value: 6.7, measure: 'percent', qualifier: 'exact', quote: '较上年增长6.7%' },
    ]);
    expect(added?.source).toMatchObject({ id: 'report-2025', published: '2026-03-27' });
    expect(file.updated).toBe(TODAY);
    expect(changes).toEqual([
      {
        kind: 'added',
        metric: 'hotline_requests',
        year: 2025,
        value: 160000,
        qualifier: 'atLeast',
      },
    ]);
    // The file passed in is left as it was.
    expect(basic.observations).toHaveLength(JSON.parse(fileText(basic)).observations.length);
    expect(basic.updated).toBe('2025-04-15');
  });

  it('replaces a figure already there as a correction, and records a break the editor chose', () => {
    const { file, changes } = applyReport(
      basic,
      2024,
      SOURCE,
      [figure({ value: 150001, qualifier: 'exact', comparableWithPrevious: false })],
      [],
      TODAY,
    );
    const observations = read(file).metricById.get('hotline_requests')?.observations ?? [];
    expect(observations.filter((o) => o.year === 2024)).toHaveLength(1);
    expect(observations.at(-1)).toMatchObject({ value: 150001, comparableWithPrevious: false });
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'corrected', before: 150000, value: 150001 }),
      { kind: 'break', metric: 'hotline_requests', year: 2024 },
    ]);
  });

  it('starts a new metric where the editor named one', () => {
    const { file, changes } = applyReport(
      basic,
      2025,
      SOURCE,
      [
        figure({
          metricId: 'mediation_cases',
          newMetric: {
            id: 'mediation_cases',
            name: '人民调解案件',
            unit: '件',
            kind: 'count',
            category: 'legal_services',
          },
          value: 3200,
          qualifier: 'exact',
          quote: '调解案件3200件',
        }),
      ],
      [],
      TODAY,
    );
    const metric = read(file).metricById.get('mediation_cases');
    expect(metric).toMatchObject({
      categoryId: 'legal_services',
      kind: 'count',
      better: 'neutral',
    });
    expect(metric?.observations.map((o) => o.value)).toEqual([3200]);
    expect(changes[0]).toEqual({ kind: 'newMetric', metric: 'mediation_cases' });
  });

  it('reuses a source already in the file under the same title', () => {
    const title = '示例区2024年法治政府建设年度情况报告';
    const { file } = applyReport(basic, 2024, { ...SOURCE, title }, [figure({})], [], TODAY);
    expect(file.sources).toHaveLength(basic.sources.length);
    const replaced = file.observations.find(
      (o) => o.metric === 'hotline_requests' && o.year === 2024,
    );
    expect(replaced?.source).toBe('report-2024');
  });

  it('records what the new report says of a plan, verbatim, as a follow-up the app accepts', () => {
    const index = basic.findings?.findIndex((f) => f.type === 'plan' && f.year === 2024) ?? -1;
    const { file, changes } = applyReport(
      basic,
      2024,
      SOURCE,
      [],
      [{ finding: index, status: 'done', quote: '完成修订政府信息主动公开目录' }],
      TODAY,
    );
    const plan = read(file).findings[index];
    expect(plan?.followUps).toMatchObject([
      {
        year: 2024,
        status: 'done',
        quote: '完成修订政府信息主动公开目录',
        source: { id: 'report-2024-2', title: { zh: SOURCE.title } },
      },
    ]);
    expect(changes).toEqual([{ kind: 'followUp', finding: index, status: 'done' }]);
  });

  it('changes nothing when nothing was accepted', () => {
    expect(applyReport(basic, 2025, SOURCE, [], [], TODAY)).toEqual({ file: basic, changes: [] });
  });
});

describe('follow-up proposals', () => {
  const dataset = parseDataset(fileText(basic), 'basic.json');
  it('splits sentences at 。！？； and line ends, as exact spans of the text', () => {
    const text = '第一句。第二句；\n第三句！';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '第一句。',
      '第二句；',
      '第三句！',
    ]);
  });

  it('proposes, for each finding the report follows up, the sentences that share its words', () => {
    // Plans are dated by the year they are for: the report of 2024 speaks of the plans for 2024
    // and of the shortcomings of 2023.
    const plan = dataset.findings.find((f) => f.year === 2024 && f.type === 'plan');
    if (!plan) throw new Error('basic.json has a plan for 2024');
    const text = `本年度完成多项工作。${plan.text.zh.slice(0, 6)}工作已全面完成。其他事项。`;
    const proposals = proposeFollowUps(dataset.findings, text, 2024);
    expect(proposals.map((p) => `${p.finding.type} ${p.finding.year}`).sort()).toEqual(
      dataset.findings
        .filter((f) => (f.type === 'plan' ? f.year === 2024 : f.year === 2023))
        .map((f) => `${f.type} ${f.year}`)
        .sort(),
    );
    const ofPlan = proposals.find((p) => p.finding === plan);
    expect(ofPlan?.candidates.map((s) => text.slice(s.start, s.end))).toEqual([
      `${plan.text.zh.slice(0, 6)}工作已全面完成。`,
    ]);
  });
});
