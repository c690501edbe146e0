import type { Catalogue } from '../catalogue.ts';
import { arrange } from './arrange.ts';
import { categoryMetric } from './category-metric.ts';
import { charts } from './charts.ts';
import { common } from './common.ts';
import { coverage } from './coverage.ts';
import { deck } from './deck.ts';
import { datasetLoading } from './dataset-loading.ts';
import { datasetProblems } from './dataset-problems.ts';
import { documents } from './documents.ts';
import { exportEmbed } from './export-embed.ts';
import { overview } from './overview.ts';
import { present } from './present.ts';
import { shell } from './shell.ts';
import { trends } from './trends.ts';
import { update } from './update.ts';
import { wording } from './wording.ts';
import { workbook } from './workbook.ts';

/**
 * The English messages, screen by screen as zh/ has them. A chunk of its own, loaded only for
 * English readers (load-catalogue.ts).
 */
export const en = {
  ...shell,
  ...common,
  ...overview,
  ...categoryMetric,
  ...trends,
  ...coverage,
  ...charts,
  ...wording,
  ...present,
  ...deck,
  ...arrange,
  ...exportEmbed,
  ...documents,
  ...workbook,
  ...update,
  ...datasetLoading,
  ...datasetProblems,
} satisfies Catalogue;
