import type { DatasetFile, Kind } from './schema.ts';
import type { Problem } from './problems.ts';

const rangeByKind: Record<Kind, { ok: (v: number) => boolean; zh: string; en: string }> = {
  count: { ok: (v) => v >= 0, zh: '计数不能为负数', en: 'a count cannot be negative' },
  percent: {
    ok: (v) => v >= 0 && v <= 100,
    zh: '百分比应在0到100之间',
    en: 'a percentage must be between 0 and 100',
  },
  rank: {
    ok: (v) => Number.isInteger(v) && v >= 1,
    zh: '名次应为1或更大的整数',
    en: 'a rank must be a whole number of 1 or more',
  },
  score: { ok: () => true, zh: '', en: '' },
};

function uniqueIds(list: readonly { id: string }[], name: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push({
        path: `${name}[${i}].id`,
        message: {
          zh: `标识 "${item.id}" 与 ${name}[${first}] 重复，每个标识只能用一次`,
          en: `the id "${item.id}" is already used by ${name}[${first}]; each id must be unique`,
        },
      });
  });
  return new Set(seen.keys());
}

function missingRef(path: string, what: { zh: string; en: string }, id: string): Problem {
  return {
    path,
    message: {
      zh: `找不到${what.zh} "${id}"，请检查拼写或先添加它`,
      en: `there is no ${what.en} "${id}"; check the spelling or add it first`,
    },
  };
}

/**
 * `outOf` (how many were ranked) belongs to rank metrics only, and no recorded rank may be
 * larger than it. Its type and lower bound (a whole number of 1 or more) are the schema's.
 */
function checkOutOf(
  file: DatasetFile,
  index: number,
  observationsOf: ReadonlyMap<string, number[]>,
): Problem[] {
  const metric = file.metrics[index];
  const outOf = metric?.outOf;
  if (metric === undefined || outOf === undefined) return [];
  const path = `metrics[${index}].outOf`;
  if (metric.kind !== 'rank')
    return [
      {
        path,
        message: {
          zh: `outOf（参与排名的总数）只能用于名次类指标（"kind": "rank"），而这个指标的类型是 "${metric.kind}"；请删除 outOf，或把类型改为 "rank"`,
          en: `outOf (how many were ranked) is only for rank metrics ("kind": "rank"), but this metric's kind is "${metric.kind}"; remove outOf, or change the kind to "rank"`,
        },
      },
    ];
  let worst: { index: number; year: number; value: number } | undefined;
  for (const i of observationsOf.get(metric.id) ?? []) {
    const o = file.observations[i];
    if (o && o.value > outOf && (!worst || o.value > worst.value))
      worst = { index: i, year: o.year, value: o.value };
  }
  if (!worst) return [];
  return [
    {
      path,
      message: {
        zh: `outOf 写的是共 ${outOf} 个参与排名，但 observations[${worst.index}] 记录 ${worst.year} 年排第 ${worst.value} 名，名次不能超过参与排名的总数；请把 outOf 改为至少 ${worst.value}，或核对那个名次`,
        en: `outOf says ${outOf} were ranked, but observations[${worst.index}] records place ${worst.value} in ${worst.year}; a rank cannot be larger than how many were ranked. Set outOf to at least ${worst.value}, or check that rank`,
      },
    },
  ];
}

const SOURCE = { zh: '来源', en: 'source' };
const CATEGORY = { zh: '类别', en: 'category' };
const METRIC = { zh: '指标', en: 'metric' };

/**
 * The contract's rules that span records: unique ids, references, value ranges, one figure a
 * year, and `outOf` only on rank metrics and never below a recorded rank.
 */
export function checkRules(file: DatasetFile): Problem[] {
  const problems: Problem[] = [];
  const sources = uniqueIds(file.sources, 'sources', problems);
  const categories = uniqueIds(file.categories, 'categories', problems);
  uniqueIds(file.metrics, 'metrics', problems);
  const kindOf = new Map(file.metrics.map((m) => [m.id, m.kind]));
  const observationsOf = new Map<string, number[]>();
  file.observations.forEach((o, i) => {
    const list = observationsOf.get(o.metric);
    if (list) list.push(i);
    else observationsOf.set(o.metric, [i]);
  });

  file.metrics.forEach((m, i) => {
    if (!categories.has(m.category))
      problems.push(missingRef(`metrics[${i}].category`, CATEGORY, m.category));
    if (m.outOf !== undefined) problems.push(...checkOutOf(file, i, observationsOf));
  });

  const seenYear = new Map<string, number>();
  file.observations.forEach((o, i) => {
    const at = `observations[${i}]`;
    const kind = kindOf.get(o.metric);
    if (kind === undefined) problems.push(missingRef(`${at}.metric`, METRIC, o.metric));
    if (!sources.has(o.source)) problems.push(missingRef(`${at}.source`, SOURCE, o.source));
    const range = kind && rangeByKind[kind];
    if (range && !range.ok(o.value))
      problems.push({
        path: `${at}.value`,
        message: { zh: `${range.zh}（这里是 ${o.value}）`, en: `${range.en} (it is ${o.value})` },
      });
    const key = `${o.metric}\u0000${o.year}`;
    const first = seenYear.get(key);
    if (first === undefined) seenYear.set(key, i);
    else
      problems.push({
        path: `${at}.year`,
        message: {
          zh: `指标 "${o.metric}" 的 ${o.year} 年数值已在 observations[${first}] 中给出，每年只能有一个`,
          en: `metric "${o.metric}" already has a ${o.year} figure at observations[${first}]; only one per year is allowed`,
        },
      });
  });

  (file.milestones ?? []).forEach((m, i) => {
    if (!categories.has(m.category))
      problems.push(missingRef(`milestones[${i}].category`, CATEGORY, m.category));
    if (!sources.has(m.source))
      problems.push(missingRef(`milestones[${i}].source`, SOURCE, m.source));
  });
  (file.findings ?? []).forEach((f, i) => {
    if (!categories.has(f.category))
      problems.push(missingRef(`findings[${i}].category`, CATEGORY, f.category));
    if (!sources.has(f.source))
      problems.push(missingRef(`findings[${i}].source`, SOURCE, f.source));
    (f.metrics ?? []).forEach((id, j) => {
      if (!kindOf.has(id)) problems.push(missingRef(`findings[${i}].metrics[${j}]`, METRIC, id));
    });
  });
  return problems;
}
