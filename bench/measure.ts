/**
 * Timing that survives a noisy machine: every figure is a median over
 * repeated runs, and comparisons are ratios of figures measured in the same run.
 */
export interface Timing {
  ops_per_s: number;
  p50_us: number;
  p99_us: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One run: `iterations` calls, each timed; returns throughput and percentiles in microseconds. */
function runOnce(fn: () => unknown, iterations: number): Timing {
  const samples = new Float64Array(iterations);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const totalSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const sorted = [...samples].sort((a, b) => a - b);
  return { ops_per_s: iterations / totalSeconds, p50_us: percentile(sorted, 50), p99_us: percentile(sorted, 99) };
}

/** Warms up, then takes the median of each figure over `runs` runs. */
export function measure(fn: () => unknown, { iterations = 2000, runs = 7, warmup = 500 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const results = Array.from({ length: runs }, () => runOnce(fn, iterations));
  return {
    ops_per_s: Math.round(median(results.map((r) => r.ops_per_s))),
    p50_us: round(median(results.map((r) => r.p50_us))),
    p99_us: round(median(results.map((r) => r.p99_us))),
  };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
