/** Hands a file to the browser's downloads, named as given; nothing leaves the computer. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a minute is ample for a slow disk before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
