/** Reads the charts' own SVG in tests: elements by class, their attributes and text. The markup is ours and one element per line, so a pattern is enough. */
export interface SvgElement {
  attrs: Record<string, string>;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

export function elements(svg: string, className: string): SvgElement[] {
  const pattern = new RegExp(`<(\\w+)([^>]*\\bclass="${className}"[^>]*?)/?>(?:([^<]*)</\\1>)?`, 'g');
  return [...svg.matchAll(pattern)].map((m) => ({
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)])),
    text: unescape(m[3] ?? ''),
  }));
}

/** Legend items are groups: the swatch and the label are inside. */
export function legendLabels(svg: string): Array<{ key: string; colour: string; label: string }> {
  return [...svg.matchAll(/<g class="legend-item" data-key="([^"]*)" data-colour="([^"]*)">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => ({
    key: unescape(m[1]!),
    colour: m[2]!,
    label: unescape(m[3]!),
  }));
}

export function svgWidth(svg: string): number {
  return Number(/<svg[^>]*\bwidth="(\d+)"/.exec(svg)?.[1]);
}
