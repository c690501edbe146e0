import type { Problem } from './problems.ts';
import type { DatasetFile, LocalizedInput } from './schema.ts';

/** Longer than this, a name or title cannot be read in a card, a heading or a tab. */
export const LONG_TEXT = 200;

/** The address, parsed, when it is one a reader may follow (http or https); else undefined. */
export function webLink(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function longText(path: string, input: LocalizedInput | undefined): Problem[] {
  const texts =
    input === undefined ? [] : typeof input === 'string' ? [input] : [input.zh, input.en];
  const length = Math.max(0, ...texts.map((t) => t?.length ?? 0));
  if (length <= LONG_TEXT) return [];
  return [
    {
      path,
      message: {
        zh: `这段文字有 ${length} 个字，在卡片、标题和浏览器标签中难以阅读；已照常显示，建议缩短到 ${LONG_TEXT} 字以内`,
        en: `this text is ${length} characters long, hard to read in cards, headings and browser tabs; it is shown as it is, but keep it under ${LONG_TEXT}`,
      },
    },
  ];
}

/**
 * Doubtful but harmless things in a valid file (CONTRACT §1): a source address that is not a
 * web link (shown as plain text, never linked) and names too long to read. The data still loads.
 */
export function checkNotices(file: DatasetFile): Problem[] {
  const notices: Problem[] = [];
  notices.push(...longText('title', file.title), ...longText('region', file.region));
  file.sources.forEach((s, i) => {
    notices.push(...longText(`sources[${i}].title`, s.title));
    if (s.url !== undefined && webLink(s.url) === undefined)
      notices.push({
        path: `sources[${i}].url`,
        message: {
          zh: `来源地址 ${JSON.stringify(s.url)} 不是以 http:// 或 https:// 开头的网址，只作为文字显示，不会变成链接`,
          en: `the source address ${JSON.stringify(s.url)} is not a web address starting with http:// or https://; it is shown as plain text, never as a link`,
        },
      });
  });
  file.categories.forEach((c, i) => notices.push(...longText(`categories[${i}].name`, c.name)));
  file.metrics.forEach((m, i) =>
    notices.push(
      ...longText(`metrics[${i}].name`, m.name),
      ...longText(`metrics[${i}].unit`, m.unit),
    ),
  );
  return notices;
}
