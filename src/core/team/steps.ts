/**
 * The guided flow's questions, in the order teams weigh them (scoring.md):
 * what you build, which languages, what matters, must-haves, scale, team.
 * Each step's choices are data, so the cards, the action ids and the
 * terminal's numbered choices all come from this one table.
 */
import { Answers } from './answers.js';
import {
  CRITERIA,
  CRITERION_LABEL,
  LANGUAGE_LABEL,
  LANGUAGES,
  MUST_HAVE_LABEL,
  MUST_HAVES,
  PROJECT_LABEL,
  PROJECT_TYPES,
  SCALE_LABEL,
  SCALES,
  TEAM_EXPERIENCE,
  TEAM_LABEL,
} from '../vocabulary.js';
import { FLOW_STEPS, type FlowStep } from './records.js';

export interface Choice {
  value: string;
  label: string;
}

export interface StepDefinition {
  step: FlowStep;
  question: string;
  /** Single-choice steps are buttons; multi-choice steps are a select allowing up to `max`. */
  choices: readonly Choice[];
  max: number;
  /** A button beside the select for the common "all of them / none" answer. */
  shortcut?: Choice;
  skipLabel: string;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] => values.map((value) => ({ value, label: labels[value] }));

export const STEPS: Record<FlowStep, StepDefinition> = {
  project: { step: 'project', question: 'What are you building?', choices: choices(PROJECT_TYPES, PROJECT_LABEL), max: 1, skipLabel: 'Not sure yet' },
  languages: {
    step: 'languages',
    question: 'Which languages can the team use?',
    choices: choices(LANGUAGES, LANGUAGE_LABEL),
    max: LANGUAGES.length,
    shortcut: { value: 'any', label: 'Any language' },
    skipLabel: 'Skip',
  },
  priorities: {
    step: 'priorities',
    question: 'What matters most? Pick up to two.',
    choices: CRITERIA.map((c) => ({ value: c, label: c === 'ease' ? 'Ease of use and speed of delivery' : c === 'community' ? 'Community and hiring' : CRITERION_LABEL[c] })),
    max: 2,
    skipLabel: 'All equally',
  },
  mustHaves: {
    step: 'mustHaves',
    question: 'What must come out of the box?',
    choices: choices(MUST_HAVES, MUST_HAVE_LABEL),
    max: MUST_HAVES.length,
    shortcut: { value: 'none', label: 'None of these' },
    skipLabel: 'Skip',
  },
  scale: { step: 'scale', question: 'What scale do you expect?', choices: choices(SCALES, SCALE_LABEL), max: 1, skipLabel: 'Skip' },
  team: { step: 'team', question: "What is the team's experience?", choices: choices(TEAM_EXPERIENCE, TEAM_LABEL), max: 1, skipLabel: 'Skip' },
};

/** The next question: the first step not yet visited; undefined when the flow is complete. */
export function nextStep(visited: readonly FlowStep[]): FlowStep | undefined {
  return FLOW_STEPS.find((s) => !visited.includes(s));
}

/** Steps answered inline (`recommend language=python`) count as visited, so the flow skips them. */
export function stepsAnswered(answers: Answers): FlowStep[] {
  return FLOW_STEPS.filter((s) => answers[s] !== undefined);
}

/** Sets one step's answer from the picked values; "skip" clears it. Returns undefined for a value the step does not offer. */
export function answerStep(answers: Answers, step: FlowStep, picked: readonly string[]): Answers | undefined {
  const def = STEPS[step];
  const next: Answers = { ...answers };
  if (picked.length === 1 && picked[0] === 'skip') {
    delete next[step];
    return next;
  }
  if (picked.length === 1 && picked[0] === 'keep') return answers[step] === undefined ? undefined : next;
  const allowed = new Set([...def.choices.map((c) => c.value), ...(def.shortcut ? [def.shortcut.value] : [])]);
  const unique = [...new Set(picked)];
  if (unique.length === 0 || unique.length > def.max || !unique.every((v) => allowed.has(v))) return undefined;
  // "Any language" and "None of these" mean an empty list; multi-choice steps take lists, the rest one value.
  const emptyList = (step === 'languages' && unique.includes('any')) || (step === 'mustHaves' && unique.includes('none'));
  const value = emptyList ? [] : def.max > 1 ? unique : unique.length === 1 ? unique[0] : undefined;
  if (value === undefined) return undefined;
  const parsed = Answers.safeParse({ ...next, [step]: value });
  return parsed.success ? parsed.data : undefined;
}

/** The current answer to a step, in words ("Python or Go"), for "currently: ..." on a revisited step. */
export function describeStepAnswer(answers: Answers, step: FlowStep): string | undefined {
  const def = STEPS[step];
  const answer = answers[step];
  if (answer === undefined) return undefined;
  const label = (v: string) => def.choices.find((c) => c.value === v)?.label ?? v;
  if (Array.isArray(answer)) return answer.length === 0 ? (def.shortcut?.label ?? 'None') : answer.map(label).join(', ');
  return label(answer);
}
