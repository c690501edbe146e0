/**
 * An SVG as a PNG at `scale` pixels per CSS pixel, drawn by the browser itself: the SVG is
 * loaded as an image from a blob: address (allowed by the app's img-src policy; no network),
 * then painted onto a canvas. The SVG refers to no other file, so the canvas stays readable.
 */
export async function rasterise(svg: string, width: number, height: number, scale: number) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
