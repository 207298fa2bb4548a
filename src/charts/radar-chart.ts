/**
 * The team's tech radar as a picture: one quadrant (Languages & Frameworks,
 * where every framework decision lands) drawn large, its four rings from
 * Adopt at the centre out to Hold, a numbered blip per framework, and beside
 * it the same numbers as a list by ring, so the picture can be read without
 * finding each blip. One quadrant, not BYOR's four: the other three would
 * always be empty and squeeze the blips into a quarter of the room.
 */
import type { RadarChart } from '../core/charts/chart-data.js';
import { RING_COLOUR } from '../core/decisions/backstage-radar.js';
import { CHART_WIDTH, MARGIN } from './canvas.js';
import { chartHeader } from './header.js';
import { INK, MUTED_INK, textColourOn } from './palette.js';
import { element, svgDocument, text } from './svg-markup.js';
import { fitText, wrapText } from './text-measure.js';

type Ring = RadarChart['rings'][number];
type Blip = RadarChart['blips'][number];

/** The quadrant's side; its corner (the centre of the full radar) is bottom left. */
const SIDE = 540;
/** Outer radius of each ring as a share of SIDE, Adopt first: the inner rings are wider per blip than BYOR's. */
const RING_OUTER = [0.4, 0.6, 0.8, 1.0];
const BAND_FILL = ['#EEF3EF', '#F6F6F6', '#EEEEEE', '#F6F6F6'];
const BLIP_RADIUS = 13;
const BLIP_SPACING = 32;
const LIST_GAP = 36;
const LIST_SIZE = 14;
const LIST_ROW = 22;
const RING_HEADING = 16;
const NOTE_SIZE = 14;

interface Point {
  x: number;
  y: number;
}

const toRadians = (deg: number) => (deg * Math.PI) / 180;

function quarterDisc(origin: Point, radius: number, fill: string, ring: Ring): string {
  const d = `M ${origin.x} ${origin.y} L ${origin.x + radius} ${origin.y} A ${radius} ${radius} 0 0 0 ${origin.x} ${origin.y - radius} Z`;
  return element('path', { d, fill, stroke: '#BBBBBB', 'stroke-width': 1, class: 'ring', 'data-ring': ring });
}

/** Rows of blips across a ring's band: radii, and how many blips fit on each without touching. */
function rowsOf(inner: number, outer: number, spacing: number): Array<{ radius: number; from: number; to: number; capacity: number }> {
  const rows = [];
  const first = Math.max(inner + spacing * 0.6, 56);
  for (let r = first; r <= outer - spacing * 0.5 || rows.length === 0; r += spacing) {
    // Clear of the ring names along the bottom edge and of the left edge.
    const from = Math.asin(Math.min(1, 30 / r));
    const to = Math.PI / 2 - Math.asin(Math.min(1, 18 / r));
    const capacity = Math.max(1, Math.floor(((to - from) * r) / spacing) + 1);
    rows.push({ radius: Math.min(r, outer - BLIP_RADIUS), from, to, capacity });
    if (rows.length > 20) break;
  }
  return rows;
}

/** Where each blip of one ring goes: the roomiest rows first, spread evenly along each. */
function placeRing(blips: readonly Blip[], inner: number, outer: number, origin: Point): Array<{ blip: Blip; at: Point }> {
  let rows = rowsOf(inner, outer, BLIP_SPACING);
  // A crowded ring packs tighter rather than spilling into its neighbour.
  if (rows.reduce((s, r) => s + r.capacity, 0) < blips.length) rows = rowsOf(inner, outer, BLIP_RADIUS * 2);
  const byRoom = [...rows].sort((a, b) => b.capacity - a.capacity);
  const counts = byRoom.map(() => 0);
  for (let i = 0; i < blips.length; i++) {
    const row = byRoom.findIndex((r, k) => counts[k]! < r.capacity);
    counts[row === -1 ? i % byRoom.length : row]! += 1;
  }
  const placed: Array<{ blip: Blip; at: Point }> = [];
  let next = 0;
  byRoom.forEach((row, k) => {
    const n = counts[k]!;
    for (let j = 0; j < n; j++) {
      const angle = row.from + ((j + 0.5) * (row.to - row.from)) / n;
      placed.push({ blip: blips[next++]!, at: { x: origin.x + row.radius * Math.cos(angle), y: origin.y - row.radius * Math.sin(angle) } });
    }
  });
  return placed;
}

function blipMark(blip: Blip, at: Point, radius = BLIP_RADIUS, className = 'blip'): string {
  const fill = RING_COLOUR[blip.ring];
  const data = { 'data-framework': blip.id, 'data-ring': blip.ring, 'data-new': String(blip.isNew) };
  const halo = blip.isNew ? element('circle', { cx: at.x, cy: at.y, r: radius + 4, fill: 'none', stroke: INK, 'stroke-width': 2 }) : '';
  const dot = element('circle', { cx: at.x, cy: at.y, r: radius, fill, stroke: '#FFFFFF', 'stroke-width': 1.5 });
  const label = text(at.x, at.y + radius * 0.38, String(blip.number), { size: radius * 0.95, fill: textColourOn(fill), weight: 'bold', anchor: 'middle' });
  return element('g', { class: className, ...data }, halo + dot + label);
}

