/**
 * From a framework file to the profile the core reads: the five criterion
 * scores derived from the file's evidence, the legacy view of the built-ins,
 * and project fit with its date. Nothing here reads a score from the file.
 */
import { BUILTINS, PROJECT_TYPES, type Builtin, type ProjectType } from '../vocabulary.js';
import { communityScore } from './community.js';
import { performanceScore } from './performance.js';
import type { FitRating, FrameworkProfile, Support } from './profile.js';
import { rubricScore } from './rubric.js';
import type { BuiltinSupport, FrameworkFile, SupportLevel } from './schema.js';

const LEGACY_SUPPORT: Record<SupportLevel, Support> = { framework: 'built-in', official: 'first-party', community: 'community', none: 'none' };

/** A paid add-on does not count as shipping with the framework. */
export function legacySupport(b: BuiltinSupport): Support {
  return b.paid && b.level !== 'none' ? 'community' : LEGACY_SUPPORT[b.level];
}

export function deriveScores(file: FrameworkFile): FrameworkProfile['scores'] {
  const fromRubric = (name: 'security' | 'scalability' | 'ease') => ({ ...rubricScore(name, file.rubrics[name] as never), date: file.rubrics.asOf });
  return {
    performance: performanceScore(file),
    scalability: fromRubric('scalability'),
    ease: fromRubric('ease'),
    security: fromRubric('security'),
    community: communityScore(file),
  };
}

export function deriveProfile(file: FrameworkFile): FrameworkProfile {
  const builtins = Object.fromEntries(BUILTINS.map((b) => [b, legacySupport(file.builtins[b])])) as Record<Builtin, Support>;
  const projectFit = {} as Record<ProjectType, FitRating>;
  for (const p of PROJECT_TYPES) projectFit[p] = { ...file.projectFit[p], source: 'advisor', date: file.projectFit[p].asOf };
  return { ...file, builtins, builtinSupport: file.builtins, scores: deriveScores(file), projectFit };
}
