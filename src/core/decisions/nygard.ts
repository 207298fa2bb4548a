/** A decision in Michael Nygard's original form: Title, Status, Context, Decision, Consequences. */
import { describeAnswers } from '../team/answers.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DecisionRecord } from '../team/records.js';
import { adrNumber } from './lifecycle.js';
import { day, drivers, madrStatus, md } from './madr.js';
import { detailsOf } from './reasoning.js';

export function nygardMarkdown(kb: KnowledgeBase, d: DecisionRecord): string {
  const details = detailsOf(kb, d);
  const name = (id: string) => kb.get(id)?.name ?? id;
  const status = madrStatus(d);
  const decision = d.decision
    ? [
        `We will use ${md(name(d.decision))}.`,
        '',
        ...(details.rounds ? [`* The team's ranked vote chose it, counted by instant runoff: ${details.rounds.map(md).join(' ')}`] : []),
        ...details.reason.why.map((w) => `* ${md(w)}`),
        ...(details.reason.whyNotRunnerUp ? [`* ${md(details.reason.whyNotRunnerUp)}`] : []),
      ]
    : ['No option has been chosen yet.'];
  return [
    `# ${(d.number ?? 0)}. ${md(details.title)}`,
    '',
    `Date: ${day(d.createdAt)}`,
    '',
    '## Status',
    '',
    `${status.charAt(0).toUpperCase()}${status.slice(1)}${details.supersedes ? `; supersedes ${adrNumber(details.supersedes)}` : ''}`,
    '',
    '## Context',
    '',
    `We compared ${d.options.map((o) => `${md(name(o.id))} (${o.score.toFixed(2)})`).join(', ')} with Framework Advisor${d.answers ? `, for ${md(describeAnswers(d.answers))}` : ''}.`,
    '',
    ...drivers(d).map((line) => `* ${md(line)}`),
    '',
    '## Decision',
    '',
    ...decision,
    '',
    '## Consequences',
    '',
    ...(details.consequences.watchouts.length > 0 ? details.consequences.watchouts.map((w) => `* ${md(w)}`) : ['* None recorded until a framework is chosen.']),
    ...(details.consequences.line ? [`* We adopt the ${md(details.consequences.line)} line${details.consequences.supportedUntil ? `, supported until ${details.consequences.supportedUntil}` : ''}.`] : []),
    '',
  ].join('\n');
}
