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
  return [{ path, code: 'textTooLong', params: { length, limit: LONG_TEXT } }];
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
        code: 'sourceNotWebLink',
        params: { address: JSON.stringify(s.url) },
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
