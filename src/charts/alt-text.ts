/**
 * Alt text for the chart image, from the card's fallback text: it already
 * names the frameworks and their totals, which is what the picture shows.
 */
import type { Reply } from '../core/reply.js';
import { shorten } from '../core/text/shorten.js';

/** Discord caps attachment descriptions at 1024 characters; staying under it suits Slack too. */
export const ALT_TEXT_MAX = 1000;

const WHAT: Record<NonNullable<Reply['chart']>['kind'], string> = {
  compare: 'Bar chart of scores out of 10 per criterion',
  recommend: 'Stacked bar chart of the points each priority contributes',
};

export function altText(reply: Reply, maxLength = ALT_TEXT_MAX): string {
  // Fallback lines become sentences: screen readers pause at a full stop, not at a line break.
  const sentences = reply.card.fallback
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`));
  const full = [reply.chart ? `${WHAT[reply.chart.kind]}.` : 'Chart.', ...sentences].join(' ');
  return shorten(full, maxLength, { atWord: 'near' });
}
