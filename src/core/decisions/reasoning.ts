/**
 * The advisor's reasoning behind a decision, frozen into the record when it is
 * made: why the chosen framework, why not the runner-up, what would flip it,
 * how sure the scores are, and what the team takes on (watchouts, the release
 * line and how long it is supported).
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FrameworkProfile } from '../knowledge/profile.js';
import type { ReleaseLine } from '../knowledge/schema.js';
import { DIMENSION_LABEL, type Dimension } from '../scoring/weights.js';
import { CRITERIA, type Criterion } from '../vocabulary.js';
import type { DecisionDetails, DecisionRecord, Person } from '../team/records.js';

export interface DetailsInput {
  options: DecisionRecord['options'];
  weights: Record<string, number>;
  chosen: string | undefined;
  decisionMakers: Person[];
  consulted: Person[];
  rounds?: string[];
}

const points = (n: number) => n.toFixed(2);
const label = (c: string) => DIMENSION_LABEL[c as Dimension] ?? c;

/** Weighted points the chosen framework gains (positive) or loses on each criterion against another. */
function gains(kb: KnowledgeBase, weights: Record<string, number>, chosen: FrameworkProfile, other: FrameworkProfile): Array<{ criterion: Criterion; gain: number }> {
  return CRITERIA.map((c) => ({ criterion: c, gain: (weights[c] ?? 0) * (chosen.scores[c].value - other.scores[c].value) })).sort((a, b) => b.gain - a.gain);
}

/** The release line the current version belongs to: the one a team starting today would adopt. */
export function currentLine(f: FrameworkProfile): ReleaseLine {
  const version = f.releases.current.version.replace(/^v/, '');
  const bare = (l: ReleaseLine) => l.line.replace(/^v/, '');
  return f.releases.lines.find((l) => version === bare(l) || version.startsWith(`${bare(l)}.`)) ?? f.releases.lines[0]!;
}

function reasonFor(kb: KnowledgeBase, input: DetailsInput): DecisionDetails['reason'] {
  const chosen = input.chosen ? kb.get(input.chosen) : undefined;
  if (!chosen) return { why: ['No single option was chosen, so the decision is still open.'] };
  const ranked = [...input.options].sort((a, b) => b.score - a.score);
  const runnerUpId = ranked.find((o) => o.id !== chosen.id)?.id;
  const runnerUp = runnerUpId ? kb.get(runnerUpId) : undefined;
  const scoreOf = (id: string) => input.options.find((o) => o.id === id)?.score ?? 0;
  if (!runnerUp) return { why: [`${chosen.name} was the only option considered.`] };
  const lines = gains(kb, input.weights, chosen, runnerUp);
  const ahead = lines.filter((l) => l.gain > 0).slice(0, 3);
  const behind = lines.filter((l) => l.gain < 0).reverse().slice(0, 2);
  const why = ahead.map((l) => `${label(l.criterion)}: ${chosen.name} ${chosen.scores[l.criterion].value} against ${runnerUp.name} ${runnerUp.scores[l.criterion].value} (+${points(l.gain)} points at ${Math.round((input.weights[l.criterion] ?? 0) * 100)}% weight)`);
  if (why.length === 0) why.push(`${chosen.name} scores no higher than ${runnerUp.name} on any criterion; the team chose it for reasons outside the scores.`);
  const margin = scoreOf(chosen.id) - scoreOf(runnerUp.id);
  const whyNotRunnerUp =
    behind.length > 0
      ? `${runnerUp.name} (${points(scoreOf(runnerUp.id))}) is ahead on ${behind.map((l) => label(l.criterion)).join(' and ')}, which weigh less here.`
      : `${runnerUp.name} (${points(scoreOf(runnerUp.id))}) is not ahead on any criterion.`;
  const top = behind[0];
  const flipPoint =
    margin <= 0
      ? `The scores favour ${runnerUp.name} by ${points(-margin)} points; the team chose ${chosen.name} anyway.`
      : top
        ? `${runnerUp.name} is ${points(margin)} points behind overall but ${(runnerUp.scores[top.criterion].value - chosen.scores[top.criterion].value).toFixed(1)} ahead on ${label(top.criterion)}: giving ${label(top.criterion)} more weight is what would flip this decision.`
        : `No change of priorities makes ${runnerUp.name} lead.`;
  const confidence = margin >= 1 ? `High: ${points(margin)} points ahead on a 0-10 scale.` : margin >= 0.3 ? `Medium: ${points(margin)} points ahead on a 0-10 scale.` : `Low: ${points(Math.abs(margin))} points apart on a 0-10 scale, too close to call on the scores alone.`;
  return { why, whyNotRunnerUp, flipPoint, confidence };
}

export function decisionDetails(kb: KnowledgeBase, input: DetailsInput): DecisionDetails {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const chosen = input.chosen ? kb.get(input.chosen) : undefined;
  const line = chosen ? currentLine(chosen) : undefined;
  const evidence = Object.fromEntries(
    input.options.flatMap((o) => {
      const f = kb.get(o.id);
      return f ? [[o.id, { pros: f.strengths.slice(0, 4), cons: f.watchouts.slice(0, 4) }]] : [];
    }),
  );
  return {
    title: chosen ? `Use ${chosen.name} as our backend framework` : `Choose between ${input.options.map((o) => name(o.id)).join(', ')}`,
    decisionMakers: input.decisionMakers,
    consulted: input.consulted,
    reason: reasonFor(kb, input),
    evidence,
    consequences: {
      watchouts: chosen ? chosen.watchouts.slice(0, 5) : [],
      ...(line ? { line: line.line } : {}),
      ...(line?.endOfLife ? { supportedUntil: line.endOfLife } : {}),
    },
    ...(input.rounds ? { rounds: input.rounds } : {}),
  };
}

/** A record's details; records from before they were kept get them rebuilt from today's knowledge base. */
export function detailsOf(kb: KnowledgeBase, d: DecisionRecord): DecisionDetails {
  if (d.details) return d.details;
  const chosen = d.kind === 'closed-vote' ? d.decision : (d.decision ?? d.options[0]?.id);
  return decisionDetails(kb, { options: d.options, weights: d.weights, chosen, decisionMakers: [d.by], consulted: [] });
}
