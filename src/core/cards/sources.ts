/**
 * "Where is this number from?" A card that shows scores lists, for each
 * source, what it supplied and as of when.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FrameworkProfile, Rating } from '../knowledge/schema.js';
import { CRITERIA } from '../vocabulary.js';

/** Short enough for a table cell: "Index.dev", "Stack Overflow", "our own rating". Never a seed's file name or id. */
export function sourceLabel(kb: KnowledgeBase, id: string): string {
  const source = kb.source(id);
  if (!source) return id;
  if (id === 'advisor') return 'our own rating';
  return source.publisher ?? source.title;
}

/** The full reference, for the small print: title with publisher, and the address of a public source. Seed articles are cited by publisher and title only. */
export function sourceReference(kb: KnowledgeBase, id: string): string {
  const source = kb.source(id);
  if (!source) return id;
  const title = source.file && source.publisher ? `${source.publisher}, "${source.title}"` : source.title;
  return source.url ? `${title}, ${source.url}` : title;
}

/** One line per source behind the criteria scores of these frameworks, with dates. */
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
    const reasons = id === 'advisor' ? ' (reasoning with each score: see info)' : '';
    const label = id === 'advisor' ? 'our own rating' : sourceReference(kb, id);
    return `Scores of ${[...names].join(', ')}: ${label}, as of ${[...dates].sort().join(', ')}${reasons}`;
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
