/**
 * Plain questions ("which is better for a startup, rails or django?") read as
 * the commands of the command language, with the answers they contain. It is
 * deterministic and local: phrase tables (prose-words.ts), the knowledge
 * base's own names and aliases, and a one-letter typo allowance. It never
 * throws, and the only user text it hands back is the list of words it did
 * not use, made of letters, digits and . - # + only.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { isKnownConfusion } from '../knowledge/confusions.js';
import { editDistance, nameKey } from '../knowledge/names.js';
import { preferencesFrom } from '../scoring/preferences.js';
import type { Answers } from '../team/answers.js';
import { rank } from '../scoring/rank.js';
import { shorten } from '../text/shorten.js';
import { LANGUAGES, type Criterion, type Language, type MustHave, type ProjectType, type Scale, type TeamExperience } from '../vocabulary.js';
import { tokenize, type Token } from './chat-text.js';
import type { Command } from './command.js';
import { MAX_COMPARE } from './parse.js';
import { EVERYDAY_WORDS, MAX_PHRASE_WORDS, NAME_AFTER, NAME_BEFORE, NOT_A_PROJECT_AFTER, PHRASE_PREFIXES, PROSE_PHRASES, type Meaning, type Verb } from './prose-words.js';

/** What a plain question asks for: a command, or the guided flow when there is too little to go on. */
export type PlainCommand = Command | { kind: 'flow'; answers: Answers };

export interface Reading {
  command: PlainCommand;
  /** Framework ids the command is about: named, or chosen for a named language. */
  frameworks: string[];
  /** Every answer read from the text, whichever command it went to. */
  answers: Answers;
  /** Languages the text ruled out ("not Java"). */
  notLanguages: Language[];
  /** The framework picked to stand for a language ("compare go rust"). */
  chosen: Array<{ language: Language; framework: string }>;
  /** Words read through a typo ("rials" as Ruby on Rails). */
  corrected: Array<{ written: string; as: string }>;
  /** Whether any word was read through a typo, including ones not worth mentioning ("recomend" as recommend). */
  guessed: boolean;
  /** Words it could not place, stop words left out. */
  unused: string[];
}

// ---------- reading the words ----------

type Item =
  | { type: 'meaning'; meanings: readonly Meaning[]; start: number; end: number; words: string }
  | { type: 'framework'; id: string; start: number; end: number; words: string; fallback?: readonly Meaning[] }
  | { type: 'number'; value: number; start: number; end: number; words: string }
  | { type: 'mark'; start: number; end: number; words: string }
  | { type: 'unknown'; start: number; end: number; words: string };

const MAX_NAME_WORDS = 4;
const NUMBER = /^(\d{1,9}(?:\.\d{1,3})?)(k|m|mm|million|thousand)?$/;
const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6 };
const SEASON_BEFORE = new Set(['this', 'next', 'in', 'by', 'until', 'last', 'early', 'late', 'the', 'of']);
const GO_NOT_BEFORE = new Set(['with', 'for', 'to', 'ahead', 'live', 'back', 'on', 'through', 'over', 'into', 'from', 'out', 'home', 'away', 'and', 'the', 'a', 'an', 'fast', 'faster']);

function numberValue(word: string, next?: string): number | undefined {
  const m = NUMBER.exec(word);
  if (!m) return undefined;
  return Number(m[1]) * (MULTIPLIER[m[2] ?? next ?? ''] ?? 1);
}

/** Every prefix of every spelling's key (and of key + "js", which lookup also accepts): where a name can still grow. */
const namePrefixCache = new WeakMap<KnowledgeBase, Set<string>>();

function namePrefixes(kb: KnowledgeBase): Set<string> {
  const cached = namePrefixCache.get(kb);
  if (cached) return cached;
  const prefixes = new Set<string>();
  for (const f of kb.frameworks) {
    for (const text of [f.id, f.name, ...f.aliases]) {
      const key = nameKey(text);
      for (const full of [key, `${key}js`]) for (let n = 1; n <= full.length; n++) prefixes.add(full.slice(0, n));
    }
  }
  namePrefixCache.set(kb, prefixes);
  return prefixes;
}

