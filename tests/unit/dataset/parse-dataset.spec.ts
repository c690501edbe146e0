import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { DatasetError, type DatasetFailure } from '../../../src/dataset/problems.ts';
import { wordsOf } from './problem-words.ts';

/** A small file that follows every rule of CONTRACT.md section 1; a fresh copy each call. */
function validFile() {
  return {
    format: 'rule-of-law-dataset',
    version: 1,
    title: { zh: '东城区法治政府建设指标', en: 'Dongcheng rule-of-law indicators' },
    region: '北京市东城区',
    updated: '2024-03-28',
    sources: [
      {
        id: 'fzzf-2021',
        title: { zh: '东城区2021年法治政府建设年度情况报告', en: '2021 annual report' },
        publisher: { zh: '北京市东城区人民政府' },
        published: '2022-03-30',
        url: 'https://example.org/reports/2021.html',
      },
      { id: 'fzzf-2023', title: '东城区2023年法治政府建设年度情况报告' },
    ],
    categories: [
      { id: 'approvals', name: { zh: '政务服务与审批', en: 'Approvals and services' } },
      { id: 'reviews', name: { zh: '行政复议与应诉', en: 'Reviews and litigation' } },
    ],
    metrics: [
      {
        id: 'licensing_items',
        category: 'approvals',
        name: { zh: '区级行政许可事项', en: 'District licensing items' },
        unit: { zh: '项', en: 'items' },
        kind: 'count',
        better: 'neutral',
        headline: true,
      },
      {
        id: 'appearance_rate',
        category: 'reviews',
        name: { zh: '行政机关负责人出庭应诉率', en: 'Officials appearing in court' },
        unit: '%',
        kind: 'percent',
        better: 'higher',
        definition: '负责人出庭应诉的案件占应诉案件的比例',
      },
      {
        id: 'city_rank',
        category: 'reviews',
        name: { zh: '全市考核排名', en: 'Rank in the city' },
        unit: { zh: '名', en: 'place' },
        kind: 'rank',
        better: 'lower',
      },
    ],
    // 2023 is listed before 2021 on purpose, and 2022 has no figure at all (a gap).
    observations: [
      {
        metric: 'licensing_items',
        year: 2023,
        value: 198,
        qualifier: 'exact',
        source: 'fzzf-2023',
        quote: '全面施行198项区级行政许可事项动态清单管理',
      },
      {
        metric: 'licensing_items',
        year: 2021,
        value: 210,
        qualifier: 'atLeast',
        source: 'fzzf-2021',
        quote: '区级行政许可事项210余项',
      },
      {
        metric: 'appearance_rate',
        year: 2021,
        value: 95,
        source: 'fzzf-2021',
        quote: '出庭应诉率达95%',
      },
      {
        metric: 'appearance_rate',
        year: 2023,
        value: 98.5,
        source: 'fzzf-2023',
        quote: '出庭应诉率达98.5%',
        note: '两份报告口径不同',
      },
      {
        metric: 'city_rank',
        year: 2023,
        value: 3,
        qualifier: 'approx',
        source: 'fzzf-2023',
        quote: '在全市考核中位列第三左右',
      },
    ],
    milestones: [
      {
        year: 2022,
        category: 'reviews',
        text: '被命名为全国法治政府建设示范地区',
        source: 'fzzf-2023',
        quote: '被命名为全国法治政府建设示范地区',
      },
    ],
    findings: [
      {
        year: 2023,
        type: 'shortcoming',
        category: 'reviews',
        metrics: ['appearance_rate'],
        text: { zh: '行政机关负责人出庭应诉率有待提高' },
        source: 'fzzf-2023',
      },
    ],
  };
}

type DatasetFileDraft = ReturnType<typeof validFile>;
type Key = string | number;
type Node = Record<Key, unknown>;

/** `observations[12].value` → ['observations', 12, 'value']. */
const keysOf = (path: string): Key[] =>
  path.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));

function parentOf(file: object, path: string): [Node, Key] {
  const keys = keysOf(path);
  const last = keys.pop() ?? '';
  let node = file as Node;
  for (const key of keys) node = node[key] as Node;
  return [node, last];
}

/** Sets a value by JSON path, whatever its type: broken files are the point here. */
function set(file: object, path: string, value: unknown) {
  const [node, key] = parentOf(file, path);
  node[key] = value;
}

