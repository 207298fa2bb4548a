/** The targets of issue 7 for a two-core CI machine, checked against one run's results. */
import type { Results } from './results.js';

export interface TargetCheck {
  name: string;
  value: number;
  target: string;
  met: boolean;
}

/** RSS moves by a few MB between readings on its own (allocator arenas); more than this between 5k and 10k is growth. */
export const RSS_GROWTH_ALLOWANCE_MB = 5;

export function checkTargets(results: Results): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (name: string, value: number | undefined, target: string, met: (v: number) => boolean) => {
    if (value !== undefined) checks.push({ name, value, target, met: met(value) });
  };
  add('slack.c50.throughput_ratio_vs_bare_bolt', results.slack?.c50?.throughput_ratio_vs_bare_bolt, '>= 0.80', (v) => v >= 0.8);
  add('slack.c50.p99_ratio_vs_bare_bolt', results.slack?.c50?.p99_ratio_vs_bare_bolt, '<= 1.5', (v) => v <= 1.5);
  add('core.compare.p99_us', results.core?.compare.p99_us, '< 100', (v) => v < 100);
  add('startup_ms', results.startup_ms, '< 1000', (v) => v < 1000);
  add('rss_mb_after_10k', results.rss_mb_after_10k, '< 150', (v) => v < 150);
  add('rss_growth_mb_5k_to_10k', results.rss_growth_mb_5k_to_10k, `<= ${RSS_GROWTH_ALLOWANCE_MB} (no growth)`, (v) => v <= RSS_GROWTH_ALLOWANCE_MB);
  return checks;
}