/**
 * The longest phrase or name starting at `i`, grown a word at a time while a
 * phrase or a name can still match. At equal length an answer beats a
 * framework name (".NET" is the language), and a name beats filler.
 */
function itemAt(kb: KnowledgeBase, tokens: readonly Token[], keys: readonly string[], i: number): Item {
  const t = tokens[i]!;
  if (t.mark && !PROSE_PHRASES.has(t.word)) return { type: 'mark', start: i, end: i + 1, words: t.word };
  const number = numberValue(t.word);
  if (number !== undefined) {
    const multiplied = numberValue(t.word, tokens[i + 1]?.word);
    const swallow = multiplied !== number && !/[a-z]$/.test(t.word) ? 2 : 1;
    return { type: 'number', value: multiplied ?? number, start: i, end: i + swallow, words: t.word };
  }
  const prefixes = namePrefixes(kb);
  let best: Item | undefined;
  let phrase = '';
  let key = '';
  let phraseAlive = true;
  // A name may hold a slash ("net/http") but never a comma or a question mark.
  let nameAlive = !t.mark;
  for (let end = i + 1; end <= tokens.length && end - i <= MAX_PHRASE_WORDS && (phraseAlive || nameAlive); end++) {
    const s = tokens[end - 1]!;
    phrase = end === i + 1 ? s.word : `${phrase} ${s.word}`;
    key += keys[end - 1]!;
    phraseAlive = phraseAlive && PHRASE_PREFIXES.has(phrase);
    nameAlive = nameAlive && end - i <= MAX_NAME_WORDS && (!s.mark || s.word === '/') && key !== '' && prefixes.has(key);
    const meanings = phraseAlive ? PROSE_PHRASES.get(phrase) : undefined;
    const answerLike = meanings?.some((m) => m.kind !== 'filler' && m.kind !== 'question' && m.kind !== 'asking');
    const framework = nameAlive && !s.mark ? kb.lookup(phrase) : undefined;
    if (meanings && answerLike) best = { type: 'meaning', meanings, start: i, end, words: phrase };
    else if (framework) best = { type: 'framework', id: framework.id, start: i, end, words: phrase, ...(meanings ? { fallback: meanings } : {}) };
    else if (meanings) best = { type: 'meaning', meanings, start: i, end, words: phrase };
  }
  return best ?? { type: 'unknown', start: i, end: i + 1, words: t.word };
}

function segment(kb: KnowledgeBase, tokens: readonly Token[]): Item[] {
  const items: Item[] = [];
  const keys = tokens.map((t) => (t.mark ? '' : nameKey(t.word)));
  for (let i = 0; i < tokens.length; ) {
    const item = itemAt(kb, tokens, keys, i);
    items.push(item);
    i = item.end;
  }
  return items;
}

// ---------- typos ----------

interface Spelling {
  key: string;
  item: (start: number, words: string) => Item;
  label: string;
}

const spellingCache = new WeakMap<KnowledgeBase, Spelling[]>();

/** Framework names from the knowledge base and the one-word prose values, as typo targets. */
function spellings(kb: KnowledgeBase): Spelling[] {
  const cached = spellingCache.get(kb);
  if (cached) return cached;
  const list: Spelling[] = [];
  for (const f of kb.frameworks) {
    for (const text of [f.id, f.name, ...f.aliases]) {
      const key = nameKey(text);
      if (key.length >= 5) list.push({ key, label: f.name, item: (start, words) => ({ type: 'framework', id: f.id, start, end: start + 1, words }) });
    }
  }
  for (const [phrase, meanings] of PROSE_PHRASES) {
    // Filler is not a typo target: a near-miss of "there" is not worth reading as "there".
    if (phrase.includes(' ') || phrase.length < 5 || meanings.every((m) => m.kind === 'filler')) continue;
    list.push({ key: nameKey(phrase), label: phrase, item: (start, words) => ({ type: 'meaning', meanings, start, end: start + 1, words }) });
  }
  spellingCache.set(kb, list);
  return list;
}