function radar(chart: RadarChart, origin: Point): string[] {
  const radii = RING_OUTER.map((f) => f * SIDE);
  const bands = [...chart.rings].map((ring, i) => ({ ring, i })).reverse().map(({ ring, i }) => quarterDisc(origin, radii[i]!, BAND_FILL[i]!, ring));
  const names = chart.rings.map((ring, i) => {
    const inner = i === 0 ? 0 : radii[i - 1]!;
    return text(origin.x + (inner + radii[i]!) / 2, origin.y - 9, ring.toUpperCase(), { size: 14, fill: MUTED_INK, weight: 'bold', anchor: 'middle', extra: { class: 'ring-name' } });
  });
  const quadrant = text(origin.x + SIDE, origin.y - SIDE + 18, chart.quadrant, { size: 17, fill: INK, weight: 'bold', anchor: 'end', extra: { class: 'quadrant' } });
  const blips = chart.rings.flatMap((ring, i) =>
    placeRing(
      chart.blips.filter((b) => b.ring === ring),
      i === 0 ? 0 : radii[i - 1]!,
      radii[i]!,
      origin,
    ).map(({ blip, at }) => blipMark(blip, at)),
  );
  return [...bands, ...names, quadrant, ...blips];
}

export const MOVEMENT_WORDS: Record<Blip['movement'], string> = { New: 'new', 'Moved In': 'moved in', 'Moved Out': 'moved out', 'No Change': '' };

/** The list beside the radar: each ring's blips with their number, name and deciding record. */
function list(chart: RadarChart, left: number, top: number, width: number): { markup: string[]; bottom: number } {
  const markup: string[] = [];
  let y = top;
  for (const ring of chart.rings) {
    y += RING_HEADING + 6;
    markup.push(text(left, y, ring.toUpperCase(), { size: RING_HEADING, fill: INK, weight: 'bold', extra: { class: 'list-ring', 'data-ring': ring } }));
    const blips = chart.blips.filter((b) => b.ring === ring);
    if (blips.length === 0) {
      y += LIST_ROW;
      markup.push(text(left, y, ring === 'Trial' ? 'none: decisions adopt, shortlist or hold' : 'none', { size: LIST_SIZE, fill: MUTED_INK }));
    }
    for (const blip of blips) {
      y += LIST_ROW;
      const words = [blip.decidedIn, MOVEMENT_WORDS[blip.movement]].filter(Boolean).join(', ');
      const line = fitText(`${blip.name} · ${words}`, LIST_SIZE, width - 34);
      markup.push(element('g', { class: 'list-item', 'data-framework': blip.id }, blipMark(blip, { x: left + 13, y: y - 5 }, 9, 'list-blip') + text(left + 34, y, line, { size: LIST_SIZE, fill: INK })));
    }
    y += 10;
  }
  return { markup, bottom: y };
}

/** Under both: what the ring around a number means, and how a framework several decisions name is placed. */
function notes(chart: RadarChart, left: number, top: number, width: number): { markup: string[]; bottom: number } {
  const sample: Blip = { number: 1, id: 'legend', name: '', ring: 'Adopt', isNew: true, movement: 'New', decidedIn: '' };
  const markup = [
    element('g', { class: 'legend-new' }, blipMark(sample, { x: left + 14, y: top + 14 }, 9, 'legend-blip')),
    text(left + 36, top + 19, 'A ring around the number: placed on the radar in the last 90 days.', { size: NOTE_SIZE, fill: INK }),
  ];
  let y = top + 30;
  for (const lineText of wrapText(chart.rule, NOTE_SIZE, width)) {
    y += NOTE_SIZE * 1.45;
    markup.push(text(left, y, lineText, { size: NOTE_SIZE, fill: MUTED_INK, extra: { class: 'rule' } }));
  }
  return { markup, bottom: y };
}

export const RADAR_SIDE = SIDE;

export function radarChartSvg(chart: RadarChart): string {
  const contentWidth = CHART_WIDTH - 2 * MARGIN;
  const header = chartHeader(chart.title, chart.subtitle, MARGIN, 8, contentWidth);
  const top = header.bottom + 20;
  const origin = { x: MARGIN, y: top + SIDE };
  const listLeft = MARGIN + SIDE + LIST_GAP;
  const side = list(chart, listLeft, top, CHART_WIDTH - MARGIN - listLeft);
  const below = notes(chart, MARGIN, Math.max(origin.y, side.bottom) + 16, contentWidth);
  const height = below.bottom + MARGIN / 2 + 4;
  return svgDocument(CHART_WIDTH, height, chart.title, [...header.markup, ...radar(chart, origin), ...side.markup, ...below.markup]);
}
