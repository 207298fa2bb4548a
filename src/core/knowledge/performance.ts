/**
 * Performance from TechEmpower figures: each test on its round's fixed log
 * scale, combined by a weighted geometric mean of the throughput ratios
 * (equivalently, a weighted mean of the per-test log scores).
 *
 *   test score  = 10 * (DECADES + log10(rps / top)) / DECADES
 *   performance = clamp(0, 10, sum(w_t * test score_t) / sum(w_t))   over the tests present
 *
 * Only the latest official round the framework has figures in is used; a
 * framework with none falls back to the performance rubric at low confidence.
 */
import { DECADES, LATEST_ROUND, roundOf, TEST_WEIGHTS } from './benchmark-rounds.js';
import type { DerivedScore, TestScore } from './profile.js';
import { rubricScore } from './rubric.js';
import type { Benchmark, Confidence, FrameworkFile } from './schema.js';
import { lowest, roundScore } from './score-arithmetic.js';

export function testScore(requestsPerSecond: number, top: number): number {
  return (10 * (DECADES + Math.log10(requestsPerSecond / top))) / DECADES;
}

/** The figures that count: the latest scored round that has any, one figure per test. */
export function scoredFigures(benchmarks: readonly Benchmark[]): Benchmark[] {
  const scorable = benchmarks.filter((b) => roundOf(b.round)?.top[b.test] !== undefined && TEST_WEIGHTS[b.test] !== undefined);
  const latest = Math.max(...scorable.map((b) => b.round));
  return scorable.filter((b) => b.round === latest);
}

function benchmarkConfidence(round: number, figures: readonly Benchmark[]): Confidence {
  const complete = figures.some((b) => b.test === 'fortunes') && figures.length >= 3;
  const byRound: Confidence = round === LATEST_ROUND ? (complete ? 'high' : 'medium') : complete ? 'medium' : 'low';
  return lowest([byRound, ...figures.map((b) => b.confidence)]);
}

function describe(round: number, tests: readonly TestScore[], variants: readonly string[]): string {
  const parts = tests.map((t) => `${t.test} ${t.requestsPerSecond.toLocaleString('en-US')} req/s = ${roundScore(t.score)}`);
  const earlier = round === LATEST_ROUND ? '' : `; Round ${LATEST_ROUND} has no figure for it, so an earlier round is used`;
  return `TechEmpower Round ${round}, variant ${variants.join(' / ')}: ${parts.join(', ')}; weighted geometric mean on the fixed log scale${earlier}`;
}

export function performanceScore(file: FrameworkFile): DerivedScore {
  const figures = scoredFigures(file.benchmarks);
  if (figures.length === 0) return noBenchmark(file);
  const round = roundOf(figures[0]!.round)!;
  const tests: TestScore[] = figures.map((b) => ({
    test: b.test,
    requestsPerSecond: b.requestsPerSecond,
    score: testScore(b.requestsPerSecond, round.top[b.test]!),
    weight: TEST_WEIGHTS[b.test]!,
  }));
  const totalWeight = tests.reduce((sum, t) => sum + t.weight, 0);
  const combined = tests.reduce((sum, t) => sum + t.weight * t.score, 0) / totalWeight;
  const variants = [...new Set(figures.map((b) => b.variant))];
  return {
    value: roundScore(Math.min(10, Math.max(0, combined))),
    source: round.source,
    date: round.published,
    confidence: benchmarkConfidence(round.round, figures),
    note: describe(round.round, tests, variants),
    derivation: { method: 'benchmark', round: round.round, run: round.run, tests },
    noBenchmark: false,
  };
}

function noBenchmark(file: FrameworkFile): DerivedScore {
  const rubric = file.rubrics.performance;
  if (!rubric) throw new Error(`${file.id} has no benchmark figure and no performance rubric to fall back on`);
  const score = rubricScore('performance', rubric);
  return {
    ...score,
    date: file.rubrics.asOf,
    confidence: 'low',
    note: `No benchmark: our own estimate from the runtime, I/O model and framework overhead. ${score.note}`,
    noBenchmark: true,
  };
}
