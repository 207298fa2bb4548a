/**
 * The recommendation: the top three with their contributions, why the leader
 * leads, why the runner-up trails, what would flip it, and how sure we are.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Term } from '../scoring/explanation.js';
import type { FlipPoint } from '../scoring/flip-point.js';
import type { MustHavesToDrop } from '../scoring/must-haves-to-drop.js';
import { type Answers, describeAnswers } from '../team/answers.js';
import { LANGUAGE_LABEL, MUST_HAVE_LABEL } from '../vocabulary.js';
import { type Recommendation, TIE_MARGIN, TIE_SHARE } from '../scoring/recommendation.js';
import type { RankedFramework } from '../scoring/rank.js';
import { DIMENSIONS, DIMENSION_LABEL, describeWeights, percent } from '../scoring/weights.js';
import { type Action, type Block, type Card, fallbackOf, formatPoints, formatScore } from './card.js';
import { scoreSourceNotes } from './sources.js';

const SHOWN = 3;
const EXCLUSIONS_SHOWN = 6;

/** "community (10 vs 8, +0.40 points)": the criterion, both scores, and what the gap is worth. */
function gapText(ahead: RankedFramework, behind: RankedFramework, t: Term, sign: '+' | '-'): string {
  const d = t.dimension;
  return `${DIMENSION_LABEL[d].toLowerCase()} (${formatScore(ahead.scores[d])} vs ${formatScore(behind.scores[d])}, ${sign}${formatPoints(t.points)} points)`;
}

const listed = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const either = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** Why the leader leads: only its advantages over the runner-up, largest first. */
export function whyLeader(rec: Recommendation): string {
  const [leader, runnerUp] = rec.ranked;
  if (!runnerUp) return `${leader!.framework.name} is the only framework that qualifies; it scores ${formatPoints(leader!.total)}/10.`;
  const why = rec.explanation.why;
  if (why.length === 0) return `${leader!.framework.name} and ${runnerUp.framework.name} score the same on every criterion that counts (${formatPoints(leader!.total)}/10).`;
  return `Over ${runnerUp.framework.name}, ${leader!.framework.name} gains most on ${listed(why.map((t) => gapText(leader!, runnerUp, t, '+')))}.`;
}

/** Where the runner-up loses most, and, honestly, where it is ahead. */
export function whyNotRunnerUp(rec: Recommendation): string {
  const [leader, runnerUp] = rec.ranked as [RankedFramework, RankedFramework];
  const gap = leader.total - runnerUp.total;
  const standing = gap < TIE_MARGIN ? `is level with ${leader.framework.name} (${formatPoints(gap)} points apart)` : `trails by ${formatPoints(gap)} points`;
  const losses = rec.explanation.whyNot.map((t) => gapText(runnerUp, leader, t, '-'));
  const ahead = rec.explanation.runnerUpAhead.map((t) => gapText(runnerUp, leader, t, '+'));
  const lossText = losses.length > 0 ? `: it loses most on ${listed(losses)}` : '';
  const aheadText = ahead.length > 0 ? ` It is ahead on ${listed(ahead)}${gap < TIE_MARGIN ? '' : ', which does not make up for it'}.` : '';
  return `${runnerUp.framework.name} ${standing}${lossText}.${aheadText}`;
}

/** A flip's weight: whole percent when it is one, else one decimal (a change under a point). */
export function flipPercent(weight: number, precise: boolean): string {
  return precise ? `${(weight * 100).toFixed(1)}%` : percent(weight);
}

/** A share of draws; in tenths near the tie threshold, so "60%" never stands for a share that is called a tie. */
function sharePercent(share: number): string {
  return Math.abs(share - TIE_SHARE) < 0.005 ? `${(share * 100).toFixed(1)}%` : percent(share);
}

