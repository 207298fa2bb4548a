/**
 * Confidence as rank acceptability (after SMAA-2, Lahdelma & Salminen 2001):
 * draw plausible variations of the question, re-rank, and count how often
 * each framework comes first. A draw varies two things at once:
 *
 * - the weights, sampled around the user's (Dirichlet, tighter for firm answers);
 * - the scores, each within a spread set by its confidence: ±0.25 for high,
 *   ±0.5 for medium, ±1 for low (uniform, not clipped to 0-10, so a score at
 *   the edge of the scale keeps its value on average).
 *
 * A framework's score errors are drawn as one shared offset per framework and
 * draw (each score moves by its own spread times that offset). Ratings of one
 * framework come from the same few sources and the same impression, so their
 * errors do not cancel out; independent errors would average away over six
 * criteria and overstate certainty. This is the cautious choice: two
 * frameworks half a point apart on low-confidence scores come out about 72/28.
 *
 * The generator is seeded from the question, so the same question always gets
 * the same answer. Draws work in preallocated typed arrays: nothing is
 * allocated per draw. A draw in which several frameworks tie splits its win.
 */
import type { Firmness } from './preferences.js';
import type { RankedFramework } from './rank.js';
import { DIMENSIONS, type Weights } from './weights.js';
import type { Confidence as ScoreConfidence } from '../knowledge/schema.js';

export interface Confidence {
  /** Share of draws (0-1) in which each framework came first, by id, largest first; only those that ever did. */
  firstShare: ReadonlyMap<string, number>;
  samples: number;
}

/** Half-width of the uniform spread of a score, by its confidence. */
export const SCORE_SPREAD: Record<ScoreConfidence, number> = { high: 0.25, medium: 0.5, low: 1 };

/** Dirichlet concentration: firm answers keep samples close to the stated weights. */
const CONCENTRATION: Record<Firmness, number | 'uniform'> = { firm: 50, rough: 10, none: 'uniform' };
export const SAMPLES = 2000;
/** Totals closer than this within one draw are the same total. */
const SAME_TOTAL = 1e-12;

/** mulberry32: small, fast, and good enough for Monte Carlo draws. */
export function generator(seed: number): () => number {
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

/** Standard normals by Box-Muller, both halves used: the spare is kept for the next call. */
class Normals {
  #spare = 0;
  #hasSpare = false;
  constructor(private readonly random: () => number) {}

  next(): number {
    if (this.#hasSpare) {
      this.#hasSpare = false;
      return this.#spare;
    }
    const r = Math.sqrt(-2 * Math.log(1 - this.random()));
    const angle = 2 * Math.PI * this.random();
    this.#spare = r * Math.sin(angle);
    this.#hasSpare = true;
    return r * Math.cos(angle);
  }
}

/** Gamma(shape, 1) by Marsaglia and Tsang (with its squeeze, which skips the logarithms most of the time), and the usual boost for shape < 1. */
function gamma(shape: number, random: () => number, normals: Normals): number {
  if (shape === 1) return -Math.log(1 - random());
  if (shape < 1) return gamma(shape + 1, random, normals) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normals.next();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    const xx = x * x;
    if (u < 1 - 0.0331 * xx * xx) return d * v;
    if (Math.log(u) < 0.5 * xx + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Fills `into` with a Dirichlet draw over the dimensions whose `shape` is above zero. */
function drawWeights(shapes: Float64Array, into: Float64Array, random: () => number, normals: Normals): void {
  let total = 0;
  for (let d = 0; d < shapes.length; d++) {
    const g = shapes[d]! > 0 ? gamma(shapes[d]!, random, normals) : 0;
    into[d] = g;
    total += g;
  }
  for (let d = 0; d < shapes.length; d++) into[d]! /= total;
}

export function confidence(ranked: readonly RankedFramework[], weights: Weights, firmness: Firmness, seed: number): Confidence {
  const n = ranked.length;
  const D = DIMENSIONS.length;
  const random = generator(seed);
  const normals = new Normals(random);
  const c = CONCENTRATION[firmness];
  const shapes = new Float64Array(D);
  DIMENSIONS.forEach((d, i) => (shapes[i] = weights[d] > 0 ? (c === 'uniform' ? 1 : c * weights[d]) : 0));
  const scores = new Float64Array(n * D);
  const spreads = new Float64Array(n * D);
  ranked.forEach((r, i) =>
    DIMENSIONS.forEach((d, j) => {
      scores[i * D + j] = r.scores[d];
      spreads[i * D + j] = r.spreads[d];
    }),
  );
  const w = new Float64Array(D);
  const wins = new Float64Array(n);
  const tied = new Int32Array(n);
  for (let s = 0; s < SAMPLES; s++) {
    drawWeights(shapes, w, random, normals);
    let best = -Infinity;
    let count = 0;
    for (let i = 0; i < n; i++) {
      let total = 0;
      let spread = 0;
      for (let j = 0; j < D; j++) {
        total += w[j]! * scores[i * D + j]!;
        spread += w[j]! * spreads[i * D + j]!;
      }
      total += spread * (2 * random() - 1);
      if (total > best + SAME_TOTAL) {
        best = total;
        tied[0] = i;
        count = 1;
      } else if (total >= best - SAME_TOTAL) tied[count++] = i;
    }
    for (let t = 0; t < count; t++) wins[tied[t]!]! += 1 / count;
  }
  const shares = ranked.map((r, i) => [r.framework.id, wins[i]! / SAMPLES] as const).filter(([, share]) => share > 0);
  // Largest first; equal shares by id, so the listing never depends on input order.
  shares.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { firstShare: new Map(shares), samples: SAMPLES };
}
