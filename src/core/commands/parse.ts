/**
 * The command language: one grammar for slash commands, mentions and the CLI.
 * It never throws: anything it cannot read becomes a ParseProblem that names
 * the words it did not understand and shows the usage line.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { closestKeys, nameKey } from '../knowledge/names.js';
import type { Answers } from '../team/answers.js';
import { shorten } from '../text/shorten.js';
import type { Criterion, Language } from '../vocabulary.js';
import type { Command, ParseProblem, ParseResult, WeightsChange } from './command.js';
import { parseAlerts, parseDecide, parseDecision, parseHistory, parseRadar } from '../decisions/decision-commands.js';
import { COMMAND_NAMES, commandSpec, type CommandName } from './spec.js';
import { parseVote } from './vote-command.js';
import { languages, mustHaves, priorities, projects, scales, teams, type ValueLookup } from './values.js';

export const MAX_COMPARE = 4;
/** Longer text is cut before parsing: no command needs more, and it bounds the work. */
export const MAX_TEXT = 500;

const ok = (command: Command): ParseResult => ({ ok: true, command });
const fail = (message: string, usage?: CommandName, suggestions: string[] = []): ParseResult => ({
  ok: false,
  problem: { message, suggestions, ...(usage ? { usage: commandSpec(usage).usage } : {}) },
});

/** Words separated by blanks; "key = value" is glued into one "key=value" word. */
function words(text: string): string[] {
  return text.replace(/\s*=\s*/g, '=').split(/\s+/).filter(Boolean);
}

/** Echoed user words are kept short: a reply should never be mostly the user's own paste. */
const ECHOED_WORD_MAX = 40;
const echo = (word: string) => shorten(word, ECHOED_WORD_MAX);
/** A whole echoed line is cut at a word, so no word in the reply is a fragment the user never typed. */
const ECHOED_LINE_MAX = 60;

/** At most five quoted words, each shortened: enough to see what went wrong. */
function quoteList(items: readonly string[]): string {
  const quoted = items.slice(0, 5).map((i) => `"${echo(i)}"`);
  return items.length > 5 ? `${quoted.join(', ')} and ${items.length - 5} more` : quoted.join(', ');
}

function suggestValues<T extends string>(table: ValueLookup<T>, text: string): string[] {
  return closestKeys(nameKey(text), table.spellings().keys(), 3).map((k) => table.spellings().get(k)!);
}

// ---------- compare ----------

/** Split on commas, "vs", "and", "with", "&": what is left are framework names, possibly several words. */
const COMPARE_SEPARATORS = /\s*,\s*|\s+(?:vs\.?|versus|v\.?s\.?|and|or|with|to|against|&)\s+|\s+(?=&)|(?<=&)\s+/i;

/** The longest framework name is a few words ("django rest framework"); longer spans are never tried. */
const MAX_NAME_WORDS = 4;

function resolveSegment(kb: KnowledgeBase, segment: string): { ids: string[]; unknown: string[] } {
  const whole = kb.lookup(segment);
  if (whole) return { ids: [whole.id], unknown: [] };
  // Greedy longest match, so "spring boot django" reads as two names.
  const ws = segment.split(/\s+/).filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let matched = 0;
    for (let j = Math.min(ws.length, i + MAX_NAME_WORDS); j > i && matched === 0; j--) {
      const found = kb.lookup(ws.slice(i, j).join(' '));
      if (found) {
        ids.push(found.id);
        matched = j - i;
      }
    }
    if (matched === 0) {
      unknown.push(ws[i]!);
      matched = 1;
    }
    i += matched;
  }
  return { ids, unknown };
}

