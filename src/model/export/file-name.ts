/**
 * An exported file's name, as CONTRACT §5 fixes it: `<chartId>-<from>-<to>.<ext>`, lowercase
 * ASCII. Anything else (a space, a slash, Chinese) becomes "-", so the name is safe on every
 * disk and in every mail program. An optional suffix names a second layout ("slide").
 */
export function exportFileName(
  id: string,
  years: { from: number; to: number },
  ext: string,
  suffix?: string,
): string {
  const parts = [safePart(id) || 'chart', String(years.from), String(years.to)];
  if (suffix) parts.push(safePart(suffix));
  const extension = safePart(ext).replace(/-/g, '') || 'bin';
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

/** Lowercase ASCII letters, digits and "_"; every other run of characters becomes one "-". */
function safePart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An Export all entry: `NN-<name>`, numbered from 01 in page order, padded so that a file
 * browser's alphabetical sort keeps that order however many files there are (00 is kept
 * for the files about the whole page).
 */
export function zipEntryName(position: number, count: number, name: string): string {
  const width = Math.max(2, String(count).length);
  return `${String(position).padStart(width, '0')}-${name}`;
}
