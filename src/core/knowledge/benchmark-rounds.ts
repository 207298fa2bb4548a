/**
 * The fixed reference points of the performance scale, chosen once per
 * official TechEmpower round and never recomputed from the frameworks we hold,
 * so adding a framework never moves another's score.
 *
 * For each test, 10 is the round's best result of that test (over all of its
 * implementations, as read from the round's results), rounded up to two
 * significant figures; 0 is a thousandth of that. Figures above the top count
 * as 10, below the floor as 0. Multiple queries and updates are read at 20
 * queries per request, as TechEmpower's results pages show them.
 *
 * Rounds ran on different hardware (Round 23 on 40 GbE servers, about 3-4x the
 * network-bound figures of Round 22), which is why each round has its own
 * reference points and why figures of two rounds are never put side by side.
 */
import type { BenchmarkTest } from './schema.js';

export interface BenchmarkRound {
  round: number;
  run: string;
  /** When the round's results were published. */
  published: string;
  /** The source id in data/sources.json. */
  source: string;
  /** requests/s that scores 10, per test; a test with no entry is not scored in this round. */
  top: Partial<Record<BenchmarkTest, number>>;
}

/** 10 at `top`, 0 at `top / 10^DECADES`. */
export const DECADES = 3;

export const ROUNDS: readonly BenchmarkRound[] = [
  {
    round: 23,
    run: '91a66052-9d86-446c-b31a-eadbd669ed08',
    published: '2025-02-24',
    source: 'techempower-r23',
    // Bests read from the round's physical-hardware results: JSON 3,118,331 (libreactor-server),
    // single query 1,379,909 and updates 63,029 (xitca-web-unrealistic), fortunes 1,327,379
    // (may-minihttp), multiple queries 89,195 (salvo-pg).
    top: { json: 3_200_000, 'single-query': 1_400_000, fortunes: 1_400_000, 'multiple-queries': 90_000, updates: 64_000 },
  },
  {
    round: 22,
    // The run id was not read; the results file names a run of 2023-10-11 at source commit 625684fc, announced 2023-11-15.
    run: 'Round 22 run of 2023-10-11',
    published: '2023-11-15',
    source: 'techempower-r22',
    // Bests of Round 22: JSON 1,211,777 (libreactor-server), single query 628,505 (ntex-db),
    // fortunes 585,122 (may-minihttp). Its multiple-query and update bests were not read: those tests are not scored for it.
    top: { json: 1_300_000, 'single-query': 630_000, fortunes: 590_000 },
  },
];

/** The last official round. A score from an earlier one carries lower confidence. */
export const LATEST_ROUND = 23;

/**
 * How much each test counts in the combined score. Fortunes counts most: it is
 * the one test that does what a real page does (query, sort, render a template,
 * escape the output). Plaintext is left out as the least realistic.
 */
export const TEST_WEIGHTS: Partial<Record<BenchmarkTest, number>> = {
  fortunes: 0.4,
  'single-query': 0.2,
  'multiple-queries': 0.15,
  updates: 0.15,
  json: 0.1,
};

export function roundOf(round: number): BenchmarkRound | undefined {
  return ROUNDS.find((r) => r.round === round);
}
