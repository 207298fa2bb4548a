/**
 * A framework as the rest of the core reads it: the file's facts plus the
 * five criterion scores derived from its evidence. Cards and the scorer read
 * `scores.<criterion>.value` / `.confidence` and `projectFit.<project>.value`;
 * those stay put, and new detail goes into new fields.
 */
import type { Builtin, Criterion, ProjectType } from '../vocabulary.js';
import type { Adoption, Benchmark, BenchmarkTest, BuiltinSupport, Confidence, FrameworkFile, PublishedRating, Releases, RubricName } from './schema.js';

/** A 0-10 rating with where it came from, as of when, and how sure. */
export interface Rating {
  value: number;
  source: string;
  /** As of when the evidence behind it was read (or, for a fit rating, written). */
  date: string;
  confidence: Confidence;
  /** How it was derived, or the reasoning behind a rating of our own. */
  note?: string;
}

export interface TestScore {
  test: BenchmarkTest;
  requestsPerSecond: number;
  /** The test's own 0-10 on the round's fixed log scale. */
  score: number;
  weight: number;
}

export interface SignalScore {
  measure: Adoption['measure'];
  value: number;
  score: number;
  weight: number;
}

export interface ItemScore {
  item: string;
  value: number;
  weight: number;
  note: string;
}

export type Derivation =
  | { method: 'benchmark'; round: number; run: string; tests: TestScore[] }
  | { method: 'adoption'; signals: SignalScore[]; missing: Array<Adoption['measure']> }
  | { method: 'rubric'; rubric: RubricName; items: ItemScore[] };

export interface DerivedScore extends Rating {
  note: string;
  derivation: Derivation;
  /** Performance with no benchmark figure at all: the card says "no benchmark". */
  noBenchmark: boolean;
}

/** The legacy four-value view of a built-in that the cards and filters read. */
export type Support = 'built-in' | 'first-party' | 'community' | 'none';

export interface FitRating extends Rating {
  note: string;
}

export interface FrameworkProfile extends Omit<FrameworkFile, 'builtins' | 'projectFit'> {
  builtins: Record<Builtin, Support>;
  /** Each built-in with its support level, package and whether it is paid. */
  builtinSupport: Record<Builtin, BuiltinSupport>;
  scores: Record<Criterion, DerivedScore>;
  projectFit: Record<ProjectType, FitRating>;
  benchmarks: Benchmark[];
  publishedRatings: PublishedRating[];
  releases: Releases;
}
