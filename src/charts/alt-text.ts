/**
 * Alt text for the chart image, from the card's fallback text: it already
 * names the frameworks and their totals, which is what the picture shows.
 */
import type { RadarChart } from '../core/charts/chart-data.js';
import type { Reply } from '../core/reply.js';
import { MOVEMENT_WORDS } from './radar-chart.js';
import { shorten } from '../core/text/shorten.js';

/** Discord caps attachment descriptions at 1024 characters; staying under it suits Slack too. */
export const ALT_TEXT_MAX = 1000;

const WHAT: Record<NonNullable<Reply['chart']>['kind'], string> = {
  compare: 'Bar chart of scores out of 10 per criterion',
  recommend: 'Stacked bar chart of the points each priority contributes',
  radar: 'Tech radar',
};

/** A radar says what the picture shows in words: each ring's frameworks with the record that put them there, then the placement rule. */
function radarAltText(chart: RadarChart): string {
  const rings = chart.rings.map((ring) => {
    const blips = chart.blips.filter((b) => b.ring === ring);
    const names = blips.map((b) => `${b.number}. ${b.name} (${[b.decidedIn, MOVEMENT_WORDS[b.movement]].filter(Boolean).join(', ')})`);
    return `${ring}: ${names.length > 0 ? names.join(', ') : 'none'}.`;
  });
  return [`${WHAT.radar}, ${chart.quadrant} quadrant: ${chart.title}. ${chart.subtitle}.`, ...rings].join(' ');
}

export function altText(reply: Reply, maxLength = ALT_TEXT_MAX): string {
  // The rule always survives: without it the rings of a framework several decisions name cannot be read right.
  if (reply.chart?.kind === 'radar') return `${shorten(radarAltText(reply.chart), Math.max(0, maxLength - reply.chart.rule.length - 1), { atWord: 'near' })} ${reply.chart.rule}`;
  // Fallback lines become sentences: screen readers pause at a full stop, not at a line break.
  const sentences = reply.card.fallback
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`));
  const full = [reply.chart ? `${WHAT[reply.chart.kind]}.` : 'Chart.', ...sentences].join(' ');
  return shorten(full, maxLength, { atWord: 'near' });
}