export function describeFlip(rec: Recommendation): string {
  const [leader, runnerUp] = rec.ranked as [RankedFramework, RankedFramework | undefined];
  const name = leader.framework.name;
  if (rec.levelWith.length > 0) {
    const others = rec.levelWith.map((r) => r.framework.name);
    return `${name} is already level with ${listed(others)} (within ${TIE_MARGIN} points): no change of priorities is needed for ${others.length > 1 ? 'any of them' : others[0]} to come first.`;
  }
  const flip = rec.flip;
  if (flip) {
    const criterion = DIMENSION_LABEL[flip.dimension].toLowerCase();
    const precise = Math.abs(flip.to * 100 - Math.round(flip.to * 100)) > 1e-6;
    return `${name} leads ${flip.challenger.framework.name} by ${formatPoints(leader.total - flip.challenger.total)} points; if ${criterion} mattered ${flipPercent(flip.to, precise)} instead of ${flipPercent(flip.from, precise)}, ${flip.challenger.framework.name} would lead.`;
  }
  if (!runnerUp) return `No other framework qualifies, so nothing can put another first.`;
  const none = 'No change of a single priority puts another framework first.';
  const pair = rec.pairFlip;
  if (!pair) return `${none} ${name} is at least as good as every other on what counts.`;
  const lower = DIMENSION_LABEL[pair.lower].toLowerCase();
  const raise = DIMENSION_LABEL[pair.raise].toLowerCase();
  return `${none} Moving ${Math.round(pair.points * 100)} points of weight from ${lower} to ${raise} (${lower} ${percent(pair.weights[pair.lower])}, ${raise} ${percent(pair.weights[pair.raise])}) would put ${pair.challenger.framework.name} first.`;
}

const DRAWS = (rec: Recommendation) => `${rec.confidence.samples.toLocaleString('en-US')} plausible variations (weights around yours, each score within its confidence)`;

export function describeConfidence(rec: Recommendation, kb: KnowledgeBase): string {
  const leader = rec.ranked[0]!;
  const name = leader.framework.name;
  const question = rec.tieBreaker ?? 'tell me more about what matters.';
  if (rec.moreDraws) {
    const other = rec.moreDraws.framework.framework.name;
    return `${name} leads at your weights and scores, but ${other} comes first in more of ${DRAWS(rec)}: ${other} in ${percent(rec.moreDraws.share)}, ${name} in ${percent(rec.leaderShare)}. That is too close to call: ${question}`;
  }
  const others = [...rec.confidence.firstShare]
    .filter(([id]) => id !== leader.framework.id)
    .slice(0, 2)
    .map(([id, share]) => `${kb.require(id).name} in ${percent(share)}`);
  const base = `${name} comes first in ${sharePercent(rec.leaderShare)} of ${DRAWS(rec)}${others.length > 0 ? `; ${others.join(', ')}` : ''}.`;
  if (!rec.tie) return base;
  const level = rec.levelWith.length > 0 ? ` ${listed([leader, ...rec.levelWith].map((r) => r.framework.name))} are level on totals.` : '';
  return `${base}${level} That is too close to call: ${question}`;
}

/** Must-have exclusions one by one (they are close calls); language exclusions as one line. */
function exclusionLines(rec: Recommendation, answers: Answers): string[] {
  const byLanguage = rec.excluded.filter((e) => e.reason.startsWith('written in'));
  const other = rec.excluded.filter((e) => !byLanguage.includes(e));
  const shown = other.slice(0, EXCLUSIONS_SHOWN).map((e) => `${e.framework.name}: ${e.reason}`);
  if (other.length > shown.length) shown.push(`and ${other.length - shown.length} more without a must-have`);
  if (byLanguage.length > 0) {
    const allowed = (answers.languages ?? []).map((l) => LANGUAGE_LABEL[l]).join(' or ');
    const names = byLanguage.map((e) => e.framework.name);
    const list = names.length > 8 ? `${names.slice(0, 8).join(', ')} and ${names.length - 8} more` : names.join(', ');
    shown.push(`${byLanguage.length} not written in ${allowed}: ${list}`);
  }
  return shown;
}

