/**
 * The recommendation: the top three with their contributions, why the leader
 * leads, why the runner-up trails, what would flip it, and how sure we are.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FlipPoint } from '../scoring/flip-point.js';
import type { MustHavesToDrop } from '../scoring/must-haves-to-drop.js';
import type { Answers } from '../scoring/preferences.js';
import { largestDeficits, type Recommendation, strongestTerms, type Term } from '../scoring/recommendation.js';
import type { RankedFramework } from '../scoring/rank.js';
import { DIMENSIONS, DIMENSION_LABEL, describeWeights, percent } from '../scoring/weights.js';
import { LANGUAGE_LABEL, MUST_HAVE_LABEL, PROJECT_LABEL, SCALE_LABEL, TEAM_LABEL } from '../vocabulary.js';
import { type Action, type Block, type Card, fallbackOf, formatPoints, formatScore } from './card.js';
import { scoreSourceNotes } from './sources.js';

const SHOWN = 3;
const EXCLUSIONS_SHOWN = 6;

/** "AI/ML service · Python · priorities: performance · millions of users · senior" */
export function describeAnswers(answers: Answers): string {
  const parts = [
    answers.project && PROJECT_LABEL[answers.project],
    answers.languages && (answers.languages.length > 0 ? answers.languages.map((l) => LANGUAGE_LABEL[l]).join(' or ') : 'any language'),
    answers.priorities && answers.priorities.length > 0 && `priorities: ${answers.priorities.map((p) => DIMENSION_LABEL[p].toLowerCase()).join(' and ')}`,
    answers.mustHaves && (answers.mustHaves.length > 0 ? `must have ${answers.mustHaves.map((m) => MUST_HAVE_LABEL[m]).join(', ')}` : 'no must-haves'),
    answers.scale && SCALE_LABEL[answers.scale].toLowerCase(),
    answers.team && `team: ${TEAM_LABEL[answers.team].toLowerCase()}`,
  ];
  const given = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return given.length > 0 ? given.join(' · ') : 'no answers yet: every framework, equal weights';
}

function term(r: RankedFramework, t: Term): string {
  return `${DIMENSION_LABEL[t.dimension].toLowerCase()} (${formatScore(r.scores[t.dimension])}/10, worth ${formatPoints(t.points)} points)`;
}

export function whyLeader(leader: RankedFramework): string {
  const terms = strongestTerms(leader);
  return `${leader.framework.name} scores ${formatPoints(leader.total)}/10; its largest contributions are ${terms.map((t) => term(leader, t)).join(' and ')}.`;
}

export function whyNotRunnerUp(leader: RankedFramework, runnerUp: RankedFramework): string {
  const gap = leader.total - runnerUp.total;
  const deficits = largestDeficits(leader, runnerUp)
    .map((t) => `${DIMENSION_LABEL[t.dimension].toLowerCase()} (${formatScore(runnerUp.scores[t.dimension])} vs ${formatScore(leader.scores[t.dimension])}, ${formatPoints(t.points)} points behind)`)
    .join(' and ');
  return `${runnerUp.framework.name} trails by ${formatPoints(gap)} points, mostly on ${deficits || 'no single criterion'}.`;
}

export function describeFlip(leader: RankedFramework, flip: FlipPoint | undefined): string {
  if (!flip) return `No change of a single priority would put another framework ahead of ${leader.framework.name}.`;
  const name = DIMENSION_LABEL[flip.dimension].toLowerCase();
  return `${leader.framework.name} leads by ${formatPoints(leader.total - flip.challenger.total)} points; if ${name} mattered ${percent(flip.to)} instead of ${percent(flip.from)}, ${flip.challenger.framework.name} would lead.`;
}

export function describeConfidence(rec: Recommendation, kb: KnowledgeBase): string {
  const [first, ...others] = [...rec.confidence.firstShare].slice(0, 3).map(([id, share]) => `${kb.require(id).name} in ${percent(share)}`);
  const rest = others.length > 0 ? `; ${others.join(', ')}` : '';
  const base = `${first} of ${rec.confidence.samples.toLocaleString('en-US')} plausible weightings around yours comes out first${rest}.`;
  if (!rec.tie) return base;
  return `${base} That is too close to call: ${rec.tieBreaker ?? 'tell me more about what matters.'}`;
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
  const title = rec.tie && runnerUp ? `Too close to call: ${leader.framework.name} or ${runnerUp.framework.name}` : `Recommended: ${leader.framework.name}`;
  const blocks: Block[] = [
    { type: 'table', heading: 'Top picks: points contributed (score)', columns: top.map((r, i) => `#${i + 1} ${r.framework.name}`), rows: contributionRows(top, rec) },
    { type: 'text', heading: `Why ${leader.framework.name}`, text: whyLeader(leader) },
  ];
  if (runnerUp) blocks.push({ type: 'text', heading: `Why not ${runnerUp.framework.name}`, text: whyNotRunnerUp(leader, runnerUp) });
  blocks.push({ type: 'text', heading: 'What would change it', text: describeFlip(leader, rec.flip) });
  blocks.push({ type: 'text', heading: 'How sure', text: describeConfidence(rec, kb) });
  if (rec.excluded.length > 0) blocks.push({ type: 'list', heading: `Excluded (${rec.excluded.length})`, items: exclusionLines(rec, answers) });
  blocks.push({
    type: 'notes',
    items: [`Based on: ${basedOn}`, `Weights (${weightsOrigin}): ${describeWeights(rec.weights)}`, ...scoreSourceNotes(kb, top.map((r) => r.framework))],
  });
  const summary = top.map((r, i) => `${i + 1}. ${r.framework.name} ${formatPoints(r.total)}`).join(', ');
  return { title, subtitle: basedOn, blocks, actions, fallback: fallbackOf(title, summary, blocks.filter((b) => b.type === 'text')) };
}
