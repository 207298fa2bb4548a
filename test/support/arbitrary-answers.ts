/** Any combination of a team's answers (each possibly unanswered), for property tests across platforms. */
import fc from 'fast-check';
import type { Answers } from '../../src/core/team/answers.js';
import { CRITERIA, LANGUAGES, MUST_HAVES, PROJECT_TYPES, SCALES, TEAM_EXPERIENCE } from '../../src/core/vocabulary.js';

export const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    project: fc.constantFrom(...PROJECT_TYPES),
    languages: fc.subarray([...LANGUAGES]),
    priorities: fc.subarray([...CRITERIA], { maxLength: 2 }),
    mustHaves: fc.subarray([...MUST_HAVES]),
    scale: fc.constantFrom(...SCALES),
    team: fc.constantFrom(...TEAM_EXPERIENCE),
  },
  { requiredKeys: [] },
);