function unset(file: object, path: string) {
  const [node, key] = parentOf(file, path);
  Reflect.deleteProperty(node, key);
}

/** Parses text that must be refused, and returns the DatasetError it was refused with. */
function refusal(text: string): DatasetError {
  try {
    parseDataset(text, 'data/test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  return expect.fail('the file was accepted, but it should have been refused');
}

describe('parseDataset', () => {
  it('accepts the base file', () => {
    const dataset = parseDataset(JSON.stringify(validFile()), 'data/test.json');

    expect(dataset.years).toEqual([2021, 2022, 2023]);
    expect(dataset.warnings).toEqual([]);
    expect(dataset.metrics.map((m) => m.id)).toEqual([
      'licensing_items',
      'appearance_rate',
      'city_rank',
    ]);
    expect(dataset.categoryById.get('reviews')?.metricIds).toEqual([
      'appearance_rate',
      'city_rank',
    ]);
    expect(dataset.milestones).toHaveLength(1);
    expect(dataset.findings[0]?.metricIds).toEqual(['appearance_rate']);
    expect(dataset.findings[0]?.source.id).toBe('fzzf-2023');
  });

  describe('refuses a broken file, naming the path and saying what is wrong', () => {
    interface BrokenCase {
      name: string;
      mutate: (file: DatasetFileDraft) => void;
      path: string;
      zh: string;
      en: string;
      failure?: DatasetFailure;
    }

    const cases: BrokenCase[] = [
      {
        name: 'wrong format string',
        mutate: (f) => set(f, 'format', 'rule-of-law'),
        path: 'format',
        zh: '"rule-of-law-dataset"',
        en: 'must be exactly "rule-of-law-dataset"',
      },
      {
        name: 'version missing',
        mutate: (f) => unset(f, 'version'),
        path: 'version',
        zh: '应为 1',
        en: 'must be exactly 1',
      },
      {
        name: 'version 2',
        mutate: (f) => set(f, 'version', 2),
        path: 'version',
        zh: '第 2 版',
        en: 'reads version 1 only',
        failure: 'unsupportedVersion',
      },
      {
        name: 'title missing',
        mutate: (f) => unset(f, 'title'),
        path: 'title',
        zh: '应为文字',
        en: 'must be text',
      },
      {
        name: 'title.zh empty',
        mutate: (f) => set(f, 'title.zh', ''),
        path: 'title.zh',
        zh: '不能为空',
        en: 'must not be empty',
      },
      {
        name: 'updated not a date',
        mutate: (f) => set(f, 'updated', '28/03/2024'),
        path: 'updated',
        zh: '年-月-日',
        en: 'year-month-day',
      },
      {
        name: 'source published not a date',
        mutate: (f) => set(f, 'sources[0].published', '2022-3-30'),
        path: 'sources[0].published',
        zh: '年-月-日',
        en: 'year-month-day',
      },
      {
        name: 'source id in uppercase',
        mutate: (f) => set(f, 'sources[0].id', 'FZZF-2021'),
        path: 'sources[0].id',
        zh: '小写字母',
        en: 'lowercase letters',
      },
      {
        name: 'category id starting with a digit',
        mutate: (f) => set(f, 'categories[0].id', '1approvals'),
        path: 'categories[0].id',
        zh: '以字母开头',
        en: 'starting with a letter',
      },
      {
        name: 'metric id in uppercase',
        mutate: (f) => set(f, 'metrics[0].id', 'Licensing_items'),
        path: 'metrics[0].id',
        zh: '小写字母',
        en: 'lowercase letters',
      },
      {
        name: 'duplicate metric id',
        mutate: (f) => set(f, 'metrics[2].id', 'licensing_items'),
        path: 'metrics[2].id',
        zh: '重复',
        en: 'already used by metrics[0]',
      },
      {
        name: 'duplicate category id',
        mutate: (f) => set(f, 'categories[1].id', 'approvals'),
        path: 'categories[1].id',
        zh: '重复',
        en: 'must be unique',
      },
      {
        name: 'metric.category unknown',
        mutate: (f) => set(f, 'metrics[1].category', 'courts'),
        path: 'metrics[1].category',
        zh: '找不到类别 "courts"',
        en: 'no category "courts"',
      },
      {
        name: 'observation.metric unknown',
        mutate: (f) => set(f, 'observations[2].metric', 'appearance'),
        path: 'observations[2].metric',
        zh: '找不到指标 "appearance"',
        en: 'no metric "appearance"',
      },
      {
        name: 'observation.source unknown',
        mutate: (f) => set(f, 'observations[2].source', 'fzzf-2099'),
        path: 'observations[2].source',
        zh: '找不到来源 "fzzf-2099"',
        en: 'no source "fzzf-2099"',
      },
      {
        name: 'milestone.category unknown',
        mutate: (f) => set(f, 'milestones[0].category', 'awards'),
        path: 'milestones[0].category',
        zh: '找不到类别 "awards"',
        en: 'no category "awards"',
      },
      {
        name: 'milestone.source unknown',
        mutate: (f) => set(f, 'milestones[0].source', 'fzzf-2022'),
        path: 'milestones[0].source',
        zh: '找不到来源 "fzzf-2022"',
        en: 'no source "fzzf-2022"',
      },
      {
        name: 'finding.category unknown',
        mutate: (f) => set(f, 'findings[0].category', 'awards'),
        path: 'findings[0].category',
        zh: '找不到类别 "awards"',
        en: 'no category "awards"',
      },
      {
        name: 'finding.source unknown',
        mutate: (f) => set(f, 'findings[0].source', 'fzzf-2099'),
        path: 'findings[0].source',
        zh: '找不到来源 "fzzf-2099"',
        en: 'no source "fzzf-2099"',
      },
      {
        name: 'finding.metrics[0] unknown',
        mutate: (f) => set(f, 'findings[0].metrics[0]', 'court_rate'),
        path: 'findings[0].metrics[0]',
        zh: '找不到指标 "court_rate"',
        en: 'no metric "court_rate"',
      },
      {
        name: 'finding type unknown',
        mutate: (f) => set(f, 'findings[0].type', 'problem'),
        path: 'findings[0].type',
        zh: '"shortcoming"',
        en: 'one of: "shortcoming" / "plan"',
      },
      {
        name: 'year 1800',
        mutate: (f) => set(f, 'observations[1].year', 1800),
        path: 'observations[1].year',
        zh: '1949到2100',
        en: 'between 1949 and 2100',
      },
      {
        name: 'year 2101',
        mutate: (f) => set(f, 'observations[1].year', 2101),
        path: 'observations[1].year',
        zh: '1949到2100',
        en: 'between 1949 and 2100',
      },
      {
        name: 'year 2024.5',
        mutate: (f) => set(f, 'observations[1].year', 2024.5),
        path: 'observations[1].year',
        zh: '整数',
        en: 'whole number',
      },
      {
        name: 'value as the string "12"',
        mutate: (f) => set(f, 'observations[0].value', '12'),
        path: 'observations[0].value',
        zh: '数字',
        en: 'a number',
      },
      {
        name: 'value null',
        mutate: (f) => set(f, 'observations[0].value', null),
        path: 'observations[0].value',
        zh: '数字',
        en: 'a number',
      },
      {
        name: 'value missing',
        mutate: (f) => unset(f, 'observations[0].value'),
        path: 'observations[0].value',
        zh: '缺少',
        en: 'missing',
      },
      {
        name: 'negative count',
        mutate: (f) => set(f, 'observations[0].value', -1),
        path: 'observations[0].value',
        zh: '计数不能为负数',
        en: 'cannot be negative',
      },
      {
        name: 'percent 101',
        mutate: (f) => set(f, 'observations[3].value', 101),
        path: 'observations[3].value',
        zh: '百分比',
        en: 'between 0 and 100',
      },
      {
        name: 'rank 0',
        mutate: (f) => set(f, 'observations[4].value', 0),
        path: 'observations[4].value',
        zh: '名次',
        en: 'a rank must be a whole number of 1 or more',
      },
      {
        name: 'rank 2.5',
        mutate: (f) => set(f, 'observations[4].value', 2.5),
        path: 'observations[4].value',
        zh: '整数',
        en: 'whole number',
      },
      {
        name: 'kind "ratio"',
        mutate: (f) => set(f, 'metrics[0].kind', 'ratio'),
        path: 'metrics[0].kind',
        zh: '以下之一',
        en: 'one of: "count" / "percent" / "score" / "rank"',
      },
      {
        name: 'better "up"',
        mutate: (f) => set(f, 'metrics[0].better', 'up'),
        path: 'metrics[0].better',
        zh: '"higher"',
        en: 'one of: "higher" / "lower" / "neutral"',
      },
      {
        name: 'qualifier "about"',
        mutate: (f) => set(f, 'observations[0].qualifier', 'about'),
        path: 'observations[0].qualifier',
        zh: '"approx"',
        en: 'one of: "exact" / "atLeast" / "approx"',
      },
      {
        name: 'a stated change measured in "pct"',
        mutate: (f) =>
          set(f, 'observations[0].statedChanges', [
            { value: -8, measure: 'pct', quote: '较去年同期下降8%' },
          ]),
        path: 'observations[0].statedChanges[0].measure',
        zh: '"percent"',
        en: 'one of: "percent" / "points" / "absolute"',
      },
      {
        name: 'a stated change without its quote',
        mutate: (f) => set(f, 'observations[0].statedChanges', [{ value: -8, measure: 'percent' }]),
        path: 'observations[0].statedChanges[0].quote',
        zh: '缺少',
        en: 'missing',
      },
      {
        name: 'headline as the string "yes"',
        mutate: (f) => set(f, 'metrics[0].headline', 'yes'),
        path: 'metrics[0].headline',
        zh: 'true 或 false',
        en: 'true or false',
      },
      {
        name: 'empty quote',
        mutate: (f) => set(f, 'observations[2].quote', ''),
        path: 'observations[2].quote',
        zh: '不能为空',
        en: 'must not be empty',
      },
      {
        name: 'two observations for the same metric and year',
        mutate: (f) =>
          set(f, 'observations[5]', {
            metric: 'licensing_items',
            year: 2023,
            value: 200,
            source: 'fzzf-2021',
            quote: '约200项',
          }),
        path: 'observations[5].year',
        zh: '每年只能有一个',
        en: 'already has a 2023 figure at observations[0]',
      },
      {
        name: 'observations not an array',
        mutate: (f) => set(f, 'observations', {}),
        path: 'observations',
        zh: '列表',
        en: 'a list',
      },
      {
        name: 'outOf on a count metric',
        mutate: (f) => set(f, 'metrics[0].outOf', 16),
        path: 'metrics[0].outOf',
        zh: '只能用于名次类指标（"kind": "rank"），而这个指标的类型是 "count"；请删除 outOf',
        en: 'only for rank metrics ("kind": "rank"), but this metric\'s kind is "count"; remove outOf',
      },
      {
        name: 'outOf on a percent metric',
        mutate: (f) => set(f, 'metrics[1].outOf', 100),
        path: 'metrics[1].outOf',
        zh: '类型是 "percent"',
        en: 'kind is "percent"',
      },
      {
        name: 'outOf below a recorded rank',
        mutate: (f) => set(f, 'metrics[2].outOf', 2),
        path: 'metrics[2].outOf',
        zh: 'outOf 写的是共 2 个参与排名，但 observations[4] 记录 2023 年排第 3 名',
        en: 'outOf says 2 were ranked, but observations[4] records place 3 in 2023',
      },
      {
        name: 'outOf not a whole number',
        mutate: (f) => set(f, 'metrics[2].outOf', 15.5),
        path: 'metrics[2].outOf',
        zh: '应为1或更大的整数（如16个区参与排名就写 16），而这里是 15.5',
        en: 'a whole number of 1 or more (16 if 16 districts were ranked), but it is 15.5',
      },
      {
        name: 'outOf zero',
        mutate: (f) => set(f, 'metrics[2].outOf', 0),
        path: 'metrics[2].outOf',
        zh: '应为1或更大的整数',
        en: 'a whole number of 1 or more',
      },
      {
        name: 'outOf written as text',
        mutate: (f) => set(f, 'metrics[2].outOf', '16'),
        path: 'metrics[2].outOf',
        zh: '参与排名的总数，应为1或更大的整数',
        en: 'how many were ranked: a whole number of 1 or more (16 if 16 districts were ranked), but it is "16"',
      },
      {
        name: 'comparableWithPrevious written as text',
        mutate: (f) => set(f, 'observations[3].comparableWithPrevious', 'false'),
        path: 'observations[3].comparableWithPrevious',
        zh: '应为 true 或 false（不加引号）',
        en: 'must be true or false (without quotes)',
      },
      {
        name: 'comparableWithPrevious as a number',
        mutate: (f) => set(f, 'observations[3].comparableWithPrevious', 0),
        path: 'observations[3].comparableWithPrevious',
        zh: '口径或统计范围与上一个公布数字不同时写 false',
        en: 'write false when the definition or scope changed since the previous published figure',
      },
    ];

    it.each(cases)('$name → $path', ({ mutate, path, zh, en, failure }) => {
      const file = validFile();
      mutate(file);

      const error = refusal(JSON.stringify(file));

      expect(error.failure).toBe(failure ?? 'invalid');
      expect(error.problems.map((p) => p.path)).toContain(path);
      const problem = error.problems.find((p) => p.path === path);
      expect(wordsOf(problem)?.zh).toContain(zh);
      expect(wordsOf(problem)?.en).toContain(en);
    });
  });

  describe('refuses what is not a dataset file at all', () => {
    it('refuses an HTML page as "html"', () => {
      const error = refusal(
        '\n<!doctype html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>',
      );

      expect(error.failure).toBe('html');
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]?.path).toBe('');
      expect(wordsOf(error.problems[0])?.zh).toContain('网页');
      expect(wordsOf(error.problems[0])?.en).toContain('web page (HTML)');
    });

    it('refuses truncated JSON as "notJson", naming a line and column', () => {
      const error = refusal(JSON.stringify(validFile()).slice(0, 200));

      expect(error.failure).toBe('notJson');
      expect(error.problems[0]?.path).toBe('');
      expect(wordsOf(error.problems[0])?.zh).toMatch(/第 1 行第 \d+ 列/);
      expect(wordsOf(error.problems[0])?.en).toMatch(/line 1, column \d+/);
    });

    it('names the line and column where a pretty-printed file was cut short', () => {
      // Cut inside a string: the error is at the very end of the text.
      const text = JSON.stringify(validFile(), null, 2).slice(0, 200);
      const lines = text.split('\n');
      const where = { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };

      const error = refusal(text);

      expect(error.failure).toBe('notJson');
      expect(wordsOf(error.problems[0])?.zh).toContain(`第 ${where.line} 行第 ${where.column} 列`);
      expect(wordsOf(error.problems[0])?.en).toContain(
        `line ${where.line}, column ${where.column}`,
      );
    });

    it('names a line and column when the file ends right after a key', () => {
      const full = JSON.stringify(validFile(), null, 2);
      const text = full.slice(0, full.indexOf('"value":') + '"value":'.length);

      const error = refusal(text);

      expect(error.failure).toBe('notJson');
      expect(wordsOf(error.problems[0])?.en).toMatch(/line \d+, column \d+/);
      expect(wordsOf(error.problems[0])?.zh).toMatch(/第 \d+ 行第 \d+ 列/);
    });

    it('reports the same line and column whether or not the file starts with a BOM', () => {
      const broken = '{\n  "a": 1\n  "b": 2\n}';

      const plain = refusal(broken);
      const withBom = refusal(`\uFEFF${broken}`);

      expect(wordsOf(plain.problems[0])?.en).toContain('line 3, column 3');
      expect(wordsOf(withBom.problems[0])).toEqual(wordsOf(plain.problems[0]));
    });

    it.each([
      ['a JSON array', '[]'],
      ['null', 'null'],
      ['a JSON string', '"rule-of-law-dataset"'],
    ])('refuses %s as "invalid": the file must be one object', (_, text) => {
      const error = refusal(text);

      expect(error.failure).toBe('invalid');
      expect(error.problems.map((p) => p.path)).toEqual(['']);
      expect(wordsOf(error.problems[0])?.zh).toContain('JSON 对象');
      expect(wordsOf(error.problems[0])?.en).toContain('one JSON object');
    });

    it('refuses a file over 10 MB as "tooLarge", counting bytes rather than characters', () => {
      const file = validFile();
      // 3.6 million Chinese characters: fewer than 10 M characters, but 10.8 MB of UTF-8.
      set(file, 'sources[0].title.zh', '法'.repeat(3_600_000));

      const error = refusal(JSON.stringify(file));

      expect(error.failure).toBe('tooLarge');
      expect(error.problems[0]?.path).toBe('');
      expect(wordsOf(error.problems[0])?.zh).toContain('10 MB');
      expect(wordsOf(error.problems[0])?.en).toContain('over the 10 MB limit');
    });

    it('reads a file that starts with a UTF-8 byte-order mark', () => {
      const dataset = parseDataset(`\uFEFF${JSON.stringify(validFile())}`, 'data/test.json');

      expect(dataset.title.zh).toBe('东城区法治政府建设指标');
      expect(dataset.warnings).toEqual([]);
    });
  });

  describe('unknown keys', () => {
    it('loads the file and lists each unknown key as a warning', () => {
      const file = validFile();
      set(file, 'colour', 'red');
      set(file, 'observations[0].remark', '待核实');
      set(file, 'title.fr', 'Indicateurs');

      const dataset = parseDataset(JSON.stringify(file), 'data/test.json');

      expect(dataset.warnings.map((w) => w.path)).toEqual([
        'title.fr',
        'observations[0].remark',
        'colour',
      ]);
      const colour = dataset.warnings.find((w) => w.path === 'colour');
      expect(wordsOf(colour)?.zh).toContain('未知字段 "colour"');
      expect(wordsOf(colour)?.en).toContain('unknown field "colour", ignored');
      const remark = dataset.warnings.find((w) => w.path === 'observations[0].remark');
      expect(wordsOf(remark)?.en).toContain('"remark"');
      expect(dataset.title).toEqual({
        zh: '东城区法治政府建设指标',
        en: 'Dongcheng rule-of-law indicators',
      });
      expect(dataset.metricById.get('licensing_items')?.observations).toHaveLength(2);
    });

    it('still refuses a file with an unknown key and a real error, for the real error', () => {
      const file = validFile();
      set(file, 'colour', 'red');
      set(file, 'observations[3].value', 120);

      const error = refusal(JSON.stringify(file));

      expect(error.problems.map((p) => p.path)).toEqual(['observations[3].value']);
    });
  });

  describe('how many were ranked, and breaks in comparability', () => {
    it('loads outOf on a rank metric and comparableWithPrevious on a figure', () => {
      const file = validFile();
      set(file, 'metrics[2].outOf', 16);
      set(file, 'observations[3].comparableWithPrevious', false);
      set(file, 'observations[2].comparableWithPrevious', true);

      const dataset = parseDataset(JSON.stringify(file), 'data/test.json');

      expect(dataset.warnings).toEqual([]);
      expect(dataset.metricById.get('city_rank')?.outOf).toBe(16);
      expect(
        dataset.metricById
          .get('appearance_rate')
          ?.observations.map((o) => [o.year, o.comparableWithPrevious]),
      ).toEqual([
        [2021, true],
        [2023, false],
      ]);
    });

    it('accepts outOf equal to the largest recorded rank', () => {
      const file = validFile();
      set(file, 'metrics[2].outOf', 3);

      const dataset = parseDataset(JSON.stringify(file), 'data/test.json');

      expect(dataset.metricById.get('city_rank')?.outOf).toBe(3);
    });

    it('names the largest rank above outOf, once, and says how to fix it', () => {
      const file = validFile();
      set(file, 'metrics[2].outOf', 4);
      set(file, 'observations[5]', {
        metric: 'city_rank',
        year: 2021,
        value: 9,
        source: 'fzzf-2021',
        quote: '位列第九',
      });
      set(file, 'observations[6]', {
        metric: 'city_rank',
        year: 2022,
        value: 6,
        source: 'fzzf-2021',
        quote: '位列第六',
      });

      const error = refusal(JSON.stringify(file));

      expect(error.problems.map((p) => p.path)).toEqual(['metrics[2].outOf']);
      expect(wordsOf(error.problems[0])?.zh).toContain('observations[5] 记录 2021 年排第 9 名');
      expect(wordsOf(error.problems[0])?.zh).toContain('请把 outOf 改为至少 9，或核对那个名次');
      expect(wordsOf(error.problems[0])?.en).toContain(
        'Set outOf to at least 9, or check that rank',
      );
    });

    it('reports outOf on another kind without also comparing it with the figures', () => {
      const file = validFile();
      set(file, 'metrics[0].outOf', 5);

      const error = refusal(JSON.stringify(file));

      expect(error.problems.map((p) => p.path)).toEqual(['metrics[0].outOf']);
      expect(wordsOf(error.problems[0])?.en).toContain('only for rank metrics');
    });
  });

  describe('many problems at once', () => {
    const thirtyBad = (value: unknown) => {
      const file = validFile();
      for (let i = 0; i < 30; i++)
        set(file, `observations[${5 + i}]`, {
          metric: 'licensing_items',
          year: 1990 + i,
          value,
          source: 'fzzf-2021',
          quote: '…',
        });
      return file;
    };
    const expectedPaths = Array.from({ length: 30 }, (_, i) => `observations[${5 + i}].value`);

    it('lists all 30 out-of-range values, not just the first', () => {
      const error = refusal(JSON.stringify(thirtyBad(-1)));

      expect(error.problems.length).toBeGreaterThanOrEqual(30);
      expect(error.problems.map((p) => p.path)).toEqual(expect.arrayContaining(expectedPaths));
    });

    it('lists all 30 values of the wrong type, not just the first', () => {
      const error = refusal(JSON.stringify(thirtyBad('n/a')));

      expect(error.problems.length).toBeGreaterThanOrEqual(30);
      expect(error.problems.map((p) => p.path)).toEqual(expect.arrayContaining(expectedPaths));
    });
  });

  describe('normalisation', () => {
    const dataset = () => parseDataset(JSON.stringify(validFile()), 'data/test.json');

    it('turns plain strings into { zh } and keeps both languages when given', () => {
      const d = dataset();

      expect(d.region).toEqual({ zh: '北京市东城区' });
      expect(d.title).toEqual({
        zh: '东城区法治政府建设指标',
        en: 'Dongcheng rule-of-law indicators',
      });
      expect(d.sources[1]?.title).toEqual({ zh: '东城区2023年法治政府建设年度情况报告' });
      expect(d.metricById.get('appearance_rate')?.unit).toEqual({ zh: '%' });
      expect(d.metricById.get('appearance_rate')?.definition).toEqual({
        zh: '负责人出庭应诉的案件占应诉案件的比例',
      });
      expect(d.milestones[0]?.text).toEqual({ zh: '被命名为全国法治政府建设示范地区' });
      const note = d.metricById.get('appearance_rate')?.observations.find((o) => o.year === 2023);
      expect(note?.note).toEqual({ zh: '两份报告口径不同' });
    });

    it('defaults qualifier to "exact" and keeps the one given', () => {
      const d = dataset();
      const qualifiers = (id: string) =>
        d.metricById.get(id)?.observations.map((o) => [o.year, o.qualifier]);

      expect(qualifiers('appearance_rate')).toEqual([
        [2021, 'exact'],
        [2023, 'exact'],
      ]);
      expect(qualifiers('licensing_items')).toEqual([
        [2021, 'atLeast'],
        [2023, 'exact'],
      ]);
      expect(qualifiers('city_rank')).toEqual([[2023, 'approx']]);
    });

    it('sorts each metric’s observations by year and links their sources', () => {
      const items = dataset().metricById.get('licensing_items')?.observations ?? [];

      expect(items.map((o) => [o.year, o.value])).toEqual([
        [2021, 210],
        [2023, 198],
      ]);
      expect(items.map((o) => o.source.id)).toEqual(['fzzf-2021', 'fzzf-2023']);
      expect(items[0]?.source.title).toEqual({
        zh: '东城区2021年法治政府建设年度情况报告',
        en: '2021 annual report',
      });
    });

    it('leaves outOf out and takes every figure as comparable when the file does not say', () => {
      const d = dataset();

      for (const metric of d.metrics) {
        expect(metric.outOf).toBeUndefined();
        for (const o of metric.observations) expect(o.comparableWithPrevious).toBe(true);
      }
    });

    it('includes a year without any figure in years, and leaves it unpublished', () => {
      const d = dataset();

      expect(d.years).toEqual([2021, 2022, 2023]);
      for (const metric of d.metrics)
        expect(metric.observations.map((o) => o.year)).not.toContain(2022);
    });
  });
});
