import { shorten } from '../text/shorten.js';

/**
 * The platform-neutral card. All text is plain: renderers escape it for their
 * markup, so nothing a user typed can ping a channel or break formatting.
 * Emphasis comes from structure (headings, tables, fields), not from markup.
 */

export type Block =
  | { type: 'text'; heading?: string; text: string }
  | { type: 'fields'; heading?: string; fields: Field[] }
  | { type: 'table'; heading?: string; columns: string[]; rows: TableRow[] }
  | { type: 'list'; heading?: string; items: string[] }
  /** A list whose every item lives in a conversation (a vote's message, a decision's channel): renderers link each to it. */
  | { type: 'channel-items'; heading?: string; items: ChannelItem[] }
  /** Small print: sources, dates, the weights in use. */
  | { type: 'notes'; items: string[] }
  | { type: 'divider' };

export interface Field {
  label: string;
  value: string;
}

/**
 * A line of text and the conversation it is about. The channel is the id the
 * platform gave it (stored with the vote or decision), never text a person
 * typed: each renderer turns only a well-formed id of its own platform into a
 * link (Slack <#C123>, Discord <#123>), and shows anything else as plain text.
 */
export interface ChannelItem {
  text: string;
  channel: string;
}

export interface TableRow {
  label: string;
  cells: string[];
  /** Indexes of the cells that are best in this row (marked by renderers). */
  best?: number[];
}

export type ButtonStyle = 'primary' | 'danger';

export type Action =
  | { type: 'button'; id: string; label: string; style?: ButtonStyle }
  | { type: 'select'; id: string; placeholder: string; options: SelectOption[]; maxChoices?: number };

export interface SelectOption {
  label: string;
  value: string;
}

export interface Card {
  title: string;
  subtitle?: string;
  blocks: Block[];
  actions: Action[];
  /** Plain text for notifications, screen readers and platforms without rich cards. */
  fallback: string;
}

/** Marks a best cell in text renderers that have no colour. */
export const BEST_MARK = '★';

/** Scores are shown with no more decimals than they have: 9, 8.5, 8.75. */
export function formatScore(value: number): string {
  return Number(value.toFixed(2)).toString();
}

/** Totals and contributions: always one or two decimals. */
export function formatPoints(value: number, digits = 2): string {
  return value.toFixed(digits);
}

/** Under Slack's 3000 for a section, with room for the renderers' escaping. */
const FALLBACK_MAX = 2900;

/** The fallback text of a card: title, subtitle and its text blocks, flattened. */
export function fallbackOf(title: string, subtitle: string | undefined, blocks: Block[]): string {
  const lines = [title, subtitle ?? ''];
  for (const block of blocks) {
    if (block.type === 'text') lines.push(block.heading ? `${block.heading}: ${block.text}` : block.text);
    if (block.type === 'list' && block.heading) lines.push(`${block.heading}: ${block.items.slice(0, 3).join('; ')}`);
    if (block.type === 'channel-items' && block.heading) lines.push(`${block.heading}: ${block.items.slice(0, 3).map((i) => i.text).join('; ')}`);
  }
  return shorten(lines.filter(Boolean).join('\n'), FALLBACK_MAX, { atWord: 'near' });
}
