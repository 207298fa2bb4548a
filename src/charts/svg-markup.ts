/**
 * The few SVG elements the charts draw, built as strings. Every piece of text
 * and every attribute value goes through escapeXml: framework names come from
 * data files, and one stray "&" or "<" would make the whole picture invalid.
 */
import { BACKGROUND } from './palette.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`);
}

type AttributeValue = string | number | undefined;

/** Coordinates rounded to 2 decimals keep the markup stable and short. */
function formatValue(value: string | number): string {
  return typeof value === 'number' ? String(Number(value.toFixed(2))) : escapeXml(value);
}

export function element(name: string, attributes: Record<string, AttributeValue>, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${formatValue(value)}"`)
    .join('');
  return children === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

export interface TextStyle {
  size: number;
  fill: string;
  weight?: 'bold';
  anchor?: 'start' | 'middle' | 'end';
  /** Extra attributes, e.g. a class and data-* for tests and tooling. */
  extra?: Record<string, AttributeValue>;
}

export function text(x: number, y: number, content: string, style: TextStyle): string {
  return element(
    'text',
    { x, y, 'font-size': style.size, 'font-weight': style.weight, 'text-anchor': style.anchor, fill: style.fill, ...style.extra },
    escapeXml(content),
  );
}

export function rect(x: number, y: number, width: number, height: number, fill: string, extra: Record<string, AttributeValue> = {}): string {
  return element('rect', { x, y, width: Math.max(0, width), height: Math.max(0, height), fill, ...extra });
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string): string {
  return element('line', { x1, y1, x2, y2, stroke, 'stroke-width': 1 });
}

/** The whole picture: one font family (the bundled one) and a white background, so PNGs never depend on the viewer's theme. */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(height)}" viewBox="0 0 ${width} ${Math.ceil(height)}" ` +
    `font-family="DejaVu Sans" role="img">\n` +
    // One element per line: the file stays readable and diffable when someone opens the .svg.
    [element('title', {}, escapeXml(title)), rect(0, 0, width, Math.ceil(height), BACKGROUND), ...body].join('\n') +
    '\n</svg>\n'
  );
}