/** One edit away from exactly one thing, same first letter, five letters or more: a typo worth reading through. */
function throughTypo(kb: KnowledgeBase, item: Item): { item: Item; label: string } | undefined {
  const key = nameKey(item.words);
  if (key.length < 5 || key.length > 30) return undefined;
  const hits = new Map<string, { item: Item; label: string }>();
  for (const s of spellings(kb)) {
    if (s.key[0] !== key[0] || Math.abs(s.key.length - key.length) > 1) continue;
    if (editDistance(key, s.key) !== 1) continue;
    const candidate = s.item(item.start, item.words);
    if (candidate.type === 'framework' && isKnownConfusion(item.words, candidate.id)) continue;
    hits.set(candidate.type === 'framework' ? candidate.id : s.label, { item: candidate, label: s.label });
  }
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

// ---------- names that are also English ----------

const isName = (item: Item | undefined): boolean => item?.type === 'framework' || (item?.type === 'meaning' && item.meanings.some((m) => m.kind === 'language'));
const isJoiner = (item: Item | undefined): boolean => item?.type === 'mark' ? [',', '&', '/'].includes(item.words) : item?.type === 'meaning' && item.meanings.some((m) => m.kind === 'joiner');

/** Does the context say a name is meant by an everyday word ("Echo", "echo or gin", "use echo", "play framework")? */
function nameMeant(tokens: readonly Token[], items: readonly Item[], k: number): boolean {
  const item = items[k]!;
  const word = tokens[item.start]!;
  const before = tokens[item.start - 1]?.word;
  const after = tokens[item.end]?.word;
  if (word.word === 'spring' && before !== undefined && SEASON_BEFORE.has(before)) return false;
  if (word.word === 'go' && after !== undefined && GO_NOT_BEFORE.has(after)) return false;
  if (word.capitalised && !word.sentenceStart) return true;
  if ((before !== undefined && NAME_BEFORE.has(before)) || (after !== undefined && NAME_AFTER.has(after))) return true;
  const plainName = (j: number) => isName(items[j]) && !EVERYDAY_WORDS.has(items[j]!.words);
  return (isJoiner(items[k - 1]) && plainName(k - 2)) || (isJoiner(items[k + 1]) && plainName(k + 2));
}

/** Everyday words without a sign of a name become what they are in English; a project word beside a language is not a project. */
function settle(tokens: readonly Token[], items: Item[]): Item[] {
  return items.map((item, k) => {
    const everyday = EVERYDAY_WORDS.has(item.words) && (item.type === 'framework' || (item.type === 'meaning' && item.meanings.some((m) => m.kind === 'language')));
    if (everyday && !nameMeant(tokens, items, k)) {
      if (item.type === 'framework' && item.fallback) return { type: 'meaning', meanings: item.fallback, start: item.start, end: item.end, words: item.words };
      return item.type === 'framework' ? { type: 'unknown', start: item.start, end: item.end, words: item.words } : { type: 'meaning', meanings: [{ kind: 'filler' }], start: item.start, end: item.end, words: item.words };
    }
    const notAfter = item.type === 'meaning' ? NOT_A_PROJECT_AFTER[item.words] : undefined;
    if (notAfter) {
      const before = tokens[item.start - 1]?.word;
      const afterLanguage = isName(items[k - 1]) || (before !== undefined && notAfter.has('language') && isName(items[k - 1]));
      if (afterLanguage || (before !== undefined && notAfter.has(before))) return { type: 'meaning', meanings: [{ kind: 'filler' }], start: item.start, end: item.end, words: item.words };
    }
    return item;
  });
}

// ---------- gathering answers ----------

interface Gathered {
  frameworks: string[];
  notFrameworks: string[];
  languages: string[];
  notLanguages: string[];
  projects: Array<{ value: ProjectType; generic: boolean }>;
  priorities: Criterion[];
  mustHaves: MustHave[];
  scale?: Scale;
  team?: TeamExperience;
  verb?: Verb;
  superlative: boolean;
  question: boolean;
  limit?: number;
  unused: string[];
  corrected: Array<{ written: string; as: string }>;
}

const SCALE_NOUNS = new Set(['users', 'user', 'customers', 'visitors', 'requests', 'rps', 'qps', 'people', 'daily', 'monthly', 'active', 'dau', 'mau', 'concurrent', 'players', 'clients', 'tenants']);
const push = <T>(list: T[], value: T) => {
  if (!list.includes(value)) list.push(value);
};

function scaleOf(n: number): Scale {
  return n >= 1e6 ? 'millions' : n >= 1e3 ? 'thousands' : 'prototype';
}

/** Negation covers the next few words, and a list joined to it: "no Java or PHP". */
const NEGATION_REACH = 3;

function gather(tokens: readonly Token[], items: readonly Item[]): Gathered {
  const g: Gathered = { frameworks: [], notFrameworks: [], languages: [], notLanguages: [], projects: [], priorities: [], mustHaves: [], superlative: false, question: false, unused: [], corrected: [] };
  let negation = 0;
  let lastNegated = false;
  const settleAfter = (answered: boolean, denied: boolean) => {
    lastNegated = answered && denied;
    negation = 0;
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // A list after a negation stays negated only while it lists names: "no Java or PHP", but "no Ruby, blog".
    const denied: boolean = negation > 0 || (lastNegated && isJoiner(items[k - 1]) && isName(item));
    if (isJoiner(item)) continue;
    switch (item.type) {
      case 'framework':
        push(denied ? g.notFrameworks : g.frameworks, item.id);
        settleAfter(true, denied);
        break;
      case 'number':
        readNumber(g, tokens, items, k, item);
        settleAfter(false, false);
        break;
      case 'unknown':
        push(g.unused, item.words);
        negation = Math.max(0, negation - 1);
        lastNegated = false;
        break;
      case 'mark':
        settleAfter(false, false);
        break;
      case 'meaning': {
        if (item.meanings.some((m) => m.kind === 'negation')) {
          negation = NEGATION_REACH;
          lastNegated = false;
          break;
        }
        const answered = readMeanings(g, item, denied);
        if (answered || item.meanings.some((m) => m.kind !== 'filler')) settleAfter(answered, denied);
        else {
          negation = Math.max(0, negation - 1);
          lastNegated = false;
        }
      }
    }
  }
  return g;
}

/** "top 5" is a limit; "10k users" is a scale; other numbers are left alone. */
function readNumber(g: Gathered, tokens: readonly Token[], items: readonly Item[], k: number, item: Extract<Item, { type: 'number' }>): void {
  const previous = items[k - 1];
  const next = tokens[item.end]?.word;
  const afterTop = previous?.type === 'meaning' && previous.meanings.some((m) => m.kind === 'verb' && m.value === 'top');
  if (afterTop && item.value >= 1 && item.value <= 50) g.limit = Math.floor(item.value);
  else if ((next !== undefined && SCALE_NOUNS.has(next)) || /[a-z]$/.test(item.words) || item.end - item.start > 1) g.scale ??= scaleOf(item.value);
}

/** Applies one phrase's meanings; true when it carried an answer (negated answers are dropped, negated languages excluded). */
function readMeanings(g: Gathered, item: Extract<Item, { type: 'meaning' }>, denied: boolean): boolean {
  let answered = false;
  for (const m of item.meanings) {
    switch (m.kind) {
      case 'language':
        for (const l of m.value) push(denied ? g.notLanguages : g.languages, l);
        answered = true;
        break;
      case 'project':
        if (!denied) g.projects.push({ value: m.value, generic: m.generic ?? false });
        answered = true;
        break;
      case 'priority':
        if (!denied) push(g.priorities, m.value);
        answered = true;
        break;
      case 'mustHave':
        if (!denied) push(g.mustHaves, m.value);
        answered = true;
        break;
      case 'scale':
        if (!denied) g.scale ??= m.value;
        answered = true;
        break;
      case 'team':
        if (!denied) g.team ??= m.value;
        answered = true;
        break;
      case 'verb':
        g.verb ??= m.value;
        break;
      case 'superlative':
        g.superlative = true;
        break;
      case 'question':
        g.question = true;
        break;
      case 'negation':
      case 'joiner':
      case 'asking':
      case 'filler':
        break;
    }
  }
  return answered;
}

// ---------- from answers to a command ----------

const SUPPORTED = new Set<string>(LANGUAGES);
const supported = (ids: readonly string[]): Language[] => ids.filter((l): l is Language => SUPPORTED.has(l));

function answersOf(g: Gathered): { answers: Answers; notLanguages: Language[] } {
  const answers: Answers = {};
  const project = g.projects.find((p) => !p.generic) ?? g.projects[0];
  if (project) answers.project = project.value;
  const notLanguages = supported(g.notLanguages);
  const named = supported(g.languages).filter((l) => !notLanguages.includes(l));
  if (named.length > 0) answers.languages = named;
  else if (notLanguages.length > 0) answers.languages = LANGUAGES.filter((l) => !notLanguages.includes(l));
  if (g.priorities.length > 0) answers.priorities = g.priorities.slice(0, 2);
  if (g.mustHaves.length > 0) answers.mustHaves = g.mustHaves;
  if (g.scale) answers.scale = g.scale;
  if (g.team) answers.team = g.team;
  return { answers, notLanguages };
}

/** The best-scoring frameworks of a language for these answers, skipping those already taken. */
function leaders(kb: KnowledgeBase, language: Language, answers: Answers, taken: readonly string[], count: number): string[] {
  const prefs = preferencesFrom({ ...(answers.project ? { project: answers.project } : {}), ...(answers.priorities ? { priorities: answers.priorities } : {}) });
  return rank(kb.frameworks, { ...prefs, languages: [language], mustHaves: [] })
    .ranked.map((r) => r.framework.id)
    .filter((id) => !taken.includes(id))
    .slice(0, count);
}

/** "compare go rust": each named language's leading framework joins the named frameworks; one language alone gives its top three. */
function compareWithLanguages(kb: KnowledgeBase, g: Gathered, answers: Answers): { frameworks: string[]; chosen: Reading['chosen'] } {
  const frameworks = [...g.frameworks];
  const chosen: Reading['chosen'] = [];
  const covered = (l: Language) => frameworks.some((id) => kb.get(id)?.languages.includes(l));
  const languages = supported(g.languages).filter((l) => !covered(l));
  const perLanguage = frameworks.length === 0 && languages.length === 1 ? 3 : 1;
  for (const language of languages) {
    for (const id of leaders(kb, language, answers, frameworks, perLanguage)) {
      frameworks.push(id);
      chosen.push({ language, framework: id });
    }
  }
  return { frameworks: frameworks.slice(0, MAX_COMPARE), chosen: chosen.filter((c) => frameworks.slice(0, MAX_COMPARE).includes(c.framework)) };
}

function decide(kb: KnowledgeBase, g: Gathered): Omit<Reading, 'unused' | 'corrected' | 'guessed' | 'notLanguages' | 'answers'> | undefined {
  const { answers } = answersOf(g);
  const languages = answers.languages ?? [];
  const onlyFilters = !answers.project && !answers.mustHaves && !answers.scale && !answers.team && (answers.priorities?.length ?? 0) <= 1;
  const criterion: Criterion | 'overall' = answers.priorities?.[0] ?? 'overall';
  const top = (): PlainCommand => ({ kind: 'top', criterion, languages, ...(g.limit ? { limit: g.limit } : {}), ...(answers.project ? { project: answers.project } : {}) });
  const compare = () => {
    const { frameworks, chosen } = compareWithLanguages(kb, g, answers);
    return frameworks.length >= 2 ? { command: { kind: 'compare', frameworks } as PlainCommand, frameworks, chosen } : undefined;
  };
  const plain = (command: PlainCommand, frameworks: string[] = []) => ({ command, frameworks, chosen: [] });
  const foreignLanguage = supported(g.languages).some((l) => !g.frameworks.some((id) => kb.get(id)?.languages.includes(l)));
  switch (g.verb) {
    case 'compare':
      return compare();
    case 'info':
      if (g.frameworks.length === 1) return plain({ kind: 'info', framework: g.frameworks[0]! }, g.frameworks);
      if (g.frameworks.length === 0 && languages.length > 0) return plain({ kind: 'list', languages });
      return g.frameworks.length > 1 ? compare() : undefined;
    case 'list':
      if (g.frameworks.length === 0) return plain({ kind: 'list', languages });
      break;
    case 'top':
      if (g.frameworks.length === 0) return plain(top());
      break;
    case 'recommend':
    case undefined:
      break;
  }
  if (g.frameworks.length >= 2) return compare();
  if (g.frameworks.length === 1) return foreignLanguage ? compare() : plain({ kind: 'info', framework: g.frameworks[0]! }, g.frameworks);
  if (g.superlative && onlyFilters) return plain(top());
  if (Object.keys(answers).length > 0) return plain({ kind: 'recommend', answers });
  if (g.question || g.verb === 'recommend') return plain({ kind: 'flow', answers: {} });
  return undefined;
}

// ---------- entry ----------

/** Echoed words: safe characters only, and short. */
function shown(word: string): string {
  const safe = word.replace(/[^\p{L}\p{N}.#+ -]/gu, '');
  // Through shorten(), as every cut is: a slice could split a surrogate pair ("𝕰") into a lone half.
  return shorten(safe, 30);
}

/**
 * Reads a plain question. Undefined when nothing in it is about choosing a
 * framework (no name, no answer, no question): the caller then says it did
 * not understand.
 */
export function interpret(kb: KnowledgeBase, text: string): Reading | undefined {
  try {
    const tokens = tokenize(typeof text === 'string' ? text : '');
    const corrected: Reading['corrected'] = [];
    let guessed = false;
    const items = segment(kb, tokens).map((item) => {
      if (item.type !== 'unknown') return item;
      const fixed = throughTypo(kb, item);
      if (!fixed) return item;
      guessed = true;
      // A misspelt "shoud" is not worth mentioning; a misspelt name or answer is.
      const worthSaying = fixed.item.type === 'framework' || (fixed.item.type === 'meaning' && fixed.item.meanings.some((m) => m.kind !== 'question' && m.kind !== 'asking' && m.kind !== 'verb'));
      if (worthSaying) corrected.push({ written: shown(item.words), as: fixed.item.type === 'framework' ? (kb.get(fixed.item.id)?.name ?? fixed.label) : fixed.label });
      return fixed.item;
    });
    const g = gather(tokens, settle(tokens, items));
    for (const l of g.languages.filter((l) => !SUPPORTED.has(l))) push(g.unused, l);
    for (const id of g.notFrameworks) push(g.unused, `not ${kb.get(id)?.name ?? id}`);
    const decided = decide(kb, g);
    if (!decided) return undefined;
    // A comparison holds at most four: a fifth named framework is said to be left out, never dropped silently.
    if (decided.command.kind === 'compare') for (const id of g.frameworks.filter((id) => !decided.frameworks.includes(id))) push(g.unused, kb.get(id)?.name ?? id);
    const { answers, notLanguages } = answersOf(g);
    const unused = g.unused.map(shown).filter(Boolean).slice(0, 10);
    return { ...decided, answers, notLanguages, corrected, guessed, unused };
  } catch {
    // A reader that fails must not take the reply down with it: say "not understood".
    return undefined;
  }
}
