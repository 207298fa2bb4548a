/**
 * What a team told us, defined once: the type, the zod schema that stores and
 * action ids validate with, and the line that says it back in words.
 */
import { z } from 'zod';
import {
  Criterion,
  CRITERION_LABEL,
  Language,
  LANGUAGE_LABEL,
  MustHave,
  MUST_HAVE_LABEL,
  ProjectType,
  PROJECT_LABEL,
  Scale,
  SCALE_LABEL,
  TeamExperience,
  TEAM_LABEL,
} from '../vocabulary.js';

/** Every answer is optional: unanswered means "no preference". */
export const Answers = z
  .object({
    project: ProjectType.optional(),
    /** Empty: any language. */
    languages: z.array(Language).optional(),
    /** At most two. */
    priorities: z.array(Criterion).max(2).optional(),
    /** Empty: none needed. */
    mustHaves: z.array(MustHave).optional(),
    scale: Scale.optional(),
    team: TeamExperience.optional(),
  })
  .strict();
export type Answers = z.infer<typeof Answers>;

/** "AI/ML service · Python · priorities: performance · millions of users · senior" */
export function describeAnswers(answers: Answers): string {
  const parts = [
    answers.project && PROJECT_LABEL[answers.project],
    answers.languages && (answers.languages.length > 0 ? answers.languages.map((l) => LANGUAGE_LABEL[l]).join(' or ') : 'any language'),
    answers.priorities && answers.priorities.length > 0 && `priorities: ${answers.priorities.map((p) => CRITERION_LABEL[p].toLowerCase()).join(' and ')}`,
    answers.mustHaves && (answers.mustHaves.length > 0 ? `must have ${answers.mustHaves.map((m) => MUST_HAVE_LABEL[m]).join(', ')}` : 'no must-haves'),
    answers.scale && SCALE_LABEL[answers.scale].toLowerCase(),
    answers.team && `team: ${TEAM_LABEL[answers.team].toLowerCase()}`,
  ];
  const given = parts.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return given.length > 0 ? given.join(' · ') : 'no answers yet: every framework, equal weights';
}