/** "Gin, Echo and Fiber"; past four names, "and N more". */
function nameList(names: readonly string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : [...names];
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/** "Drop ORM and migrations: Gin, Echo and Fiber qualify." */
function describeDrop(way: MustHavesToDrop): string {
  const labels = way.drop.map((m) => MUST_HAVE_LABEL[m]);
  // A serial comma, since a label may hold "and" itself ("ORM and migrations, and authentication").
  const dropped = labels.length > 1 ? `${labels.slice(0, -1).join(', ')}, and ${labels.at(-1)}` : labels[0];
  return `Drop ${dropped}: ${nameList(way.admits.map((f) => f.name))} ${way.admits.length === 1 ? 'qualifies' : 'qualify'}.`;
}

function contributionRows(top: readonly RankedFramework[], rec: Recommendation) {
  const used = DIMENSIONS.filter((d) => rec.weights[d] > 0);
  const rows = used.map((d) => ({
    label: `${DIMENSION_LABEL[d]} (${percent(rec.weights[d])})`,
    cells: top.map((r) => `${formatPoints(r.contributions[d])} (${formatScore(r.scores[d])})`),
  }));
  rows.push({ label: 'Total /10', cells: top.map((r) => formatPoints(r.total)) });
  return rows;
}

export function recommendationCard(kb: KnowledgeBase, rec: Recommendation, answers: Answers, weightsOrigin: string, actions: Action[]): Card {
  const [leader, runnerUp] = rec.ranked;
  const basedOn = describeAnswers(answers);
  if (!leader) {
    const title = 'No framework meets every must-have';
    const ways = (rec.ifDropped ?? []).map(describeDrop);
    const blocks: Block[] = [
      { type: 'text', text: ways.length > 0 ? 'Every framework I know was excluded by the answers. Drop a must-have and ask again:' : 'Every framework I know was excluded by the answers. Relax a language or a must-have and ask again.' },
      ...(ways.length > 0 ? [{ type: 'list' as const, heading: 'What dropping a must-have would admit', items: ways }] : []),
      { type: 'list', heading: 'Excluded', items: rec.excluded.slice(0, EXCLUSIONS_SHOWN).map((e) => `${e.framework.name}: ${e.reason}`) },
      { type: 'notes', items: [`Based on: ${basedOn}`] },
    ];
    return { title, subtitle: basedOn, blocks, actions, fallback: fallbackOf(title, basedOn, blocks) };
  }
  const top = rec.ranked.slice(0, SHOWN);
  const title = rec.tie && runnerUp ? `Too close to call: ${either(rec.contenders.map((r) => r.framework.name))}` : `Recommended: ${leader.framework.name}`;
  const blocks: Block[] = [
    { type: 'table', heading: 'Top picks: points contributed (score)', columns: top.map((r, i) => `#${i + 1} ${r.framework.name}`), rows: contributionRows(top, rec) },
    { type: 'text', heading: `Why ${leader.framework.name}`, text: whyLeader(rec) },
  ];
  if (runnerUp) blocks.push({ type: 'text', heading: `Why not ${runnerUp.framework.name}`, text: whyNotRunnerUp(rec) });
  blocks.push({ type: 'text', heading: 'What would change it', text: describeFlip(rec) });
  blocks.push({ type: 'text', heading: 'How sure', text: describeConfidence(rec, kb) });
  if (rec.excluded.length > 0) blocks.push({ type: 'list', heading: `Excluded (${rec.excluded.length})`, items: exclusionLines(rec, answers) });
  blocks.push({
    type: 'notes',
    // The answers are the subtitle; the small print does not repeat them.
    items: [`Weights (${weightsOrigin}): ${describeWeights(rec.weights)}`, ...scoreSourceNotes(kb, top.map((r) => r.framework))],
  });
  const summary = top.map((r, i) => `${i + 1}. ${r.framework.name} ${formatPoints(r.total)}`).join(', ');
  return { title, subtitle: basedOn, blocks, actions, fallback: fallbackOf(title, summary, blocks.filter((b) => b.type === 'text')) };
}