function parseCompare(kb: KnowledgeBase, rest: string): ParseResult {
  const segments = rest.split(COMPARE_SEPARATORS).map((s) => s.replace(/^[\s&]+|[\s&]+$/g, '')).filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const segment of segments) {
    const r = resolveSegment(kb, segment);
    ids.push(...r.ids);
    unknown.push(...r.unknown);
  }
  if (unknown.length > 0) return unknownFrameworks(kb, unknown);
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return fail('Which frameworks should I compare? Name two to four.', 'compare');
  if (distinct.length === 1) {
    const name = kb.require(distinct[0]!).name;
    return fail(`A comparison needs a second framework: compare ${name} with what?`, 'compare');
  }
  if (distinct.length > MAX_COMPARE) {
    return fail(`I can compare at most ${MAX_COMPARE} frameworks at once; you named ${distinct.length}.`, 'compare');
  }
  return ok({ kind: 'compare', frameworks: distinct });
}

function unknownFrameworks(kb: KnowledgeBase, unknown: string[]): ParseResult {
  const guesses = [
    ...new Map(
      unknown.slice(0, 3).flatMap((word) => {
        const r = kb.resolve(word);
        return r.found ? [] : r.suggestions.map((f) => [f.id, f.name] as const);
      }),
    ),
  ];
  const suggestions = guesses.map(([id]) => id);
  const hint = guesses.length > 0 ? ` Did you mean ${guesses.map(([, name]) => name).join(', ')}?` : ' Try "list" to see the frameworks I know.';
  const noun = unknown.length === 1 ? 'a framework' : 'frameworks';
  return fail(`I don't know ${quoteList(unknown)} as ${noun}.${hint}`, undefined, suggestions);
}

// ---------- recommend ----------

type AnswerKey = keyof Answers;
const ANSWER_KEYS: Record<string, AnswerKey> = {
  project: 'project', building: 'project', type: 'project',
  language: 'languages', languages: 'languages', lang: 'languages', langs: 'languages',
  priorities: 'priorities', priority: 'priorities', matters: 'priorities',
  builtins: 'mustHaves', builtin: 'mustHaves', musthaves: 'mustHaves', must: 'mustHaves', needs: 'mustHaves',
  scale: 'scale', users: 'scale',
  team: 'team', experience: 'team',
};
const ACCEPTED_KEYS = ['project', 'language', 'priorities', 'builtins', 'scale', 'team'];

function parseList<T extends string>(table: ValueLookup<T>, raw: string, key: string): { values: T[] } | { problem: ParseProblem } {
  const parts = raw.split(/[,+/]/).map((p) => p.trim()).filter(Boolean);
  const values: T[] = [];
  for (const part of parts) {
    const v = table.find(part);
    if (!v) {
      const suggestions = suggestValues(table, part);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
      return {
        problem: {
          message: `"${echo(part)}" is not a value I know for ${echo(key)}.${hint} Accepted: ${table.accepted.join(', ')}.`,
          suggestions,
          usage: commandSpec('recommend').usage,
        },
      };
    }
    if (!values.includes(v)) values.push(v);
  }
  if (values.length === 0) return { problem: { message: `${key}= needs a value. Accepted: ${table.accepted.join(', ')}.`, suggestions: [], usage: commandSpec('recommend').usage } };
  return { values };
}

function applyAnswer(answers: Answers, key: AnswerKey, raw: string, spelledKey: string): ParseProblem | undefined {
  const single = <T extends string>(table: ValueLookup<T>): T | ParseProblem => {
    const r = parseList(table, raw, spelledKey);
    if ('problem' in r) return r.problem;
    if (r.values.length > 1) return { message: `${spelledKey}= takes one value; you gave ${r.values.length}.`, suggestions: [], usage: commandSpec('recommend').usage };
    return r.values[0]!;
  };
  const isProblem = (v: unknown): v is ParseProblem => typeof v === 'object';
  switch (key) {
    case 'project': {
      const v = single(projects);
      if (isProblem(v)) return v;
      answers.project = v;
      return undefined;
    }
    case 'scale': {
      const v = single(scales);
      if (isProblem(v)) return v;
      answers.scale = v;
      return undefined;
    }
    case 'team': {
      const v = single(teams);
      if (isProblem(v)) return v;
      answers.team = v;
      return undefined;
    }
    case 'languages': {
      const r = parseList(languages, raw, spelledKey);
      if ('problem' in r) return r.problem;
      answers.languages = r.values.includes('any') ? [] : (r.values as Language[]);
      return undefined;
    }
    case 'priorities': {
      const r = parseList(priorities, raw, spelledKey);
      if ('problem' in r) return r.problem;
      if (r.values.length > 2) return { message: `Pick at most two priorities; you gave ${r.values.length} (${r.values.join(', ')}).`, suggestions: [], usage: commandSpec('recommend').usage };
      answers.priorities = r.values;
      return undefined;
    }
    case 'mustHaves': {
      const r = parseList(mustHaves, raw, spelledKey);
      if ('problem' in r) return r.problem;
      answers.mustHaves = r.values.filter((v) => v !== 'none') as Answers['mustHaves'];
      return undefined;
    }
  }
}

