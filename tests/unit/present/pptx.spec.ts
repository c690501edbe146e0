import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../src/dataset/model.ts';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { arrangeDeck } from '../../../src/features/present/deck.ts';
import { notesText, slideNotes } from '../../../src/features/present/notes.ts';
import { buildPptx, pptxFileName } from '../../../src/features/present/pptx/build-pptx.ts';
import { addChart, type ChartPatch } from '../../../src/features/present/pptx/native-chart.ts';
import { patchPackage } from '../../../src/features/present/pptx/patch-package.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { changeSpec } from '../../../src/model/chart-spec/change-spec.ts';
import { trendSpec } from '../../../src/model/chart-spec/trend-spec.ts';
import { basic, chineseOnly, fileText } from '../../fixtures/index.ts';
import { partText, unescapeXml } from '../xml-parts.ts';

// The deck is read back the way an office suite reads it: unzipped, part by part.
const dataset = parseDataset(fileText(basic), 'basic.json');
const YEAR = 2024;
const YEARS = dataset.years;
const ORDER = [
  'kpi-hotline_city_rank',
  'title',
  'charts-info_requests_overdue',
  'kpi-hotline_requests',
  'sources-1',
];
const { slides } = arrangeDeck(dataset, YEAR, YEARS, ORDER);

const metric = (id: string): Metric => {
  const found = dataset.metricById.get(id);
  if (!found) throw new Error(`no metric ${id}`);
  return found;
};

async function deckFiles(lang: Lang = 'zh'): Promise<Unzipped> {
  const blob = await buildPptx({ dataset, year: YEAR, years: YEARS, lang, slides });
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}
const zh = deckFiles('zh');

/** The text a reader sees in a part: every run's text, in order. */
const shownText = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('\n');

const slideParts = (files: Unzipped) =>
  Object.keys(files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
const chartParts = (files: Unzipped) =>
  Object.keys(files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));

/** The part of the chart whose first series is named after the metric. */
function chartPath(files: Unzipped, name: string): string {
  const found = chartParts(files).find((p) =>
    partText(files, p).includes(`<c:v>${name}</c:v></c:pt></c:strCache>`),
  );
  if (!found) throw new Error(`no chart for ${name}`);
  return found;
}
const chartOf = (files: Unzipped, name: string) => partText(files, chartPath(files, name));

/** The figures in the workbook behind a chart (what "Edit Data" opens): its number cells. */
function workbookFigures(files: Unzipped, name: string): number[] {
  const path = chartPath(files, name);
  const rels = partText(files, path.replace('charts/', 'charts/_rels/') + '.rels');
  const target = /Target="\.\.\/(embeddings\/[^"]+)"/.exec(rels)?.[1] ?? '';
  const book = unzipSync(files[`ppt/${target}`] ?? new Uint8Array());
  const sheet = strFromU8(book['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  return [...sheet.matchAll(/<c r="[A-Z]+\d+"><v>([^<]*)<\/v><\/c>/g)].map((m) =>
    // An empty cell is no figure, never 0.
    m[1] ? Number(m[1]) : NaN,
  );
}

const points = (xml: string) =>
  [...xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => ({
    idx: Number(m[1]),
    value: m[2] ?? '',
  }));

/** Year → cached figure, over every series (a change of definition starts a new one). */
function cachedFigures(xml: string): Map<number, number> {
  const figures = new Map<number, number>();
  for (const [, series = ''] of xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
    const years = points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(series)?.[1] ?? '');
    for (const { idx, value } of points(/<c:val>([\s\S]*?)<\/c:val>/.exec(series)?.[1] ?? '')) {
      const year = Number(years.find((y) => y.idx === idx)?.value);
      expect(figures.has(year)).toBe(false);
      figures.set(year, Number(value));
    }
  }
  return figures;
}

const published = (m: Metric) =>
  new Map(m.observations.filter((o) => YEARS.includes(o.year)).map((o) => [o.year, o.value]));

const labelsOf = (xml: string) =>
  [...xml.matchAll(/<c:dLbl>[\s\S]*?<a:t>([^<]*)<\/a:t>[\s\S]*?<\/c:dLbl>/g)].map((m) =>
    unescapeXml(m[1] ?? ''),
  );

