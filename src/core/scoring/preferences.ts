/**
 * From a team's answers to the preferences the scorer uses. Priorities, scale
 * and experience all become weights (so the flip point and confidence apply
 * to them); languages and must-haves become hard filters.
 */
import type { Criterion, Language, MustHave, ProjectType, Scale, TeamExperience } from '../vocabulary.js';
import { CRITERIA } from '../vocabulary.js';
import { type Dimension, normalise, type Weights } from './weights.js';

/** What a team told us. Every answer is optional: unanswered means "no preference". */
export interface Answers {
  project?: ProjectType;
  /** Empty or absent: any language. */
  languages?: Language[];
  /** At most two. */
  priorities?: Criterion[];
  /** Empty: none needed. */
  mustHaves?: MustHave[];
  scale?: Scale;
  team?: TeamExperience;
}

/** How firmly the weights were stated: drives how widely confidence samples around them. */
export type Firmness = 'firm' | 'rough' | 'none';

export interface Preferences {
  weights: Weights;
  languages: Language[];
  mustHaves: MustHave[];
  /** Allowed licences (SPDX ids); empty means any. */
  licenses: string[];
  project?: ProjectType;
  firmness: Firmness;
}

/** Raw importance units; normalised at the end. Project fit counts about as much as the criteria together. */
const BASE = 1;
const PRIORITY_BONUS = { one: 3, each_of_two: 2 };
const PROJECT_FIT = 3;
const SCALE_BONUS: Record<Scale, Partial<Record<Criterion, number>>> = {
  prototype: { ease: 0.5 },
  thousands: {},
  millions: { performance: 0.5, scalability: 1 },
};
const TEAM_BONUS: Record<TeamExperience, Partial<Record<Criterion, number>>> = {
  junior: { ease: 1, security: 0.5 },
  mixed: {},
  senior: { ease: -0.5 },
};

/**
 * @param channelWeights a channel's default importances (`weights performance=3`), used
 *   instead of the equal base when set.
 */
export function preferencesFrom(answers: Answers, channelWeights?: Partial<Record<Criterion, number>>): Preferences {
  const raw: Record<Dimension, number> = { performance: 0, scalability: 0, ease: 0, security: 0, community: 0, fit: 0 };
  for (const c of CRITERIA) raw[c] = channelWeights ? (channelWeights[c] ?? 0) : BASE;
  const priorities = answers.priorities ?? [];
  const bonus = priorities.length === 1 ? PRIORITY_BONUS.one : PRIORITY_BONUS.each_of_two;
  for (const p of priorities) raw[p] += bonus;
  for (const adjust of [answers.scale && SCALE_BONUS[answers.scale], answers.team && TEAM_BONUS[answers.team]]) {
    for (const [c, v] of Object.entries(adjust ?? {})) raw[c as Criterion] = Math.max(0.25, raw[c as Criterion] + v);
  }
  if (answers.project) raw.fit = PROJECT_FIT;
  const answered = Object.values(answers).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return {
    weights: normalise(raw),
    languages: answers.languages ?? [],
    mustHaves: answers.mustHaves ?? [],
    licenses: [],
    ...(answers.project ? { project: answers.project } : {}),
    firmness: priorities.length > 0 || channelWeights ? 'firm' : answered ? 'rough' : 'none',
  };
}
