import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import type { ChartSpec } from '../../../model/chart-spec/chart-spec.ts';
import type { BriefContent, Block, Run } from './brief-content.ts';

// This module (and docx with it) loads only when a reader first asks for the brief.

/** A chart drawn for the brief: PNG bytes, and the size in CSS px it takes on the page. */
export interface DrawnFigure {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface BuildDocxOptions {
  content: BriefContent;
  /** Draws one chart in the report palette (the browser's export pipeline; a fixture in specs). */
  draw: (spec: ChartSpec) => Promise<DrawnFigure>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Type as a Chinese office expects it (公文 convention): 仿宋 for the text, 黑体 for titles and
 * headings, with Latin fallbacks; Word and WPS take the first font the computer has.
 */
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEADING = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };

/** A4 with 2.5 cm margins, in twentieths of a point: 16 cm of text, the figures' 600 px. */
const PAGE = { width: 11906, height: 16838, margin: 1417 };
/** Half-points: 12 pt text, 10.5 pt captions and references, 14–18 pt headings and title. */
const SIZE = { body: 24, small: 21, heading1: 32, heading2: 28, title: 36 };

function runs(list: readonly Run[]): TextRun[] {
  return list.map(
    (run) =>
      new TextRun({
        text: run.text,
        bold: run.bold,
        superScript: run.reference,
      } satisfies IRunOptions),
  );
}

function paragraphs(block: Block, drawn: ReadonlyMap<ChartSpec, DrawnFigure>): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, text: block.text })];
    case 'meta':
      return [new Paragraph({ style: 'BriefMeta', text: block.text })];
    case 'note':
      return [new Paragraph({ style: 'BriefNote', text: block.text })];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          text: block.text,
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs) })];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            style: 'ListParagraph',
            numbering: { reference: 'bullets', level: 0 },
            children: runs(item),
          }),
      );
    case 'references':
      return block.items.map(
        (text) =>
          new Paragraph({
            style: 'BriefReference',
            numbering: { reference: 'references', level: 0 },
            text,
          }),
      );
    case 'figure': {
      const image = drawn.get(block.spec);
      if (!image) return [];
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          // Single spacing: a line as tall as the image, which 1.5 lines would not leave it.
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 0 },
          children: [
            new ImageRun({
              type: 'png',
              data: image.data,
              transformation: { width: image.width, height: image.height },
              altText: { name: block.spec.id, title: block.spec.title, description: block.alt },
            }),
          ],
        }),
        new Paragraph({ style: 'Caption', text: block.caption }),
      ];
    }
  }
}

/**
 * The brief as a Word file: real styles (Title, Heading 1 and 2, List Paragraph, Caption, and
 * the brief's own for the date line and references), so an office's template restyles it;
 * A4 portrait with page numbers; every chart an image the width of the text with its summary
 * as alt text. Nothing in it points outside the file.
 */
export async function buildDocx({
  content,
  draw,
  signal,
  onProgress,
}: BuildDocxOptions): Promise<Blob> {
  const drawn = new Map<ChartSpec, DrawnFigure>();
  const total = content.figures.length;
  onProgress?.(0, total);
  for (const spec of content.figures) {
    signal?.throwIfAborted();
    drawn.set(spec, await draw(spec));
    onProgress?.(drawn.size, total);
  }
  signal?.throwIfAborted();
  const language = { value: content.lang === 'zh' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' };
  const document = new Document({
    title: content.title,
    subject: content.subject,
    creator: content.subject,
    styles: {
      default: {
        document: {
          run: { font: BODY, size: SIZE.body, language },
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO, after: 120 } },
        },
        title: {
          run: { font: HEADING, size: SIZE.title, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading1: {
          run: { font: HEADING, size: SIZE.heading1, color: '000000' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING, size: SIZE.heading2, color: '000000' },
          paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
        },
        caption: {
          run: { font: HEADING, size: SIZE.small, color: '000000', italics: false },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
      },
      paragraphStyles: [
        {
          id: 'BriefMeta',
          name: 'Brief Meta',
          basedOn: 'Normal',
          run: { size: SIZE.small, color: '404040' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
        },
        {
          id: 'BriefNote',
          name: 'Brief Note',
          basedOn: 'Normal',
          run: { size: SIZE.small, color: '404040' },
          paragraph: {
            spacing: { before: 120, after: 240, line: 300, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: 'BriefReference',
          name: 'Brief Reference',
          basedOn: 'Normal',
          run: { size: SIZE.small },
          paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO, after: 60 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 480, hanging: 240 } } },
            },
          ],
        },
        {
          reference: 'references',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '[%1]',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 560, hanging: 560 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.small })],
              }),
            ],
          }),
        },
        children: content.blocks.flatMap((block) => paragraphs(block, drawn)),
      },
    ],
  });
  return Packer.toBlob(document);
}
