/**
 * From a team's answers to the preferences the scorer uses. Priorities, scale
 * and experience all become weights (so the flip point and confidence apply
 * to them); languages and must-haves become hard filters.
 */
import type { Answers } from '../team/answers.js';
import type { Criterion, Scale, TeamExperience } from '../vocabulary.js';
import type { Language, MustHave, ProjectType } from '../vocabulary.js';
import { CRITERIA, LANGUAGES, MUST_HAVES } from '../vocabulary.js';
import { type ChannelImportance, type Dimension, normalise, type Weights } from './weights.js';


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
  /** Whether the team answered the must-haves question (even "none"): then a tie-breaker never asks about built-ins. */
  mustHavesAnswered?: boolean;
}

/** Raw importance units; normalised at the end. Project fit counts about as much as the criteria together. */
const BASE = 1;
/**
 * Every named priority adds the same bonus, however many are named: naming a
 * second one never lowers the first (a pure increase), so adding a criterion
 * can never cost #1 to the framework that is best on it.
 */
const PRIORITY_BONUS = 3;
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

const inOrder = <T extends string>(order: readonly T[], values: readonly T[] | undefined): T[] | undefined =>
  values && order.filter((v) => values.includes(v));

/**
 * The answers as a set: lists in the vocabulary's order, without repeats. Every
 * result (seed, ranking, card) is built from this, so the order in which a
 * team typed its languages or priorities never changes the answer.
 */
export function canonicalAnswers(answers: Answers): Answers {
  const languages = inOrder(LANGUAGES, answers.languages);
  const priorities = inOrder(CRITERIA, answers.priorities);
  const mustHaves = inOrder(MUST_HAVES, answers.mustHaves);
  return {
    ...(answers.project ? { project: answers.project } : {}),
    ...(languages ? { languages } : {}),
    ...(priorities ? { priorities } : {}),
    ...(mustHaves ? { mustHaves } : {}),
    ...(answers.scale ? { scale: answers.scale } : {}),
    ...(answers.team ? { team: answers.team } : {}),
  };
}

/**
 * @param channelWeights a channel's default importances (`weights performance=3`): the
 *   criteria it names start from its numbers, the others from 1, as with priorities.
 */
export function preferencesFrom(given: Answers, channelWeights?: ChannelImportance): Preferences {
  const answers = canonicalAnswers(given);
  const raw: Record<Dimension, number> = { performance: 0, scalability: 0, ease: 0, security: 0, community: 0, fit: 0 };
  for (const c of CRITERIA) raw[c] = channelWeights?.[c] ?? BASE;
  const priorities = answers.priorities ?? [];
  for (const p of priorities) raw[p] += PRIORITY_BONUS;
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
    mustHavesAnswered: answers.mustHaves !== undefined,
  };
}
