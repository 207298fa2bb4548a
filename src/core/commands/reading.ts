/**
 * How a reading of a plain question is said back: one line for people
 * ("I read this as: compare · project: MVP · comparing Ruby on Rails and
 * Django"), a line naming the words it did not use, and the `understood`
 * object of `--json`.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Answers } from '../team/answers.js';
import { CRITERION_LABEL, LANGUAGE_LABEL, MUST_HAVE_LABEL, SCALE_LABEL, TEAM_LABEL, type ProjectType } from '../vocabulary.js';
import type { PlainCommand, Reading } from './interpret.js';

const PROJECT_SHORT: Record<ProjectType, string> = {
  api: 'API',
  'ai-ml': 'AI/ML',
  enterprise: 'enterprise',
  realtime: 'real-time',
  content: 'content site',
  ecommerce: 'e-commerce',
  'internal-tool': 'internal tool',
  mvp: 'MVP',
  microservices: 'microservices',
};

const COMMAND_WORD: Record<PlainCommand['kind'], string> = {
  compare: 'compare',
  recommend: 'recommend',
  info: 'info',
  top: 'top',
  list: 'list',
  help: 'help',
  weights: 'weights',
  history: 'history',
  decide: 'decide',
  decision: 'decision',
  alerts: 'alerts',
  vote: 'vote',
  radar: 'radar',
  flow: 'guided recommendation',
};

/** "A", "A and B", "A, B and C". */
export function spokenList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function answerParts(reading: Reading): string[] {
  const a = reading.answers;
  const parts: string[] = [];
  if (a.project) parts.push(`project: ${PROJECT_SHORT[a.project]}`);
  if (reading.notLanguages.length > 0 && a.languages && a.languages.length + reading.notLanguages.length >= Object.keys(LANGUAGE_LABEL).length) {
    parts.push(`languages: any but ${reading.notLanguages.map((l) => LANGUAGE_LABEL[l]).join(', ')}`);
  } else if (a.languages && a.languages.length > 0) parts.push(`languages: ${a.languages.map((l) => LANGUAGE_LABEL[l]).join(', ')}`);
  if (a.priorities && a.priorities.length > 0) parts.push(`priorities: ${a.priorities.map((p) => CRITERION_LABEL[p].toLowerCase()).join(', ')}`);
  if (a.mustHaves && a.mustHaves.length > 0) parts.push(`needs: ${a.mustHaves.map((m) => MUST_HAVE_LABEL[m]).join(', ')}`);
  if (a.scale) parts.push(`scale: ${SCALE_LABEL[a.scale].toLowerCase()}`);
  if (a.team) parts.push(`team: ${TEAM_LABEL[a.team].toLowerCase()}`);
  return parts;
}

function subjectPart(kb: KnowledgeBase, reading: Reading): string | undefined {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const c = reading.command;
  switch (c.kind) {
    case 'compare': {
      const chosen = reading.chosen.map((x) => `${name(x.framework)} for ${LANGUAGE_LABEL[x.language]}`);
      const why = chosen.length > 0 ? ` (I chose ${spokenList(chosen)}: the leading ${chosen.length === 1 ? 'framework' : 'frameworks'} for your answers)` : '';
      return `comparing ${spokenList(c.frameworks.map(name))}${why}`;
    }
    case 'info':
      return `about ${name(c.framework)}`;
    case 'top':
      return `ranked by ${c.criterion === 'overall' ? 'overall score' : CRITERION_LABEL[c.criterion].toLowerCase()}${c.limit ? `, top ${c.limit}` : ''}`;
    default:
      return undefined;
  }
}

/** "I read this as: compare · project: MVP · comparing Ruby on Rails and Django". */
export function readingLine(kb: KnowledgeBase, reading: Reading): string {
  const corrected = reading.corrected.map((c) => `"${c.written}" as ${c.as}`);
  const parts = [COMMAND_WORD[reading.command.kind], ...answerParts(reading), subjectPart(kb, reading), corrected.length > 0 ? `reading ${spokenList(corrected)}` : undefined];
  return `I read this as: ${parts.filter(Boolean).join(' · ')}`;
}

/** "I did not use: 'kubernetes', 'friendly'", or undefined when every word was placed. */
export function unusedLine(reading: Reading): string | undefined {
  return reading.unused.length > 0 ? `I did not use: ${reading.unused.map((w) => `'${w}'`).join(', ')}` : undefined;
}

/** The answers in the words of `recommend key=value`: left out when not given. */
export function answersData(a: Answers): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries({ project: a.project, language: a.languages, priorities: a.priorities, builtins: a.mustHaves, scale: a.scale, team: a.team }).filter(
      ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as Record<string, string | string[]>;
}

/** `understood` of a `--json` reply to a plain question. */
export interface Understood {
  command: 'compare' | 'recommend' | 'info' | 'list' | 'top' | 'flow';
  frameworks: string[];
  answers: Record<string, string | string[]>;
  unused: string[];
}

export function understoodData(reading: Reading): Understood {
  const kind = reading.command.kind;
  const command = kind === 'help' || kind === 'weights' || kind === 'history' || kind === 'decide' || kind === 'decision' || kind === 'alerts' || kind === 'vote' || kind === 'radar' ? 'flow' : kind;
  return { command, frameworks: [...reading.frameworks], answers: answersData(reading.answers), unused: [...reading.unused] };
}
