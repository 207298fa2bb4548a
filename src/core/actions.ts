/**
 * Action ids: deterministic and stateless, so a click works after a restart
 * and on any replica. Each fits Discord's 100-character custom_id (and Slack's
 * 255-character action_id). Anything this version did not write parses to
 * undefined, never to a guess.
 */
import type { Answers } from './team/answers.js';
import { CRITERIA, LANGUAGES, MUST_HAVES, PROJECT_TYPES, SCALES, TEAM_EXPERIENCE } from './vocabulary.js';
import { FLOW_STEPS, type FlowStep } from './team/records.js';

export const MAX_ACTION_ID = 100;

/** What a shared result or a vote is about: a comparison of given frameworks, or a recommendation from answers. */
export type Subject = { kind: 'compare'; frameworks: string[] } | { kind: 'recommend'; answers: Answers };

export type ActionRequest =
  | { kind: 'compare'; frameworks: string[] }
  /** A new guided flow; `answers` fills it in (the adjust button under a plain question's reading). */
  | { kind: 'flow-new'; answers?: Answers }
  | { kind: 'flow-answer'; flow: string; step: FlowStep; choice: string }
  | { kind: 'flow-select'; flow: string; step: FlowStep }
  | { kind: 'flow-back' | 'flow-restart' | 'flow-adjust'; flow: string }
  | { kind: 'share'; subject: Subject }
  /** `shortlist`: the frameworks the result offered when its button was made; absent on buttons of older versions. */
  | { kind: 'vote-start'; subject: Subject; shortlist?: string[] }
  | { kind: 'vote-cast'; vote: string; framework: string }
  | { kind: 'vote-close'; vote: string }
  /** A revisit alert's "Re-run": the question decision `decision` (its ADR number in the channel) answered, asked again today. */
  | { kind: 'rerun'; decision: number; subject: Subject }
  /** A ranked ballot's pick for rank `rank` (1 = first choice); the framework comes as the select's value. */
  | { kind: 'vote-rank'; vote: string; rank: number }
  /** An option added before the first ballot; the framework comes as the select's value. */
  | { kind: 'vote-add'; vote: string };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID = /^[A-Za-z0-9_-]{6,24}$/;
const CHOICE = /^[a-z0-9-]{1,24}$/;

// ---------- answers, compactly ----------

/** Bit i set = item i of `all` chosen; hex. */
function bits(all: readonly string[], chosen: readonly string[]): string {
  return all.reduce((mask, item, i) => (chosen.includes(item) ? mask | (1 << i) : mask), 0).toString(16);
}

function unbits<T extends string>(all: readonly T[], hex: string): T[] | undefined {
  if (!/^[0-9a-f]{1,4}$/.test(hex)) return undefined;
  const mask = parseInt(hex, 16);
  if (mask >= 1 << all.length) return undefined;
  return all.filter((_, i) => mask & (1 << i));
}

const index = (all: readonly string[], v: string | undefined) => (v === undefined ? '-' : String(all.indexOf(v)));
const unindex = <T extends string>(all: readonly T[], s: string): T | undefined | null => (s === '-' ? undefined : /^\d$/.test(s) && Number(s) < all.length ? all[Number(s)]! : null);

/** Six fields joined by "." ("-" = unanswered), e.g. "1.4.0.0.2.2": about a dozen characters. */
export function encodeAnswers(a: Answers): string {
  return [
    index(PROJECT_TYPES, a.project),
    a.languages === undefined ? '-' : bits(LANGUAGES, a.languages),
    a.priorities === undefined ? '-' : a.priorities.map((p) => CRITERIA.indexOf(p)).join('') || 'n',
    a.mustHaves === undefined ? '-' : bits(MUST_HAVES, a.mustHaves),
    index(SCALES, a.scale),
    index(TEAM_EXPERIENCE, a.team),
  ].join('.');
}

export function decodeAnswers(code: string): Answers | undefined {
  const parts = code.split('.');
  if (parts.length !== 6) return undefined;
  const [p, l, pr, m, s, t] = parts as [string, string, string, string, string, string];
  const answers: Answers = {};
  const project = unindex(PROJECT_TYPES, p);
  const scale = unindex(SCALES, s);
  const team = unindex(TEAM_EXPERIENCE, t);
  if (project === null || scale === null || team === null) return undefined;
  if (project) answers.project = project;
  if (scale) answers.scale = scale;
  if (team) answers.team = team;
  if (l !== '-') {
    const languages = unbits(LANGUAGES, l);
    if (!languages) return undefined;
    answers.languages = languages;
  }
  if (m !== '-') {
    const mustHaves = unbits(MUST_HAVES, m);
    if (!mustHaves) return undefined;
    answers.mustHaves = mustHaves;
  }
  if (pr !== '-') {
    if (pr === 'n') answers.priorities = [];
    else {
      if (!/^[0-4]{1,2}$/.test(pr)) return undefined;
      answers.priorities = [...new Set([...pr].map((d) => CRITERIA[Number(d)]!))];
    }
  }
  return answers;
}

// ---------- subjects ----------

function encodeSubject(subject: Subject): string {
  return subject.kind === 'compare' ? `cmp:${subject.frameworks.join(',')}` : `rec:${encodeAnswers(subject.answers)}`;
}

