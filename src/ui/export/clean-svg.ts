import type { DrawnPlot } from '../../model/export/figure-svg.ts';
import { escapeXml } from '../../model/export/svg-text.ts';

/** Elements that could run code, pull in HTML or CSS, or need another file: never exported. */
const DROPPED = new Set([
  'script',
  'foreignobject',
  'style',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
]);
/**
 * The CSS properties that SVG also takes as attributes. A style="" declaration of one of them
 * becomes that attribute; any other (outline, cursor) means nothing in an image and is dropped.
 * So the file has no style attribute at all, which a strict CSP would refuse to apply.
 */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-size',
  'font-weight',
  'font-family',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  'stop-color',
  'stop-opacity',
]);

const unresolved = (value: string) => /var\(|currentcolor/i.test(value);
/** A url() that points outside the file: the only kind an export must not have. */
const external = (value: string) => /url\(\s*['"]?(?!#)/i.test(value);
const isLink = (name: string) => name === 'href' || name.endsWith(':href') || name === 'src';

/**
 * A drawn chart's `<svg>` as standalone SVG content, written element by element from the
 * live drawing: colours that came from CSS (var(--…), currentColor) are replaced by the values
 * the browser computed, style="" becomes presentation attributes, and anything that could
 * run, load another file or depend on a stylesheet is left out.
 */
export function serialiseDrawing(live: SVGSVGElement): DrawnPlot {
  const box = live.getBoundingClientRect();
  return {
    markup: [...live.childNodes].map(serialiseNode).join(''),
    width: Number(live.getAttribute('width')) || box.width,
    height: Number(live.getAttribute('height')) || box.height,
  };
}

function serialiseNode(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeXml(node.textContent ?? '');
  if (!(node instanceof Element) || DROPPED.has(node.localName.toLowerCase())) return '';
  // A link inside a chart would only lead away from an image: its content stays, as a group.
  const name = node.localName === 'a' ? 'g' : node.localName;
  const attributes = [...cleanAttributes(node)]
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const children = [...node.childNodes].map(serialiseNode).join('');
  return children ? `<${name}${attributes}>${children}</${name}>` : `<${name}${attributes}/>`;
}

/** The attributes worth keeping, with CSS-dependent values resolved from the live element. */
function cleanAttributes(element: Element): Map<string, string> {
  const kept = new Map<string, string>();
  let computed: CSSStyleDeclaration | null = null;
  const resolve = (property: string, value: string): string | null => {
    if (external(value)) return null;
    if (!unresolved(value)) return value;
    computed ??= getComputedStyle(element);
    const resolved = computed.getPropertyValue(property).trim();
    return resolved && !unresolved(resolved) && !external(resolved) ? resolved : null;
  };
  for (const { name, value } of element.attributes) {
    const lower = name.toLowerCase();
    if (lower === 'style' || lower.startsWith('on') || lower === 'tabindex') continue;
    if (lower === 'xmlns' || lower.startsWith('xmlns:')) continue;
    if (isLink(lower) && !value.trim().startsWith('#')) continue;
    const clean = resolve(lower, value);
    // xlink:href needs an xmlns:xlink the file does not declare: SVG 2's href says the same.
    if (clean !== null) kept.set(lower === 'xlink:href' ? 'href' : name, clean);
  }
  // Declared style wins over attributes, as it does in the browser.
  for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
    const [property = '', ...rest] = declaration.split(':');
    const key = property.trim().toLowerCase();
    if (!PRESENTATION.has(key)) continue;
    const clean = resolve(key, rest.join(':').trim());
    if (clean) kept.set(key, clean);
  }
  return kept;
}
