/** The small arithmetic every derived score shares: rounding and combining confidences. */
import type { Confidence } from './schema.js';

/** Scores are kept to one decimal: finer steps would claim a precision the evidence does not have. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

const ORDER: readonly Confidence[] = ['low', 'medium', 'high'];

/** A chain is as sure as its weakest link. */
export function lowest(confidences: readonly Confidence[]): Confidence {
  return confidences.reduce<Confidence>((low, c) => (ORDER.indexOf(c) < ORDER.indexOf(low) ? c : low), 'high');
}

/** One step less sure. */
export function lowered(confidence: Confidence): Confidence {
  return ORDER[Math.max(0, ORDER.indexOf(confidence) - 1)]!;
}