function frameworkList(text: string): string[] | undefined {
  const ids = text.split(',');
  return ids.length >= 2 && ids.length <= 4 && ids.every((f) => SLUG.test(f)) && new Set(ids).size === ids.length ? ids : undefined;
}

function decodeSubject(text: string): Subject | undefined {
  if (text.startsWith('cmp:')) {
    const frameworks = frameworkList(text.slice(4));
    return frameworks && { kind: 'compare', frameworks };
  }
  if (text.startsWith('rec:')) {
    const answers = decodeAnswers(text.slice(4));
    return answers && { kind: 'recommend', answers };
  }
  return undefined;
}

// ---------- writing ----------

export const compareAction = (ids: readonly string[]) => `cmp:${ids.join(',')}`;
export const newFlowAction = (answers?: Answers) => (answers ? `flow:new:${encodeAnswers(answers)}` : 'flow:new');
export const flowAnswerAction = (flow: string, step: FlowStep, choice: string) => `flow:${flow}:${step}:${choice}`;
export const flowSelectAction = (flow: string, step: FlowStep) => `flow:${flow}:${step}`;
export const flowControlAction = (flow: string, control: 'back' | 'restart' | 'adjust') => `flow:${flow}:${control}`;
export const shareAction = (subject: Subject) => `share:${encodeSubject(subject)}`;
/**
 * A vote on a recommendation carries the shortlist it was offered with, so
 * starting the vote decides nothing again; left out when it would not fit.
 */
export function startVoteAction(subject: Subject, shortlist?: readonly string[]): string {
  const plain = `vote:new:${encodeSubject(subject)}`;
  if (subject.kind === 'compare' || !shortlist || shortlist.length < 2) return plain;
  const withShortlist = `${plain}:${shortlist.join(',')}`;
  return withShortlist.length <= MAX_ACTION_ID ? withShortlist : plain;
}
export const castVoteAction = (vote: string, framework: string) => `vote:${vote}:${framework}`;
export const closeVoteAction = (vote: string) => `vote:${vote}:close`;
export const rerunAction = (decision: number, subject: Subject) => `rerun:${decision}:${encodeSubject(subject)}`;
/** Three parts, so no framework id (two parts) can be read as one. */
export const rankVoteAction = (vote: string, rank: number) => `vote:${vote}:rank:${rank}`;
export const addVoteOptionAction = (vote: string) => `vote:${vote}:add:option`;

// ---------- reading ----------

function parseFlow(rest: string): ActionRequest | undefined {
  if (rest === 'new') return { kind: 'flow-new' };
  if (rest.startsWith('new:')) {
    const answers = decodeAnswers(rest.slice(4));
    return answers && { kind: 'flow-new', answers };
  }
  const [flow = '', second, choice, ...extra] = rest.split(':');
  if (!ID.test(flow) || extra.length > 0 || second === undefined) return undefined;
  if (choice === undefined) {
    if (second === 'back' || second === 'restart' || second === 'adjust') return { kind: `flow-${second}`, flow };
    return (FLOW_STEPS as readonly string[]).includes(second) ? { kind: 'flow-select', flow, step: second as FlowStep } : undefined;
  }
  if (!(FLOW_STEPS as readonly string[]).includes(second) || !CHOICE.test(choice)) return undefined;
  return { kind: 'flow-answer', flow, step: second as FlowStep, choice };
}

function parseVote(rest: string): ActionRequest | undefined {
  if (rest.startsWith('new:')) {
    const [kind = '', code = '', list, ...extra] = rest.slice(4).split(':');
    const subject = decodeSubject(`${kind}:${code}`);
    if (!subject || extra.length > 0) return undefined;
    if (list === undefined) return { kind: 'vote-start', subject };
    const shortlist = subject.kind === 'recommend' ? frameworkList(list) : undefined;
    return shortlist && { kind: 'vote-start', subject, shortlist };
  }
  const [vote = '', what = '', third, ...extra] = rest.split(':');
  if (!ID.test(vote) || extra.length > 0) return undefined;
  if (third !== undefined) {
    if (what === 'add' && third === 'option') return { kind: 'vote-add', vote };
    return what === 'rank' && /^[1-5]$/.test(third) ? { kind: 'vote-rank', vote, rank: Number(third) } : undefined;
  }
  if (what === 'close') return { kind: 'vote-close', vote };
  return SLUG.test(what) ? { kind: 'vote-cast', vote, framework: what } : undefined;
}

function parseRerun(rest: string): ActionRequest | undefined {
  const colon = rest.indexOf(':');
  const number = rest.slice(0, colon);
  if (colon < 0 || !/^[1-9]\d{0,8}$/.test(number)) return undefined;
  const subject = decodeSubject(rest.slice(colon + 1));
  return subject && { kind: 'rerun', decision: Number(number), subject };
}

export function parseAction(id: string): ActionRequest | undefined {
  if (typeof id !== 'string' || id.length > MAX_ACTION_ID) return undefined;
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const verb = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (verb) {
    case 'cmp': {
      const frameworks = frameworkList(rest);
      return frameworks && { kind: 'compare', frameworks };
    }
    case 'flow':
      return parseFlow(rest);
    case 'share': {
      const subject = decodeSubject(rest);
      return subject && { kind: 'share', subject };
    }
    case 'vote':
      return parseVote(rest);
    case 'rerun':
      return parseRerun(rest);
    default:
      return undefined;
  }
}