function parseRecommend(rest: string): ParseResult {
  const answers: Answers = {};
  const notUnderstood: string[] = [];
  for (const word of words(rest)) {
    const eq = word.indexOf('=');
    if (eq <= 0) {
      notUnderstood.push(word);
      continue;
    }
    const spelledKey = word.slice(0, eq);
    const key = ANSWER_KEYS[nameKey(spelledKey)];
    if (!key) {
      const suggestions = closestKeys(nameKey(spelledKey), ACCEPTED_KEYS, 2);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : '';
      return fail(`"${echo(spelledKey)}" is not an answer I know.${hint} Accepted: ${ACCEPTED_KEYS.join(', ')}.`, 'recommend', suggestions);
    }
    const problem = applyAnswer(answers, key, word.slice(eq + 1), spelledKey);
    if (problem) return { ok: false, problem };
  }
  if (notUnderstood.length > 0) {
    return fail(`I didn't understand ${quoteList(notUnderstood)}. Give answers as key=value, for example language=python.`, 'recommend');
  }
  return ok({ kind: 'recommend', answers });
}

// ---------- top, list ----------

const TOP_CRITERIA: Record<string, Criterion | 'overall'> = { overall: 'overall', total: 'overall', all: 'overall' };
const LANGUAGE_KEYS = ['language', 'languages', 'lang'];
const CRITERION_KEYS = ['criterion', 'by'];
/** Published rankings `top` can reproduce instead of ours, by the spellings people use for them. */
const PUBLISHED_SOURCES: Record<string, 'seed-002'> = { seed002: 'seed-002', indexdev: 'seed-002' };

/** "key=value" or a bare "value". */
function splitOption(word: string): { key?: string; value: string } {
  const eq = word.indexOf('=');
  return eq < 0 ? { value: word } : { key: nameKey(word.slice(0, eq)), value: word.slice(eq + 1) };
}

function readLanguages(value: string): Language[] | undefined {
  const found = value.split(',').map((v) => languages.find(v));
  return found.every((l) => l !== undefined) ? (found.filter((l) => l !== 'any') as Language[]) : undefined;
}

/** `top [criterion] [language=...]` and `list [language]`: a bare word may be either, a key says which. */
function parseLanguageFilter(rest: string, usage: 'top' | 'list'): ParseResult {
  const allowCriterion = usage === 'top';
  let criterion: Criterion | 'overall' = 'overall';
  const langs: Language[] = [];
  const notUnderstood: string[] = [];
  let source: 'seed-002' | undefined;
  for (const word of words(rest)) {
    const { key, value } = splitOption(word);
    if (key === 'source' && allowCriterion) {
      source = PUBLISHED_SOURCES[nameKey(value)];
      if (!source) return fail(`"${echo(value)}" is not a published ranking I hold. Try source=index.dev (Index.dev's 2026 ranking).`, usage);
      continue;
    }
    const isLanguageKey = key !== undefined && LANGUAGE_KEYS.includes(key);
    const isCriterionKey = key !== undefined && allowCriterion && CRITERION_KEYS.includes(key);
    if (key !== undefined && !isLanguageKey && !isCriterionKey) return fail(`"${echo(key)}" is not an option of ${usage}.`, usage);
    const asCriterion = allowCriterion && !isLanguageKey ? (TOP_CRITERIA[nameKey(value)] ?? priorities.find(value)) : undefined;
    const asLanguages = !isCriterionKey && !asCriterion ? readLanguages(value) : undefined;
    if (asCriterion) criterion = asCriterion;
    else if (asLanguages) langs.push(...asLanguages);
    else notUnderstood.push(value);
  }
  if (notUnderstood.length > 0) {
    const what = allowCriterion ? `a criterion (overall, ${priorities.accepted.join(', ')}) or a language` : 'a language';
    const suggestions = notUnderstood.slice(0, 3).flatMap((w) => [...(allowCriterion ? suggestValues(priorities, w) : []), ...suggestValues(languages, w)]);
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
    return fail(`I didn't understand ${quoteList(notUnderstood)}: expected ${what}.${hint}`, usage, suggestions);
  }
  const unique = [...new Set(langs)];
  if (usage === 'list') return ok({ kind: 'list', languages: unique });
  return ok(source ? { kind: 'top', criterion, languages: unique, source } : { kind: 'top', criterion, languages: unique });
}

