/**
 * What a chart shows, decided in the core next to the card so both say the
 * same thing. Plain data, no drawing: renderers (SVG/PNG, or anything later)
 * only lay it out. Numbers are the unrounded ones; renderers format them.
 */
import { formatPoints } from '../cards/card.js';
import type { RankedFramework } from '../scoring/rank.js';
import { DIMENSIONS, DIMENSION_LABEL, describeWeights, type Dimension, type Weights } from '../scoring/weights.js';
import { CRITERIA, CRITERION_LABEL, type Criterion } from '../vocabulary.js';
import { FRAMEWORKS_QUADRANT, PLACEMENT_RULE, RADAR_RINGS, type RadarMovement, type RadarRing, type TeamRadar } from '../decisions/radar.js';

/** The card's table shows the top 3; the picture has room to show how far the next two trail. */
export const RECOMMENDATION_BARS = 5;

/** A comparison: each framework's 0-10 score on the five criteria. */
export interface ComparisonChart {
  kind: 'compare';
  title: string;
  /** What the numbers are and the weights behind the overall totals, e.g. "Scores out of 10. Overall under equal weights (Performance 20%, ...): ...". */
  subtitle: string;
  criteria: Array<{ id: Criterion; label: string }>;
  /** In the order the user named them. */
  frameworks: Array<{ id: string; name: string; scores: Record<Criterion, number>; total: number }>;
}

/** A recommendation: best first, each total split into the points every dimension contributed. */
export interface RecommendationChart {
  kind: 'recommend';
  title: string;
  /** The weights in use, e.g. "Weights (from your answers): Project fit 38%, ...". */
  subtitle: string;
  /** Only the dimensions that carry weight: the others contribute nothing. */
  dimensions: Array<{ id: Dimension; label: string; weight: number }>;
  bars: Array<{ id: string; name: string; total: number; contributions: Partial<Record<Dimension, number>> }>;
}

/** A tech radar: one quadrant, four rings, a numbered blip per framework (the list beside it uses the same numbers). */
export interface RadarChart {
  kind: 'radar';
  title: string;
  /** Where the decisions come from and the date, e.g. "From 3 decisions in this channel, as of 2025-06-01". */
  subtitle: string;
  quadrant: string;
  rings: readonly RadarRing[];
  /** In radar order: ring (Adopt first), then name; `number` is the blip's label. */
  blips: Array<{ number: number; id: string; name: string; ring: RadarRing; isNew: boolean; movement: RadarMovement; decidedIn: string }>;
  /** How a framework that several decisions name is placed, for the legend and the alt text. */
  rule: string;
}

export type ChartData = ComparisonChart | RecommendationChart | RadarChart;

export function comparisonChartData(scored: readonly RankedFramework[], weights: Weights, weightsOrigin: string): ComparisonChart {
  return {
    kind: 'compare',
    title: scored.map((r) => r.framework.name).join(' vs '),
    subtitle: `Scores out of 10. Overall under ${weightsOrigin} (${describeWeights(weights)}): ${scored.map((r) => `${r.framework.name} ${formatPoints(r.total)}`).join(', ')}`,
    criteria: CRITERIA.map((id) => ({ id, label: CRITERION_LABEL[id] })),
    frameworks: scored.map((r) => ({
      id: r.framework.id,
      name: r.framework.name,
      scores: Object.fromEntries(CRITERIA.map((c) => [c, r.scores[c]])) as Record<Criterion, number>,
      total: r.total,
    })),
  };
}

/** Undefined when nothing qualified: there is nothing to draw. */
export function recommendationChartData(ranked: readonly RankedFramework[], weights: Weights, weightsOrigin: string): RecommendationChart | undefined {
  const top = ranked.slice(0, RECOMMENDATION_BARS);
  if (top.length === 0) return undefined;
  const used = DIMENSIONS.filter((d) => weights[d] > 0);
  return {
    kind: 'recommend',
    title: `Top ${top.length}: points each priority contributes (out of 10)`,
    subtitle: `Weights (${weightsOrigin}): ${describeWeights(weights)}`,
    dimensions: used.map((id) => ({ id, label: DIMENSION_LABEL[id], weight: weights[id] })),
    bars: top.map((r) => ({
      id: r.framework.id,
      name: r.framework.name,
      total: r.total,
      contributions: Object.fromEntries(used.map((d) => [d, r.contributions[d]])),
    })),
  };
}

/** Undefined for an empty radar: there is nothing to draw. */
export function radarChartData(radar: TeamRadar, title: string, subtitle: string): RadarChart | undefined {
  if (radar.entries.length === 0) return undefined;
  const where = (e: TeamRadar['entries'][number]) => `${e.placedBy.adr}${radar.scope === 'workspace' ? ` (${e.placedBy.channel})` : ''} ${e.placedBy.status}`;
  return {
    kind: 'radar',
    title,
    subtitle,
    quadrant: FRAMEWORKS_QUADRANT,
    rings: RADAR_RINGS,
    blips: radar.entries.map((e, i) => ({ number: i + 1, id: e.id, name: e.name, ring: e.ring, isNew: e.isNew, movement: e.movement, decidedIn: where(e) })),
    rule: PLACEMENT_RULE,
  };
}
