import type { charts as reference } from '../zh/charts.ts';

/**
 * Every chart: its frame (data table, loading, failure), its title and unit, and the summary read
 * out for it.
 */
export const charts = {
  showDataTable: 'Show data table',
  hideDataTable: 'Hide data table',
  chartLoading: 'Loading chart…',
  chartFailed: 'This chart cannot be shown. Its figures are still in the data table below.',
  dataTableCaption: '{title} (data table)',
  unitLabel: 'Unit: {unit}',
  gapSentence: 'Not published for {years}.',
  noneInRange: '{name}: not published in the years shown.',
  definitionBreak: 'definition changed',
  outOfCount: 'out of {count} ranked',
  changeChartTitle: '{name}: change',
  changeUnitCount: 'Unit: % change on the previous published year',
  changeUnitPercent: 'Unit: percentage points',
  changeUnitScore: 'Unit: points',
  changeUnitRank: 'Unit: places gained',
  indexTitle: 'Index ({year} = 100)',
  indexUnit: 'Unit: index, {year} = 100',
  indexNoCommonYear:
    'None of the chosen metrics can be drawn as an index: a line needs two figures under one definition.',
  indexNoFigures: 'Not drawn, nothing published in the years shown: {names}.',
  indexOneFigure: 'Not drawn, only one figure in the years shown: {names}.',
  indexNotInBase: 'Not drawn, no figure for the base year {base}: {names}.',
  indexZeroInBase: 'Not drawn, zero in {base}, which cannot be a base: {names}.',
  indexRedefined:
    'Not drawn, a change of definition leaves no second figure comparable with {base}: {names}.',
  indexNothing: 'The chosen metrics are all ranks, which have no index.',
  indexExcluded: 'Ranks have no index and are left out: {names}.',
  indexLegend: 'Legend',
  indexApprox:
    'A dashed line (≈) is an index built from approximate figures (“more than”, “about”): a guide only.',
  indexSentence: 'With {base} = 100, in {year}: {values}.',
  namedIndex: '{name} {value}',
  indexMissing: 'Not published for {year}: {names}.',
} as const satisfies Record<keyof typeof reference, string>;
