/**
 * An Architecture Decision Record in Markdown, from a recorded decision:
 * context (the answers), options with their scores, the decision, and the
 * consequences (the chosen framework's watchouts).
 */
import { describeAnswers } from '../team/answers.js';
import { citation } from '../cards/sources.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { CRITERIA } from '../vocabulary.js';
import { DIMENSION_LABEL, type Dimension } from '../scoring/weights.js';
import type { DecisionRecord } from '../team/records.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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

function decisionLine(kb: KnowledgeBase, d: DecisionRecord): string {
  const name = (id: string) => kb.get(id)?.name ?? id;
  if (d.kind === 'closed-vote') {
    const votes = Object.values(d.tally ?? {}).reduce((s, v) => s + v, 0);
    return d.decision
      ? `The team chose **${md(name(d.decision))}** in a vote (${d.tally?.[d.decision] ?? 0} of ${votes} votes), closed by ${md(d.by.name)} on ${day(d.createdAt)}.`
      : `The team vote closed by ${md(d.by.name)} on ${day(d.createdAt)} ended without a single winner; the decision is still open.`;
  }
  const what = d.kind === 'shared-recommendation' ? 'recommendation' : 'comparison';
  return `${md(d.by.name)} shared a ${what} on ${day(d.createdAt)} whose top pick is **${md(name(d.decision ?? d.options[0]!.id))}**. No vote has confirmed it yet.`;
}

export function decisionRecordMarkdown(kb: KnowledgeBase, d: DecisionRecord): string {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const chosen = d.decision ?? (d.kind === 'closed-vote' ? undefined : d.options[0]?.id);
  const title = chosen ? `Use ${name(chosen)} as our backend framework` : 'Choose a backend framework';
  const status = d.kind === 'closed-vote' && d.decision ? 'Accepted' : 'Proposed';
  const weights = Object.entries(d.weights)
    .filter(([, w]) => w > 0)
    .map(([k, w]) => `${DIMENSION_LABEL[k as Dimension] ?? k} ${Math.round(w * 100)}%`)
    .join(', ');
  const rows = d.options.map((o) => `| ${md(name(o.id))} | ${o.score.toFixed(2)} |${d.tally ? ` ${d.tally[o.id] ?? 0} |` : ''}`);
  const watchouts = chosen ? (kb.get(chosen)?.watchouts ?? []).map((w) => `- ${md(w)}`) : ['- None recorded until a framework is chosen.'];
  return [
    `# ${title}`,
    '',
    `- Status: ${status}`,
    `- Date: ${day(d.createdAt)}`,
    `- Decided in: ${place(d)}`,
    '',
    '## Context',
    '',
    `We asked Framework Advisor which backend framework suits us. Our answers: ${md(describeAnswers(d.answers ?? {}))}.`,
    `Criteria weights in use: ${weights || 'equal'}.`,
    '',
    '## Options considered',
    '',
    `| Framework | Score (0-10) |${d.tally ? ' Votes |' : ''}`,
    `|---|---|${d.tally ? '---|' : ''}`,
    ...rows,
    '',
    '## Decision',
    '',
    decisionLine(kb, d),
    '',
    '## Consequences',
    '',
    chosen ? `What to watch out for with ${md(name(chosen))}, from the knowledge base:` : 'Open questions:',
    ...watchouts,
    '',
    '## Sources',
    '',
    'The scores above come from these sources; re-check them when the decision is revisited.',
    '',
    ...sourceLines(kb, d),
    '',
  ].join('\n');
}
