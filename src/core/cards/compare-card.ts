/** The side-by-side comparison: scores with the best of each row marked, built-ins, fit, strengths, watchouts, sources. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { FrameworkProfile } from '../knowledge/schema.js';
import type { RankedFramework } from '../scoring/rank.js';
import { levelAtTop, TIE_MARGIN } from '../scoring/ties.js';
import { describeWeights, type Weights } from '../scoring/weights.js';
import { BUILTINS, BUILTIN_LABEL, CRITERIA, CRITERION_LABEL, LANGUAGE_LABEL } from '../vocabulary.js';
import { type Action, type Block, type Card, fallbackOf, formatPoints, formatScore, type TableRow } from './card.js';
import { scoreSourceNotes } from './sources.js';

/**
 * The index of the one value that is best by more than `margin`; none when the
 * best is shared: a tie is not a win, so no cell is marked.
 */
export function bestIndexes(values: readonly number[], margin = 0): number[] {
  const top = Math.max(...values);
  const best = values.flatMap((v, i) => (top - v <= margin ? [i] : []));
  return best.length === 1 ? best : [];
}

const SUPPORT_MARK = { 'built-in': 'yes', 'first-party': 'official package', community: 'community', none: 'no' } as const;

export interface CompareCardInput {
  /** In the order the user named them. */
  scored: readonly RankedFramework[];
  weights: Weights;
  /** Where the weights came from, e.g. "equal weights" or "this channel's defaults". */
  weightsOrigin: string;
  actions: Action[];
}

function scoreRows(scored: readonly RankedFramework[]): TableRow[] {
  const rows: TableRow[] = CRITERIA.map((c) => {
    const values = scored.map((r) => r.scores[c]);
    return { label: CRITERION_LABEL[c], cells: values.map(formatScore), best: bestIndexes(values) };
  });
  // Totals within the tie margin are level: neither is starred.
  rows.push({ label: 'Overall', cells: scored.map((r) => formatPoints(r.total)), best: bestIndexes(scored.map((r) => r.total), TIE_MARGIN - 1e-9) });
  return rows;
}


function builtinRows(frameworks: readonly FrameworkProfile[]): TableRow[] {
  return BUILTINS.map((b) => ({ label: BUILTIN_LABEL[b], cells: frameworks.map((f) => SUPPORT_MARK[f.builtins[b]]) }));
}

export function compareCard(kb: KnowledgeBase, input: CompareCardInput): Card {
  const frameworks = input.scored.map((r) => r.framework);
  const names = frameworks.map((f) => f.name);
  const title = names.join(' vs ');
  const subtitle = frameworks.map((f) => `${f.name}: ${f.languages.map((l) => LANGUAGE_LABEL[l]).join('/')}, ${f.kind}`).join(' · ');
  const level = levelAtTop(input.scored);
  const leader = level[0]!;
  const verdict =
    level.length > 1
      ? `${level.map((r) => r.framework.name).join(' and ')} are too close to call overall (${level.map((r) => formatPoints(r.total)).join(' and ')}/10, within ${TIE_MARGIN} points).`
      : `${leader.framework.name} scores highest overall with ${formatPoints(leader.total)}/10.`;
  const blocks: Block[] = [
    { type: 'table', heading: 'Scores (0-10)', columns: names, rows: scoreRows(input.scored) },
    {
      type: 'text',
      text: `Under ${input.weightsOrigin} (${describeWeights(input.weights)}), ${verdict} For a recommendation that weighs your project and team, try recommend.`,
    },
    { type: 'table', heading: 'Built in', columns: names, rows: builtinRows(frameworks) },
    { type: 'fields', heading: 'Best fit', fields: frameworks.map((f) => ({ label: f.name, value: f.bestFit.join('; ') })) },
    { type: 'fields', heading: 'Strengths', fields: frameworks.map((f) => ({ label: f.name, value: f.strengths.slice(0, 2).join('; ') })) },
    { type: 'fields', heading: 'Watch out for', fields: frameworks.map((f) => ({ label: f.name, value: f.watchouts.slice(0, 2).join('; ') })) },
    { type: 'notes', items: scoreSourceNotes(kb, frameworks) },
  ];
  const scoreLine = input.scored.map((r) => `${r.framework.name} ${formatPoints(r.total)}`).join(', ');
  return { title, subtitle, blocks, actions: input.actions, fallback: fallbackOf(title, `Overall: ${scoreLine}`, []) };
}