// ---------- weights, history, help ----------

function parseWeights(rest: string): ParseResult {
  // "performance=3, security=2" and "performance = 3 security = 2" both read as two settings.
  const ws = words(rest.replace(/[,;]/g, ' '));
  if (ws.length === 0 || (ws.length === 1 && nameKey(ws[0]!) === 'show')) return ok({ kind: 'weights', change: { action: 'show' } });
  if (ws.length === 1 && ['reset', 'clear', 'default', 'defaults'].includes(nameKey(ws[0]!))) return ok({ kind: 'weights', change: { action: 'reset' } });
  const importance: Partial<Record<Criterion, number>> = {};
  for (const word of ws) {
    const [key, value] = word.split('=', 2);
    const criterion = key ? priorities.find(key) : undefined;
    const number = value === undefined ? NaN : Number(value);
    if (!criterion) {
      const suggestions = key ? suggestValues(priorities, key) : [];
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
      return fail(`"${echo(key ?? word)}" is not a criterion.${hint} Accepted: ${priorities.accepted.join(', ')}.`, 'weights', suggestions);
    }
    if (!Number.isFinite(number) || number < 0 || number > 10) return fail(`Give ${criterion} a number from 0 to 10, as in ${criterion}=3.`, 'weights');
    importance[criterion] = number;
  }
  // Unnamed criteria keep 1, so zeros are fine unless every criterion is set to 0.
  if (Object.keys(importance).length === priorities.accepted.length && Object.values(importance).every((v) => v === 0)) {
    return fail('At least one priority must be above 0.', 'weights');
  }
  const change: WeightsChange = { action: 'set', importance };
  return ok({ kind: 'weights', change });
}

function parseHelp(rest: string): ParseResult {
  const topic = nameKey(rest);
  if (topic === '') return ok({ kind: 'help' });
  const found = COMMAND_NAMES.find((c) => c === topic) ?? COMMAND_NAMES.find((c) => c === COMMAND_ALIASES[topic]);
  if (found) return ok({ kind: 'help', topic: found });
  // General help for an unknown topic would look like an answer; say it is not one.
  const guess = closestKeys(topic, COMMAND_NAMES, 1);
  const hint = guess.length > 0 ? ` Did you mean help ${guess[0]}?` : '';
  return fail(`There is no help topic "${echo(rest.trim())}".${hint} Topics: ${COMMAND_NAMES.join(', ')}.`, 'help', guess);
}

// ---------- entry ----------

export const COMMAND_ALIASES: Readonly<Record<string, CommandName>> = {
  compare: 'compare', cmp: 'compare', versus: 'compare', diff: 'compare',
  recommend: 'recommend', rec: 'recommend', suggest: 'recommend', advise: 'recommend',
  info: 'info', about: 'info', profile: 'info', show: 'info',
  top: 'top', rank: 'top', ranking: 'top', best: 'top',
  list: 'list', ls: 'list', frameworks: 'list',
  history: 'history', decisions: 'history',
  decide: 'decide', decision: 'decision', adr: 'decision', alerts: 'alerts',
  vote: 'vote', poll: 'vote',
  radar: 'radar', 'tech-radar': 'radar',
  weights: 'weights', weight: 'weights', defaults: 'weights',
  help: 'help', usage: 'help', '?': 'help',
};

