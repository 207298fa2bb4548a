/**
 * Weights: how much each criterion (and the project fit) counts. Weights are
 * always normalised to sum 1 so a contribution reads as "points out of 10".
 */
import { CRITERIA, type Criterion, CRITERION_LABEL } from '../vocabulary.js';

/** The five criteria plus "fit": how well a framework suits the project type. */
export const DIMENSIONS = [...CRITERIA, 'fit'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABEL: Record<Dimension, string> = { ...CRITERION_LABEL, fit: 'Project fit' };

export type Weights = Readonly<Record<Dimension, number>>;

/** A channel's importances as the team typed them (`weights performance=3`); unnamed criteria count 1. */
export type ChannelImportance = Partial<Record<Criterion, number>>;

/** A channel's importances as weights: the criteria it names at its numbers, every other criterion at 1, normalised. */
export function channelWeights(importance: ChannelImportance): Weights {
  return normalise(Object.fromEntries(CRITERIA.map((c) => [c, importance[c] ?? 1])) as Record<Criterion, number>);
}

/** "performance 3, security 2, the others 1": what a channel set, in its own numbers. */
export function describeImportance(importance: ChannelImportance): string {
  const named = CRITERIA.filter((c) => importance[c] !== undefined);
  const parts = named.map((c) => `${CRITERION_LABEL[c].toLowerCase()} ${importance[c]}`);
  if (named.length < CRITERIA.length) parts.push(named.length === 0 ? 'every criterion 1' : 'the others 1');
  return parts.join(', ');
}

/** Scales raw importances to sum 1; all-zero input gives equal criteria weights. */
export function normalise(raw: Partial<Record<Dimension, number>>): Weights {
  const entries = DIMENSIONS.map((d) => [d, Math.max(0, raw[d] ?? 0)] as const);
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  if (total === 0) return equalCriteriaWeights();
  return Object.fromEntries(entries.map(([d, v]) => [d, v / total])) as Record<Dimension, number>;
}

/** Equal weights on the five criteria, none on project fit: the "overall" of seed 002. */
export function equalCriteriaWeights(): Weights {
  return normalise(Object.fromEntries(CRITERIA.map((c) => [c, 1])) as Record<Criterion, number>);
}

export function percent(weight: number): string {
  return `${Math.round(weight * 100)}%`;
}

/** "Performance 30%, Security 20%, ..." for the weights above zero, largest first. */
export function describeWeights(weights: Weights): string {
  return DIMENSIONS.filter((d) => weights[d] > 0)
    .sort((a, b) => weights[b] - weights[a])
    .map((d) => `${DIMENSION_LABEL[d]} ${percent(weights[d])}`)
    .join(', ');
}
