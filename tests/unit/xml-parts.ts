import { strFromU8, type Unzipped } from 'fflate';

/** XML text as a reader sees it: the five escapes undone (&amp; last, so "&amp;lt;" stays "&lt;"). */
export const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** One part of an unzipped Office file as text, or "" where the file has no such part. */
export const partText = (files: Unzipped, path: string) =>
  strFromU8(files[path] ?? new Uint8Array());
