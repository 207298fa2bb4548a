/**
 * What every exported decision record (MADR, Nygard) says the same way:
 * where it was decided, and the sources behind its scores.
 */
import { citation } from '../cards/sources.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { CRITERIA } from '../vocabulary.js';
import type { DecisionRecord } from '../team/records.js';

/** Markdown-escapes text from the knowledge base or a user name for a table cell or line. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

/**
 * Where the decision was taken, in words a reader of the record understands.
 * A place whose channel is the platform itself (the terminal) has no channel to name.
 */
export function place(d: DecisionRecord): string {
  const platform = d.tenant.split(':')[0] ?? d.tenant;
  if (d.channel === platform) return `the ${platform}`;
  return `${platform.charAt(0).toUpperCase()}${platform.slice(1)} channel ${md(d.channel)}`;
}

/** The published sources behind the scores of the options: publisher, *title*, date, address. */
export function sourceLines(kb: KnowledgeBase, d: DecisionRecord): string[] {
  const ids = new Set(d.options.flatMap((o) => CRITERIA.map((c) => kb.get(o.id)?.scores[c].source)).filter((id): id is string => id !== undefined));
  const markdown = { text: md, title: (t: string) => `*${md(t)}*`, url: (u: string) => `<${u}>` };
  const lines = [...ids].flatMap((id) => {
    const source = id === 'advisor' ? undefined : kb.source(id);
    return source ? [`- ${citation(source, markdown)}`] : [];
  });
  if (ids.has('advisor')) lines.push("- Framework Advisor's own ratings, each with its reasoning (`info <framework>`)");
  return lines;
}