/** Control, zero-width and direction characters, which hide or reorder text; a joiner inside an emoji is kept (below). */
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
/** The joiner of an emoji sequence (👩‍💻, 👩‍👩‍👧‍👦): removing it would show the user's emoji as separate pictures. */
const JOINS_EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?$/u;
const JOINS_EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

function visibleOrSpace(ch: string, at: number, text: string): string {
  const joinsEmoji = ch === '\u200d' && JOINS_EMOJI_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && JOINS_EMOJI_AFTER.test(text.slice(at + 1, at + 3));
  return joinsEmoji ? ch : ' ';
}

/** Strips what chat platforms wrap commands in: a leading "/framework" or "framework". */
function clean(text: string): string {
  return shorten(text, MAX_TEXT, { atWord: 'near', ellipsis: '' })
    .replace(INVISIBLE, visibleOrSpace)
    .replace(/[“”„]/g, '"')
    .replace(/^\s*\/?framework\b/i, '')
    .trim();
}

export function parseCommand(kb: KnowledgeBase, text: string): ParseResult {
  const cleaned = clean(text);
  if (cleaned === '') return ok({ kind: 'help' });
  const first = cleaned.split(/\s+/)[0] ?? '';
  const rest = cleaned.slice(cleaned.indexOf(first) + first.length).trim();
  const name = COMMAND_ALIASES[first.toLowerCase()] ?? (first === '?' ? 'help' : undefined);
  switch (name) {
    case 'compare':
      return parseCompare(kb, rest);
    case 'recommend':
      return parseRecommend(rest);
    case 'info': {
      if (rest === '') return fail('Which framework? For example: info nestjs.', 'info');
      const r = kb.resolve(rest);
      return r.found ? ok({ kind: 'info', framework: r.framework.id }) : unknownFrameworks(kb, [rest]);
    }
    case 'top':
      return parseLanguageFilter(rest, 'top');
    case 'list':
      return parseLanguageFilter(rest, 'list');
    case 'history':
      return parseHistory(rest);
    case 'decide':
      return parseDecide(kb, rest);
    case 'decision':
      return parseDecision(rest);
    case 'alerts':
      return parseAlerts(rest);
    case 'vote':
      return parseVote(kb, rest);
    case 'radar':
      return parseRadar(rest);
    case 'weights':
      return parseWeights(rest);
    case 'help':
      return parseHelp(rest);
    case undefined:
      break;
  }
  return parseBare(kb, cleaned);
}

/** No command word: "django" is info, "django vs fastapi" is a comparison. */
function parseBare(kb: KnowledgeBase, text: string): ParseResult {
  const whole = kb.resolve(text);
  if (whole.found) return ok({ kind: 'info', framework: whole.framework.id });
  const asCompare = parseCompare(kb, text);
  if (asCompare.ok) return asCompare;
  const firstWord = text.split(/\s+/)[0] ?? text;
  const commandGuess = closestKeys(nameKey(firstWord), COMMAND_NAMES, 1);
  const frameworkGuess = kb.resolve(text);
  const frameworks = frameworkGuess.found ? [] : frameworkGuess.suggestions;
  const guesses = [...commandGuess, ...frameworks.map((f) => f.id)];
  const spoken = [...commandGuess, ...frameworks.map((f) => f.name)];
  const hint = spoken.length > 0 ? ` Did you mean ${spoken.join(', ')}?` : '';
  const shown = shorten(text, ECHOED_LINE_MAX, { atWord: 'always' });
  return {
    ok: false,
    problem: {
      message: `I didn't understand "${shown}".${hint} Try compare, recommend, info, top, list or help.`,
      suggestions: guesses,
      usage: 'compare <a> <b> | recommend | info <framework> | top [criterion] | list [language] | help',
    },
  };
}
