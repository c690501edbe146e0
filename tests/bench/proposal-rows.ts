import { readFileSync } from 'node:fs';
import type { Dataset, Observation } from '../../src/dataset/model.ts';
import { parseDataset } from '../../src/dataset/parse.ts';
import { proposeFigures, type Proposal } from '../../src/features/update/propose.ts';
import { atLeast, format, type Row } from './results-table.ts';

/** Read relative to the repo, as the sources checker and the shipped-dataset spec do. */
const REPORT = '../shared/sources/dongcheng-2023-rule-of-law-report.zh.txt';
const SHIPPED = 'public/data/dongcheng.json';
const YEAR = 2023;

export interface ProposalScore {
  /** 2023 observations whose quote stands in the report: what the proposer should find again. */
  removed: Observation[];
  /** 2023 observations from other sources, which the report's text cannot hold. */
  otherSources: number;
  proposals: Proposal[];
  /** Removed observations found again: right metric, value and qualifier. */
  found: number;
  /** Proposals with a metric whose metric, value and qualifier are those of a removed observation. */
  right: number;
  withMetric: number;
  newMetric: number;
  recall: number;
  precision: number;
}

/** The shipped dataset with the given observations taken out, as the model holds it. */
function without(dataset: Dataset, removed: ReadonlySet<Observation>): Dataset {
  const metrics = dataset.metrics.map((m) => ({
    ...m,
    observations: m.observations.filter((o) => !removed.has(o)),
  }));
  return { ...dataset, metrics, metricById: new Map(metrics.map((m) => [m.id, m])) };
}

/**
 * Takes out of the dataset the figures of `year` whose quote stands in `report`, proposes
 * figures from the text, accepts each proposal as offered and compares with what was taken out.
 */
export function scoreAgainst(dataset: Dataset, report: string, year: number): ProposalScore {
  const ofYear = dataset.metrics.flatMap((m) => m.observations.filter((o) => o.year === year));
  const removed = ofYear.filter((o) => report.includes(o.quote));
  const proposals = proposeFigures(without(dataset, new Set(removed)), report, year);
  const fits = (p: Proposal, o: Observation) =>
    p.metricId === o.metricId && p.figure.value === o.value && p.figure.qualifier === o.qualifier;
  const withMetric = proposals.filter((p) => p.metricId !== null);
  const found = removed.filter((o) => withMetric.some((p) => fits(p, o))).length;
  const right = withMetric.filter((p) => removed.some((o) => fits(p, o))).length;
  return {
    removed,
    otherSources: ofYear.length - removed.length,
    proposals,
    found,
    right,
    withMetric: withMetric.length,
    newMetric: proposals.length - withMetric.length,
    recall: removed.length ? found / removed.length : 0,
    precision: withMetric.length ? right / withMetric.length : 0,
  };
}

const shipped = () => parseDataset(readFileSync(SHIPPED, 'utf8'), SHIPPED);

/** The 2023 rule-of-law report against the shipped file: the measure. */
export const scoreProposals = (): ProposalScore =>
  scoreAgainst(shipped(), readFileSync(REPORT, 'utf8'), YEAR);

/**
 * A second check on text the proposer was not written against: the shipped file's 2024
 * quotes, each once, joined into one text. (Only the list rule was tightened after a look at it.)
 */
export function scoreQuotesOf(year: number): ProposalScore {
  const dataset = shipped();
  const quotes = dataset.metrics.flatMap((m) =>
    m.observations.filter((o) => o.year === year).map((o) => o.quote),
  );
  return scoreAgainst(dataset, [...new Set(quotes)].join('。\n'), year);
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The bench's rows: recall and precision of the proposer on the 2023 report, and on 2024's quotes. */
export function proposalRows(): Row[] {
  const s = scoreProposals();
  const group = `proposals for ${YEAR}'s rule-of-law report, against the shipped file (node)`;
  const held = scoreQuotesOf(2024);
  const second = "proposals for the shipped file's 2024 quotes joined as one text (node)";
  return [
    {
      group,
      what: `recall: ${s.found} of ${s.removed.length} report figures found again (metric, value, qualifier)`,
      ours: s.recall,
      show: percent,
      target: atLeast(0.8, '≥ 80%'),
    },
    {
      group,
      what: `precision: ${s.right} of ${s.withMetric} proposals with a metric are right`,
      ours: s.precision,
      show: percent,
      target: atLeast(0.9, '≥ 90%'),
    },
    {
      group,
      what: 'proposals offered as a new metric (not counted wrong)',
      ours: s.newMetric,
      show: format.count,
    },
    {
      group,
      what: `${YEAR} figures from other sources, which the report cannot hold (left out)`,
      ours: s.otherSources,
      show: format.count,
    },
    {
      group: second,
      what: `recall: ${held.found} of ${held.removed.length} figures found again`,
      ours: held.recall,
      show: percent,
    },
    {
      group: second,
      what: `precision: ${held.right} of ${held.withMetric} proposals with a metric are right; ${held.newMetric} offered as new`,
      ours: held.precision,
      show: percent,
    },
  ];
}
