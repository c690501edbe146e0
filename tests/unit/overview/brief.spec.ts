import { unzipSync, type Unzipped } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/dataset/parse.ts';
import { briefContent, reference } from '../../../src/features/overview/brief/brief-content.ts';
import { buildDocx } from '../../../src/features/overview/brief/build-docx.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { pick } from '../../../src/i18n/translate.ts';
import type { ChartSpec } from '../../../src/model/chart-spec/chart-spec.ts';
import { keyChanges } from '../../../src/model/key-changes.ts';
import { scoreboard } from '../../../src/model/scoreboard.ts';
import { kpiWords } from '../../../src/model/wording/kpi-words.ts';
import { basic, fileText } from '../../fixtures/index.ts';
import { partText, unescapeXml } from '../xml-parts.ts';

// The brief is read back the way Word reads it: unzipped, part by part.
const dataset = parseDataset(fileText(basic), 'basic.json');
const YEAR = 2024;
const LINK = 'https://intranet.example/fzzf/';

/** A real one-pixel PNG: the specs check the document around the images, e2e the images. */
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

async function brief(lang: Lang, signal?: AbortSignal) {
  const content = briefContent(dataset, YEAR, dataset.years, lang, LINK);
  const drawn: ChartSpec[] = [];
  const blob = await buildDocx({
    content,
    signal,
    draw: (spec) => {
      drawn.push(spec);
      return Promise.resolve({ data: PIXEL, width: 600, height: 300 });
    },
  });
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return { content, drawn, files };
}
const zh = brief('zh');
const en = brief('en');

/** Each paragraph's text as Word shows it: its runs joined. */
const paragraphs = (files: Unzipped) =>
  [...partText(files, 'word/document.xml').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => unescapeXml(m[1] ?? ''))
      .join(''),
  );

