/**
 * "Where is this number from?" A card that shows scores lists, for each
 * source, what it supplied and as of when. Sources are named as people know
 * them (publisher, title, date), never by the file or id we keep them under.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FrameworkProfile, Rating, SourceEntry } from '../knowledge/schema.js';
import { CRITERIA } from '../vocabulary.js';

const OWN_RATING = 'our own rating';

/** Short enough for a table cell: "Index.dev", "Stack Overflow", "our own rating". */
export function sourceLabel(kb: KnowledgeBase, id: string): string {
  if (id === 'advisor') return OWN_RATING;
  const source = kb.source(id);
  if (!source) return 'an unnamed source';
  return source.publisher ?? source.title;
}

/**
 * The full reference, for the small print: publisher, title in quotes, date,
 * and the address of a public page. A seed article's file stays out of it:
 * nobody outside this repository could look it up.
 */
export function sourceReference(kb: KnowledgeBase, id: string): string {
  if (id === 'advisor') return OWN_RATING;
  const source = kb.source(id);
  if (!source) return 'an unnamed source';
  return citation(source);
}

/** How a citation's parts are written: plain on cards, escaped Markdown in a decision record. */
export interface CitationStyle {
  text: (text: string) => string;
  title: (title: string) => string;
  url: (url: string) => string;
}

const PLAIN: CitationStyle = { text: (t) => t, title: (t) => `“${t}”`, url: (u) => u };

/** Publisher, title, date (a seed article without one says "undated"), and a public page's address. */
export function citation(source: SourceEntry, style: CitationStyle = PLAIN): string {
  const date = source.published ?? (source.file ? 'undated' : undefined);
  const parts = [source.publisher && style.text(source.publisher), style.title(source.title), date, source.url && style.url(source.url)];
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(', ');
}

/** One line per source behind the criteria scores of these frameworks, with the dates of the ratings. */
export function scoreSourceNotes(kb: KnowledgeBase, frameworks: readonly FrameworkProfile[]): string[] {
  const bySource = new Map<string, { names: Set<string>; dates: Set<string> }>();
  for (const f of frameworks) {
    for (const c of CRITERIA) {
      const rating: Rating = f.scores[c];
      const entry = bySource.get(rating.source) ?? { names: new Set(), dates: new Set() };
      entry.names.add(f.name);
      entry.dates.add(rating.date);
      bySource.set(rating.source, entry);
    }
  }
  return [...[...bySource].map(([id, { names, dates }]) => {
    const published = kb.source(id)?.published;
    // A rating dated as its article adds nothing to the reference; a different date says when it was read.
    const asOf = dates.size === 1 && dates.has(published ?? '') ? '' : `, as of ${[...dates].sort().join(', ')}`;
    const reasons = id === 'advisor' ? ' (reasoning with each score: see info)' : '';
    return `Scores of ${[...names].join(', ')}: ${sourceReference(kb, id)}${asOf}${reasons}`;
  }), ...mixedRunsNote(frameworks)];
}

/** Figures of two benchmark runs are never comparable: when a card's performance scores come from more than one, it says so. */
export function mixedRunsNote(frameworks: readonly FrameworkProfile[]): string[] {
  const runOf = (f: FrameworkProfile) => {
    const d = f.scores.performance.derivation;
    return d.method === 'benchmark' ? `TechEmpower Round ${d.round}` : 'no benchmark';
  };
  const runs = new Map<string, string[]>();
  for (const f of frameworks) runs.set(runOf(f), [...(runs.get(runOf(f)) ?? []), f.name]);
  if (runs.size < 2) return [];
  const parts = [...runs].map(([run, names]) => `${run}: ${names.join(', ')}`);
  return [`Performance here comes from different benchmark runs (${parts.join('; ')}); hardware and setups differ between runs, so read those scores side by side with care`];
}
