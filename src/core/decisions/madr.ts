/**
 * A decision as MADR 4.0 (https://adr.github.io/madr/): YAML front matter
 * (status, date, decision-makers, consulted, informed), then Context and
 * Problem Statement, Decision Drivers, Considered Options, Decision Outcome
 * with Consequences and Confirmation, Pros and Cons of the Options, and More
 * Information.
 */
import { describeAnswers } from '../team/answers.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { DIMENSION_LABEL, type Dimension } from '../scoring/weights.js';
import type { DecisionRecord } from '../team/records.js';
import { place, sourceLines } from '../conversations/decision-record.js';
import { adrNumber, statusOf } from './lifecycle.js';
import { detailsOf } from './reasoning.js';
import { RUNOFF_RULE } from '../team/runoff.js';

export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Markdown-escapes text from the knowledge base or a user name. */
export function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** A YAML scalar: JSON's double-quoted strings are valid YAML, so any name is safe. */
const yamlText = (text: string) => JSON.stringify(text);

export function madrStatus(d: DecisionRecord): string {
  const status = statusOf(d);
  const by = d.details?.supersededBy;
  return status === 'superseded' && by ? `superseded by ${adrNumber(by)}` : status;
}

/** The drivers: the team's answers and the weights of the criteria, heaviest first. */
export function drivers(d: DecisionRecord): string[] {
  const weights = Object.entries(d.weights)
    .filter(([, w]) => w > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([k, w]) => `${DIMENSION_LABEL[k as Dimension] ?? k} (${Math.round(w * 100)}% of the score)`);
  return [...(d.answers ? [`Our answers: ${describeAnswers(d.answers)}`] : []), ...weights];
}

function outcome(kb: KnowledgeBase, d: DecisionRecord): string[] {
  const details = detailsOf(kb, d);
  const name = (id: string) => kb.get(id)?.name ?? id;
  if (!d.decision) return ['No option has been chosen yet: the vote ended without a single winner, or is still open.'];
  const score = d.options.find((o) => o.id === d.decision)?.score;
  const cast = d.tally ? Object.values(d.tally).reduce((s, v) => s + v, 0) : 0;
  const votes = !d.tally
    ? ''
    : details.rounds
      ? ` and won the team's ranked vote by instant runoff in round ${details.rounds.length} (${d.tally[d.decision] ?? 0} of ${cast} first choices; the rounds are under More Information)`
      : ` and ${d.tally[d.decision] ?? 0} of ${cast} votes`;
  return [
    `Chosen option: "${md(name(d.decision))}", because it scores ${score?.toFixed(2) ?? '?'} of 10 under our weights${votes}.`,
    '',
    ...details.reason.why.map((w) => `* ${md(w)}`),
    ...(details.reason.whyNotRunnerUp ? [`* Why not the runner-up: ${md(details.reason.whyNotRunnerUp)}`] : []),
    ...(details.reason.flipPoint ? [`* Flip point: ${md(details.reason.flipPoint)}`] : []),
    ...(details.reason.confidence ? [`* Confidence: ${md(details.reason.confidence)}`] : []),
  ];
}

function consequences(kb: KnowledgeBase, d: DecisionRecord): string[] {
  const details = detailsOf(kb, d);
  const f = d.decision ? kb.get(d.decision) : undefined;
  if (!f) return ['* Neutral, because nothing is decided yet.'];
  const { line, supportedUntil } = details.consequences;
  const support = line ? [`* Neutral, because we adopt the ${md(f.name)} ${md(line)} line, ${supportedUntil ? `supported until ${supportedUntil}` : 'with no end of support announced yet'}.`] : [];
  return [...(f.strengths.slice(0, 2).map((s) => `* Good, because ${md(s)}`)), ...details.consequences.watchouts.map((w) => `* Bad, because ${md(w)}`), ...support];
}

function prosAndCons(kb: KnowledgeBase, d: DecisionRecord): string[] {
  const details = detailsOf(kb, d);
  return d.options.flatMap((o) => {
    const name = kb.get(o.id)?.name ?? o.id;
    const evidence = details.evidence[o.id] ?? { pros: [], cons: [] };
    const votes = d.tally ? `, ${d.tally[o.id] ?? 0} ${details.rounds ? 'first choices' : 'votes'}` : '';
    return [`### ${md(name)}`, '', `Score ${o.score.toFixed(2)} of 10 under our weights${votes}.`, '', ...evidence.pros.map((p) => `* Good, because ${md(p)}`), ...evidence.cons.map((c) => `* Bad, because ${md(c)}`), ''];
  });
}

export function madrTitle(kb: KnowledgeBase, d: DecisionRecord): string {
  return detailsOf(kb, d).title;
}

export function madrMarkdown(kb: KnowledgeBase, d: DecisionRecord): string {
  const details = detailsOf(kb, d);
  const name = (id: string) => kb.get(id)?.name ?? id;
  const people = (list: Array<{ name: string }>) => yamlText(list.map((p) => p.name).join(', '));
  const links = [
    ...(details.supersedes ? [`* Supersedes ${adrNumber(details.supersedes)}.`] : []),
    ...(details.supersededBy ? [`* Superseded by ${adrNumber(details.supersededBy)}.`] : []),
    ...(details.rounds ? [`* ${md(RUNOFF_RULE)} The rounds:`, ...details.rounds.map((r) => `  * ${md(r)}`)] : []),
  ];
  return [
    '---',
    `status: ${yamlText(madrStatus(d))}`,
    `date: ${day(d.createdAt)}`,
    `decision-makers: ${people(details.decisionMakers)}`,
    `consulted: ${people(details.consulted)}`,
    `informed: ${yamlText(`everyone in the ${d.channel === d.tenant.split(':')[0] ? d.channel : `channel ${d.channel}`}`)}`,
    '---',
    '',
    `# ${md(details.title)}`,
    '',
    '## Context and Problem Statement',
    '',
    `Which backend web framework should we use? ${adrNumber(d.number)} records the team's answer, with the evidence Framework Advisor weighed${d.answers ? ` for: ${md(describeAnswers(d.answers))}` : ''}.`,
    '',
    '## Decision Drivers',
    '',
    ...drivers(d).map((line) => `* ${md(line)}`),
    '',
    '## Considered Options',
    '',
    ...d.options.map((o) => `* ${md(name(o.id))}`),
    '',
    '## Decision Outcome',
    '',
    ...outcome(kb, d),
    '',
    '### Consequences',
    '',
    ...consequences(kb, d),
    '',
    '### Confirmation',
    '',
    d.decision
      ? `Re-run the recommendation with the same answers, and check ${md(name(d.decision))}'s release lines (\`info ${d.decision}\`), before the adopted line's support ends; a different leader there is the signal to revisit.`
      : 'Confirmed once a vote closes with a single winner.',
    '',
    '## Pros and Cons of the Options',
    '',
    ...prosAndCons(kb, d),
    '## More Information',
    '',
    `* Recorded by Framework Advisor on ${day(d.createdAt)} as ${adrNumber(d.number)}.`,
    `* Decided in: ${place(d)}`,
    ...links,
    '',
    '### Sources',
    '',
    'The scores above come from these sources; re-check them when the decision is revisited.',
    '',
    ...sourceLines(kb, d),
    '',
  ].join('\n');
}
