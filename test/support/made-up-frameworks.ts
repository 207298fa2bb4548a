/** Small knowledge bases of made-up frameworks, for tests where exact numbers matter: the real data changes. */
import { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import type { FrameworkProfile } from '../../src/core/knowledge/schema.js';
import type { Preferences } from '../../src/core/scoring/preferences.js';
import type { Weights } from '../../src/core/scoring/weights.js';
import { CRITERIA, type Criterion, PROJECT_TYPES } from '../../src/core/vocabulary.js';
import { knowledge } from './knowledge.js';

export interface MadeUp {
  id: string;
  name: string;
  scores: Record<Criterion, number>;
  /** Every score's confidence; high unless said. */
  confidence?: 'high' | 'medium' | 'low';
  languages?: FrameworkProfile['languages'];
  kind?: FrameworkProfile['kind'];
  firstRelease?: number;
  builtins?: Partial<FrameworkProfile['builtins']>;
  /** Project fit for every project type; 5 unless said. */
  fit?: number;
}

/** A copy of a real profile (Django's) with the given scores and facts. */
export function madeUp(spec: MadeUp): FrameworkProfile {
  const base = knowledge().require('django');
  const confidence = spec.confidence ?? 'high';
  const rating = (value: number) => ({ value, source: 'advisor', date: '2026', confidence, note: 'a made-up rating for a test' });
  return {
    ...base,
    id: spec.id,
    name: spec.name,
    aliases: [],
    languages: spec.languages ?? ['python'],
    kind: spec.kind ?? 'micro',
    firstRelease: { ...base.firstRelease, value: spec.firstRelease ?? 2015 },
    builtins: { ...base.builtins, ...spec.builtins },
    // Scores are derived at load in schema v2: each keeps Django's derivation (one benchmark run for all, so no "different runs" note) with the made-up value.
    scores: Object.fromEntries(CRITERIA.map((c) => [c, { ...base.scores[c], ...rating(spec.scores[c]), noBenchmark: false }])) as FrameworkProfile['scores'],
    projectFit: Object.fromEntries(PROJECT_TYPES.map((p) => [p, rating(spec.fit ?? 5)])) as FrameworkProfile['projectFit'],
  };
}

export const madeUpKnowledge = (frameworks: FrameworkProfile[]) => new KnowledgeBase(frameworks, new Map());

export const even = (value: number): Record<Criterion, number> => ({ performance: value, scalability: value, ease: value, security: value, community: value });

export const prefsWith = (weights: Weights, extra: Partial<Preferences> = {}): Preferences => ({
  weights,
  languages: [],
  mustHaves: [],
  licenses: [],
  firmness: 'firm',
  ...extra,
});
