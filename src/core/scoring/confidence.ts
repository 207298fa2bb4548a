/**
 * Confidence as rank acceptability (after SMAA-2, Lahdelma & Salminen 2001):
 * sample weight vectors around the user's, re-rank, and count how often each
 * framework comes first. The generator is seeded from the question, so the
 * same question always gets the same answer.
 */
import type { Firmness } from './preferences.js';
import type { RankedFramework } from './rank.js';
import { DIMENSIONS, type Dimension, type Weights } from './weights.js';

export interface Confidence {
  /** Share of samples (0-1) in which each framework came first, by id; only those that ever did. */
  firstShare: ReadonlyMap<string, number>;
  samples: number;
}

/** Dirichlet concentration: firm answers keep samples close to the stated weights. */
const CONCENTRATION: Record<Firmness, number | 'uniform'> = { firm: 50, rough: 10, none: 'uniform' };
export const SAMPLES = 2000;

/** mulberry32: small, fast, and good enough for Monte Carlo weights. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the question, so equal questions draw equal samples. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia and Tsang, with the usual boost for shape < 1. */
function gamma(shape: number, random: () => number): number {
  if (shape < 1) return gamma(shape + 1, random) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function sampleWeights(weights: Weights, firmness: Firmness, random: () => number): Record<Dimension, number> {
  const used = DIMENSIONS.filter((d) => weights[d] > 0);
  const c = CONCENTRATION[firmness];
  const draws = used.map((d) => gamma(c === 'uniform' ? 1 : c * weights[d], random));
  const total = draws.reduce((s, v) => s + v, 0);
  const sample: Record<Dimension, number> = { performance: 0, scalability: 0, ease: 0, security: 0, community: 0, fit: 0 };
  used.forEach((d, i) => (sample[d] = draws[i]! / total));
  return sample;
}

export function confidence(ranked: readonly RankedFramework[], weights: Weights, firmness: Firmness, seed: number): Confidence {
  const random = generator(seed);
  const wins = new Map<string, number>();
  for (let s = 0; s < SAMPLES; s++) {
    const w = sampleWeights(weights, firmness, random);
    let bestId = '';
    let bestTotal = -Infinity;
    for (const r of ranked) {
      let total = 0;
      for (const d of DIMENSIONS) total += w[d] * r.scores[d];
      if (total > bestTotal) {
        bestTotal = total;
        bestId = r.framework.id;
      }
    }
    wins.set(bestId, (wins.get(bestId) ?? 0) + 1);
  }
  const firstShare = new Map([...wins].sort((a, b) => b[1] - a[1]).map(([id, n]) => [id, n / SAMPLES]));
  return { firstShare, samples: SAMPLES };
}
