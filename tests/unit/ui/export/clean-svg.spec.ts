import { describe, expect, it } from 'vitest';
import { serialiseDrawing } from '../../../../src/ui/export/clean-svg.ts';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** A live drawing as the chart library might leave it, with links of both spellings. */
function liveDrawing(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '100');
  svg.innerHTML = `<defs><circle id="dot" r="3"/></defs>`;
  const use = document.createElementNS(SVG, 'use');
  use.setAttributeNS(XLINK, 'xlink:href', '#dot');
  const image = document.createElementNS(SVG, 'image');
  image.setAttributeNS(XLINK, 'xlink:href', 'https://elsewhere.example/logo.png');
  const link = document.createElementNS(SVG, 'a');
  link.setAttribute('href', 'https://elsewhere.example/');
  link.append(document.createElementNS(SVG, 'rect'));
  svg.append(use, image, link);
  return svg;
}

/** The drawing as the exported file holds it: inside the figure's root, which declares only SVG. */
function exported(): Document {
  const { markup } = serialiseDrawing(liveDrawing());
  return new DOMParser().parseFromString(`<svg xmlns="${SVG}">${markup}</svg>`, 'image/svg+xml');
}

describe('a drawing written into an exported SVG', () => {
  it('is well-formed XML with only the SVG namespace: no xlink:href, internal links as href', () => {
    const { markup } = serialiseDrawing(liveDrawing());
    expect(markup).not.toMatch(/xlink/);
    const doc = exported();
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('use')?.getAttribute('href')).toBe('#dot');
  });

  it('keeps no link to another file, whichever way it was spelled', () => {
    const links = [...exported().querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /href$|^src$/i.test(a.name)).map((a) => a.value),
    );
    expect(links).toEqual(['#dot']);
    expect(exported().querySelector('a')).toBeNull();
  });
});