describe('the deck as a PowerPoint file', () => {
  it('has one slide per slide arranged, in the order arranged', async () => {
    const files = await zh;
    const t = translator('zh');
    const marks: Record<string, string> = {
      'kpi-hotline_city_rank': '热线办理全市排名',
      title: t('appTitle'),
      'charts-info_requests_overdue': '逾期答复的信息公开申请',
      'kpi-hotline_requests': '12345热线诉求量',
      'sources-1': t('compiledFrom'),
    };
    const texts = slideParts(files).map((p) => shownText(partText(files, p)));
    expect(texts).toHaveLength(ORDER.length);
    ORDER.forEach((id, i) => {
      const mark = marks[id] ?? id;
      expect(texts.findIndex((text) => text.includes(mark))).toBe(i);
      expect(texts[i]).toContain(t('slideOf', { number: i + 1, total: ORDER.length }));
    });
  });

  it('draws every trend as a native line chart holding the published figures, 0 as 0 and nothing for a year not published', async () => {
    const files = await zh;
    expect(chartParts(files).length).toBeGreaterThanOrEqual(4);
    for (const p of chartParts(files))
      expect(partText(files, p)).toMatch(/<c:(lineChart|barChart)>/);
    expect(
      Object.keys(files).filter((p) => p.startsWith('ppt/media/') && !p.endsWith('/')),
    ).toEqual([]);
    for (const id of [
      'hotline_requests',
      'hotline_city_rank',
      'info_requests_overdue',
      'policy_consultations',
    ]) {
      const m = metric(id);
      const xml = chartOf(files, m.name.zh);
      expect(xml).toContain('<c:lineChart>');
      expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
      expect(cachedFigures(xml)).toEqual(published(m));
      expect(xml).not.toMatch(/<c:v><\/c:v>/);
    }
    // The figures the fixture holds for these cases: a gap in 2021 and 2023, a zero in 2023.
    expect(cachedFigures(chartOf(files, '12345热线诉求量')).has(2021)).toBe(false);
    expect(cachedFigures(chartOf(files, '逾期答复的信息公开申请')).get(2023)).toBe(0);
    // The same in the chart's workbook: 0 kept, an unpublished year no cell at all.
    expect(workbookFigures(files, '逾期答复的信息公开申请')).toEqual([0, 3]);
    expect(workbookFigures(files, '政策文件公开征求意见')).toEqual([12, 15]);
  });

  it('labels each point with its figure as the page words it, approximate ones included', async () => {
    const files = await zh;
    const spec = trendSpec(dataset, metric('hotline_requests'), YEARS, 'zh');
    const expected = spec.drawing.kind === 'trend' ? spec.drawing.points.map((p) => p.label) : [];
    expect(labelsOf(chartOf(files, '12345热线诉求量'))).toEqual(expected.filter(Boolean));
    expect(expected.some((label) => label.includes('余'))).toBe(true);
  });

  it('turns a rank axis round so that 1st is at the top, and no other', async () => {
    const files = await zh;
    const orientation = (xml: string) =>
      /<c:valAx>[\s\S]*?<c:orientation val="(\w+)"/.exec(xml)?.[1];
    expect(orientation(chartOf(files, '热线办理全市排名'))).toBe('maxMin');
    expect(orientation(chartOf(files, '12345热线诉求量'))).toBe('minMax');
  });

  it('carries the speaker’s notes of every slide', async () => {
    const files = await zh;
    slides.forEach((slide, i) => {
      const notes = shownText(partText(files, `ppt/notesSlides/notesSlide${i + 1}.xml`));
      const lines = notesText(slideNotes(slide, dataset, YEAR, YEARS, 'zh')).split('\n');
      for (const line of lines.filter(Boolean)) expect(notes).toContain(line);
    });
  });

  it('links to nothing outside the file: no external relationship, and addresses only as the notes’ plain text', async () => {
    const files = await zh;
    const namespace =
      /^https?:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|www\.w3\.org)\//;
    const sourceUrls = dataset.sources.flatMap((s) => (s.url ? [s.url] : []));
    const parts: [string, string][] = Object.entries(files).flatMap(([path, bytes]) =>
      path.endsWith('.xlsx')
        ? Object.entries(unzipSync(bytes)).map(([inner, b]): [string, string] => [
            `${path}!${inner}`,
            strFromU8(b),
          ])
        : path.endsWith('/')
          ? []
          : [[path, strFromU8(bytes)]],
    );
    for (const [path, text] of parts) {
      if (path.endsWith('.rels')) {
        expect(text, path).not.toContain('TargetMode="External"');
        expect(text, path).not.toMatch(/Target="[a-z]+:/i);
      }
      const addresses = [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
      const elsewhere = addresses.filter((a) => !namespace.test(a));
      if (!path.startsWith('ppt/notesSlides/')) expect(elsewhere, path).toEqual([]);
      for (const address of elsewhere) expect(sourceUrls).toContain(address);
    }
  });

  it('speaks English with ?lang=en', async () => {
    const files = await deckFiles('en');
    const first = shownText(partText(files, slideParts(files)[0] ?? ''));
    expect(first).toContain(metric('hotline_city_rank').name.en);
    expect(first).toContain('Slide 1 of 5');
  });

  it('draws a change as native bars, each coloured by what it means, labelled as the page words it', async () => {
    const pres = new PptxGenJS();
    const charts: ChartPatch[] = [];
    const slide = pres.addSlide();
    const page = {
      pres,
      slide,
      dataset,
      year: YEAR,
      years: YEARS,
      lang: 'zh' as const,
      t: translator('zh'),
      charts,
    };
    const spec = changeSpec(dataset, metric('hotline_city_rank'), YEARS, 'zh');
    addChart(page, spec, { x: 1, y: 1, w: 6, h: 4 });
    const written = await pres.write({ outputType: 'uint8array' });
    const files = unzipSync(patchPackage(written as Uint8Array, charts));
    const xml = partText(files, chartParts(files)[0] ?? '');
    expect(xml).toContain('<c:barChart>');
    const marks = spec.drawing.kind === 'change' ? spec.drawing.marks : [];
    expect(labelsOf(xml)).toEqual(marks.filter((m) => m.value !== null).map((m) => m.label));
    const fills = [
      ...xml.matchAll(/<c:dPt><c:idx val="\d+"\/>[\s\S]*?<a:srgbClr val="(\w+)"/g),
    ].map((m) => m[1]);
    expect(fills.filter((f) => f === '0B7A3E')).toHaveLength(
      marks.filter((m) => m.meaning === 'good').length,
    );
  });

  it('is named after its region and year in lowercase ASCII', () => {
    expect(pptxFileName(dataset, YEAR)).toBe('sample-2024-briefing.pptx');
    const chinese = parseDataset(fileText(chineseOnly), 'chinese-only.json');
    expect(pptxFileName(chinese, 2023)).toMatch(/^[a-z0-9-]+-2023-briefing\.pptx$/);
  });

  it('stops with an AbortError when cancelled between slides, before the file is made', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const build = buildPptx({
      dataset,
      year: YEAR,
      years: YEARS,
      lang: 'zh',
      slides,
      signal: controller.signal,
      onProgress: (n) => {
        done.push(n);
        if (n === 2) controller.abort();
      },
    });
    await expect(build).rejects.toMatchObject({ name: 'AbortError' });
    expect(done).toEqual([1, 2]);
  });
});

describe('the findings pages of the PowerPoint', () => {
  it('carry after a finding what a later report says of it, and mark a recurring shortcoming', async () => {
    const file = structuredClone(basic);
    file.findings = [
      ...(file.findings ?? []),
      {
        year: 2024,
        type: 'shortcoming',
        category: 'legal_services',
        metrics: ['legal_aid_providers'],
        text: { zh: '12348热线接通率仍然偏低' },
        source: 'report-2024',
        quote: '12348热线接通率仍然偏低',
      },
    ];
    const data = parseDataset(fileText(file), 'recurring.json');
    const deck = arrangeDeck(data, 2023, data.years, ['findings-1']).slides;
    const blob = await buildPptx({
      dataset: data,
      year: 2023,
      years: data.years,
      lang: 'zh',
      slides: deck,
    });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const text = slideParts(files)
      .map((p) => shownText(partText(files, p)))
      .join('\n');
    expect(text).toContain(
      '（2024年报告：有进展：“12348热线接通率较上年有所提升，供给不均衡问题仍待解决”）',
    );
    expect(text).toContain('（再次出现：次年报告仍将其列为不足）');
  });
});