describe('the Word brief', () => {
  it('holds every headline KPI’s sentence, in the page’s words, with its figure in bold', async () => {
    const { files } = await zh;
    const text = paragraphs(files);
    const xml = partText(files, 'word/document.xml');
    for (const card of scoreboard(dataset, YEAR).cards) {
      const words = kpiWords(card, YEAR, 'zh');
      expect(text.some((p) => p.startsWith(words.sentence))).toBe(true);
      if (words.published)
        expect(xml).toMatch(
          new RegExp(`<w:b/>[\\s\\S]{0,200}?<w:t[^>]*>${escapeRe(words.value.number)}</w:t>`),
        );
    }
    expect(text[0]).toBe('示例市示例区2024年法治政府建设指标简报');
    expect(text).toContain('数据整理日期：2025年4月15日');
    expect(text).toContain(`在线看板：${LINK}`);
  });

  it('has one image per drawn chart, the width of the text, its summary as alt text', async () => {
    const { files, drawn, content } = await zh;
    const xml = partText(files, 'word/document.xml');
    const pictures = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) =>
      unescapeXml(m[1] ?? ''),
    );
    expect(drawn).toEqual(content.figures);
    expect(drawn.length).toBeGreaterThan(0);
    expect(pictures).toHaveLength(drawn.length);
    drawn.forEach((spec, i) => expect(pictures[i]).toBe(spec.summary));
    // 600 px at 9 525 EMU a pixel: the 16 cm between A4's 2.5 cm margins, less a few mm.
    expect(xml).toContain('<wp:extent cx="5715000" cy="2857500"/>');
    // The images are in the file itself (the same bytes are stored once).
    expect(xml.match(/<a:blip r:embed="/g)).toHaveLength(drawn.length);
    expect(Object.keys(files).some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
    expect(paragraphs(files).filter((p) => /^图\d+ /.test(p))).toHaveLength(drawn.length);
  });

  it('lists every source it cites, numbered in the order cited, and each paragraph cites its own', async () => {
    const { files } = await zh;
    const text = paragraphs(files);
    const sourcesAt = text.indexOf('引用来源');
    const references = text.slice(sourcesAt + 1);
    const cited = new Set<string>();
    const board = scoreboard(dataset, YEAR);
    for (const card of board.cards) if (card.figure) cited.add(card.figure.source.id);
    for (const f of dataset.findings.filter((f) => f.year === YEAR)) cited.add(f.source.id);
    const { improvements, declines } = keyChanges(dataset, YEAR);
    for (const k of [...improvements, ...declines])
      for (const o of k.metric.observations) if (o.year === YEAR) cited.add(o.source.id);
    expect(sourcesAt).toBeGreaterThan(0);
    expect(references).toHaveLength(cited.size);
    for (const id of cited) {
      const source = dataset.sources.find((s) => s.id === id);
      if (!source) throw new Error(id);
      expect(references).toContain(reference(source, 'zh'));
      expect(reference(source, 'zh')).toContain(pick(source.title, 'zh'));
      if (source.url) expect(reference(source, 'zh')).toContain(source.url);
    }
    // Every reference number in the text is a line of the list, and the first cited is [1].
    const numbers = text
      .slice(0, sourcesAt)
      .flatMap((p) => [...p.matchAll(/\[(\d+)\]$/g)].map((m) => Number(m[1])));
    expect(numbers[0]).toBe(1);
    expect(Math.max(...numbers)).toBe(cited.size);
    // The year's shortcomings and plans are there, each labelled and cited.
    for (const f of dataset.findings.filter((f) => f.year === YEAR))
      expect(text.some((p) => p.includes(pick(f.text, 'zh')) && /\[\d+\]$/.test(p))).toBe(true);
  });

  it('uses Word’s own styles and a Chinese office’s fonts, on A4 portrait', async () => {
    const { files } = await zh;
    const styles = partText(files, 'word/styles.xml');
    const xml = partText(files, 'word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2', 'Caption', 'ListParagraph'])
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(partText(files, 'word/numbering.xml')).toContain('[%1]');
  });

  it('points nowhere outside the file: no external relationship, no remote target', async () => {
    for (const { files } of [await zh, await en]) {
      const rels = Object.keys(files).filter((p) => p.endsWith('.rels'));
      expect(rels.length).toBeGreaterThan(1);
      for (const path of rels) {
        const xml = partText(files, path);
        expect(xml).not.toContain('TargetMode="External"');
        expect(xml).not.toMatch(/Target="(https?:|\/\/|file:)/i);
      }
      expect(partText(files, 'word/document.xml')).not.toMatch(/<w:hyperlink|r:link=/);
    }
  });

  it('is in English with ?lang=en', async () => {
    const { files } = await en;
    const text = paragraphs(files);
    expect(text[0]).toBe('Sample District: rule-of-law indicators brief, 2024');
    expect(text).toContain('Sources cited');
    for (const card of scoreboard(dataset, YEAR).cards)
      expect(text.some((p) => p.startsWith(kpiWords(card, YEAR, 'en').sentence))).toBe(true);
    expect(text.filter((p) => /^Figure \d+\. /.test(p)).length).toBeGreaterThan(0);
  });

  it('draws no empty chart for a KPI with no figure, saying it was not published', () => {
    const file = structuredClone(basic);
    file.observations = file.observations.filter((o) => o.metric !== 'hotline_satisfaction_rate');
    const bare = parseDataset(fileText(file), 'bare.json');
    const content = briefContent(bare, YEAR, bare.years, 'zh', LINK);
    expect(content.figures.map((s) => s.id)).not.toContain('trend-hotline_satisfaction_rate');
    expect(content.figures.length).toBeGreaterThan(0);
    const text = content.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(text.some((p) => p.includes('热线诉求满意率') && p.includes('未公开'))).toBe(true);
  });

  it('carries after a finding what a later report says of it, citing that report', () => {
    const content = briefContent(dataset, 2023, dataset.years, 'zh', LINK);
    const items = content.blocks.flatMap((b) =>
      b.kind === 'bullets' ? b.items.map((runs) => runs.map((r) => r.text).join('')) : [],
    );
    const hotline = items.find((text) => text.includes('12348热线接通率有待提高'));
    expect(hotline).toContain(
      '（2024年报告：有进展：“12348热线接通率较上年有所提升，供给不均衡问题仍待解决”）',
    );
    const references = content.blocks.flatMap((b) => (b.kind === 'references' ? b.items : []));
    expect(
      references.some((r) => r.includes(pick(dataset.sources[3]?.title ?? { zh: '?' }, 'zh'))),
    ).toBe(true);
  });

  it('stops when cancelled, drawing nothing more', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(brief('zh', controller.signal)).rejects.toThrow();
  });
});

function escapeRe(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
