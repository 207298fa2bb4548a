/**
 * Hard constraints first, as filters with a reason; then a weighted sum on
 * fixed 0-10 scales. Because scales never depend on which frameworks are
 * present, filtering or adding one never reorders the others.
 */
import type { FrameworkProfile } from '../knowledge/schema.js';
import { LANGUAGE_LABEL, MUST_HAVE_LABEL, type MustHave } from '../vocabulary.js';
import type { Preferences } from './preferences.js';
import { DIMENSIONS, type Dimension, type Weights } from './weights.js';
import { SCORE_SPREAD } from './confidence.js';

export type DimensionValues = Readonly<Record<Dimension, number>>;

export interface RankedFramework {
  framework: FrameworkProfile;
  /** 0-10: the sum of the contributions. */
  total: number;
  /** weight x score for each dimension. */
  contributions: DimensionValues;
  /** The 0-10 score on each dimension (fit is 0 when no project was given). */
  scores: DimensionValues;
  /** How far each score may be off, from its confidence (see SCORE_SPREAD). */
  spreads: DimensionValues;
}

export interface Exclusion {
  framework: FrameworkProfile;
  reason: string;
}

export interface Ranking {
  weights: Weights;
  ranked: RankedFramework[];
  excluded: Exclusion[];
}

/** A must-have counts as present only when it ships with the framework or as its own official package. */
const MUST_HAVE_FIELDS: Record<MustHave, Array<keyof FrameworkProfile['builtins']>> = {
  admin: ['admin'],
  orm: ['orm', 'migrations'],
  auth: ['auth'],
  realtime: ['realtime'],
};

export function hasMustHave(framework: FrameworkProfile, mustHave: MustHave): boolean {
  return MUST_HAVE_FIELDS[mustHave].every((field) => {
    const support = framework.builtins[field];
    return support === 'built-in' || support === 'first-party';
  });
}

const FIELD_LABEL: Partial<Record<keyof FrameworkProfile['builtins'], string>> = {
  orm: 'an ORM',
  migrations: 'migrations',
  admin: 'an admin UI',
  auth: 'authentication',
  realtime: 'real-time',
};

/** Names the support level and the package: "real-time through socket.io, a community package". */
function whyMissing(framework: FrameworkProfile, mustHave: MustHave): string {
  const short = MUST_HAVE_FIELDS[mustHave].filter((field) => framework.builtins[field] !== 'built-in' && framework.builtins[field] !== 'first-party');
  if (short.every((field) => framework.builtinSupport[field].level === 'none')) return `no ${MUST_HAVE_LABEL[mustHave]} out of the box`;
  return short
    .map((field) => {
      const support = framework.builtinSupport[field];
      const label = FIELD_LABEL[field] ?? field;
      if (support.level === 'none') return `no ${label.replace(/^an? /, '')} out of the box`;
      const kind = support.paid ? `a paid ${support.level === 'community' ? '' : `${support.level} `}add-on` : 'a community package';
      return `${label.replace(/^an? /, '')} through ${support.package}, ${kind}`;
    })
    .join('; ');
}

function exclusionReason(framework: FrameworkProfile, prefs: Preferences): string | undefined {
  if (prefs.languages.length > 0 && !framework.languages.some((l) => prefs.languages.includes(l))) {
    const allowed = prefs.languages.map((l) => LANGUAGE_LABEL[l]).join(' or ');
    const its = framework.languages.map((l) => LANGUAGE_LABEL[l]).join('/');
    return `written in ${its}; the team can use ${allowed}`;
  }
  const missing = prefs.mustHaves.filter((m) => !hasMustHave(framework, m));
  if (missing.length > 0) return missing.map((m) => whyMissing(framework, m)).join('; ');
  if (prefs.licenses.length > 0 && !prefs.licenses.includes(framework.license)) {
    return `licensed ${framework.license}; allowed: ${prefs.licenses.join(', ')}`;
  }
  return undefined;
}

export function scoresOf(framework: FrameworkProfile, prefs: Pick<Preferences, 'project'>): DimensionValues {
  const s = framework.scores;
  return {
    performance: s.performance.value,
    scalability: s.scalability.value,
    ease: s.ease.value,
    security: s.security.value,
    community: s.community.value,
    fit: prefs.project ? framework.projectFit[prefs.project].value : 0,
  };
}

export function spreadsOf(framework: FrameworkProfile, prefs: Pick<Preferences, 'project'>): DimensionValues {
  const s = framework.scores;
  return {
    performance: SCORE_SPREAD[s.performance.confidence],
    scalability: SCORE_SPREAD[s.scalability.confidence],
    ease: SCORE_SPREAD[s.ease.confidence],
    security: SCORE_SPREAD[s.security.confidence],
    community: SCORE_SPREAD[s.community.confidence],
    fit: prefs.project ? SCORE_SPREAD[framework.projectFit[prefs.project].confidence] : 0,
  };
}

export function weightedTotal(scores: DimensionValues, weights: Weights): number {
  let total = 0;
  for (const d of DIMENSIONS) total += weights[d] * scores[d];
  return total;
}

export function scoreFramework(framework: FrameworkProfile, prefs: Pick<Preferences, 'project' | 'weights'>): RankedFramework {
  const scores = scoresOf(framework, prefs);
  const contributions = Object.fromEntries(DIMENSIONS.map((d) => [d, prefs.weights[d] * scores[d]])) as Record<Dimension, number>;
  return { framework, scores, spreads: spreadsOf(framework, prefs), contributions, total: weightedTotal(scores, prefs.weights) };
}

/** Totals closer than this are equal: only rounding dust of the arithmetic separates them. */
const SAME_TOTAL = 1e-9;

/** Best first; equal totals fall back to the name so the order is stable. */
export function byTotal(a: RankedFramework, b: RankedFramework): number {
  const gap = b.total - a.total;
  return (Math.abs(gap) > SAME_TOTAL ? gap : 0) || a.framework.name.localeCompare(b.framework.name);
}

/** Frameworks missing only a built-in are closer to qualifying than those in another language: list them first. */
function closestFirst(a: Exclusion, b: Exclusion): number {
  const distance = (e: Exclusion) => (e.reason.startsWith('written in') ? 1 : 0);
  return distance(a) - distance(b) || a.framework.name.localeCompare(b.framework.name);
}

export function rank(frameworks: readonly FrameworkProfile[], prefs: Preferences): Ranking {
  const ranked: RankedFramework[] = [];
  const excluded: Exclusion[] = [];
  for (const framework of frameworks) {
    const reason = exclusionReason(framework, prefs);
    if (reason) excluded.push({ framework, reason });
    else ranked.push(scoreFramework(framework, prefs));
  }
  return { weights: prefs.weights, ranked: ranked.sort(byTotal), excluded: excluded.sort(closestFirst) };
}
