import type { DrawnPlot } from '../../model/export/figure-svg.ts';

/** Elements that could run code, pull in HTML or CSS, or need another file: never exported. */
const DROPPED = ['script', 'foreignObject', 'style', 'iframe', 'object', 'embed', 'audio', 'video'];
/** Attributes that hold a colour or a length a stylesheet may have given as var(--…). */
const STYLED = ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'lighting-color', 'opacity'];

const unresolved = (value: string) => /var\(|currentcolor/i.test(value);
/** A url() that points outside the file: the only kind an export must not have. */
const external = (value: string) => /url\(\s*['"]?(?!#)/i.test(value);

/**
 * A drawn chart's `<svg>` as standalone SVG content: colours that came from CSS (var(--…),
 * currentColor) are replaced by the values the browser computed for the live drawing, and
 * anything that could run, load another file or depend on a stylesheet is removed.
 */
export function serialiseDrawing(live: SVGSVGElement): DrawnPlot {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const liveElements = [live, ...live.querySelectorAll('*')];
  const cloneElements = [clone, ...clone.querySelectorAll('*')];
  cloneElements.forEach((element, i) => {
    const source = liveElements[i];
    if (source) resolveColours(source, element);
    cleanAttributes(element);
  });
  for (const element of clone.querySelectorAll(DROPPED.join(','))) element.remove();
  const box = live.getBoundingClientRect();
  const width = Number(live.getAttribute('width')) || box.width;
  const height = Number(live.getAttribute('height')) || box.height;
  const serializer = new XMLSerializer();
  const markup = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
  return { markup, width, height };
}

/** Replaces CSS-dependent colours by computed ones; drops what the browser could not resolve. */
function resolveColours(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  for (const name of STYLED) {
    const value = target.getAttribute(name);
    if (value === null || !unresolved(value)) continue;
    const resolved = computed.getPropertyValue(name);
    if (resolved && !unresolved(resolved)) target.setAttribute(name, resolved);
    else target.removeAttribute(name);
  }
  const style = target.getAttribute('style');
  if (style === null) return;
  const kept = style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .flatMap((declaration) => {
      const [property = '', ...rest] = declaration.split(':');
      const name = property.trim();
      const value = rest.join(':').trim();
      if (external(value)) return [];
      if (!unresolved(value)) return [`${name}: ${value}`];
      const resolved = computed.getPropertyValue(name);
      return resolved && !unresolved(resolved) ? [`${name}: ${resolved}`] : [];
    });
  if (kept.length) target.setAttribute('style', kept.join('; '));
  else target.removeAttribute('style');
}

/** No event handlers, no links out, no focus stops: an image, not a page. */
function cleanAttributes(element: Element) {
  for (const { name, value } of [...element.attributes]) {
    const lower = name.toLowerCase();
    const link = lower === 'href' || lower.endsWith(':href') || lower === 'src';
    if (
      lower.startsWith('on') ||
      lower === 'tabindex' ||
      (link && !value.trim().startsWith('#')) ||
      external(value)
    )
      element.removeAttribute(name);
  }
}
