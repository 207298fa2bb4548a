/**
 * The vote command's words: `vote [<framework> ...] [closes in 2d] [ranked]
 * [anonymous]` starts a vote (on the named frameworks, or on the channel's
 * latest shared result), `vote add <framework>` adds an option before the
 * first ballot. Words may come in any order, as Discord's options and people
 * both put them.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Command, ParseResult } from './command.js';
import { type Deadline, deadlineWord, fillerStartsDeadline, readDeadline, startsDeadline } from './deadline.js';
import { commandSpec } from './spec.js';

/** A vote record holds at most five options. */
export const MAX_VOTE_OPTIONS = 5;
/** The longest framework name is a few words ("django rest framework"). */
const MAX_NAME_WORDS = 4;

const RANKED = new Set(['ranked', 'rank', 'ranking', 'irv', 'runoff', 'instant-runoff', 'preferential']);
const ANONYMOUS = new Set(['anonymous', 'anon', 'secret', 'hidden']);
const ADD = new Set(['add', 'include']);
const JOINERS = new Set(['and', 'or', 'vs', 'vs.', 'versus', 'between', 'with', '&', 'on', 'about']);

const ok = (command: Command): ParseResult => ({ ok: true, command });
const fail = (message: string, suggestions: string[] = []): ParseResult => ({ ok: false, problem: { message, suggestions, usage: commandSpec('vote').usage } });

function wordsOf(rest: string): string[] {
  return rest.toLowerCase().replace(/[=,;]/g, ' ').split(/\s+/).filter(Boolean);
}

interface Parts {
  ids: string[];
  unknown: string[];
  deadline: string[][];
  ranked: boolean;
  anonymous: boolean;
  add: boolean;
}

/** The longest framework name starting at word `i` ("ruby on rails" before "on" is read as a joiner): its id and length. */
function nameAt(kb: KnowledgeBase, words: readonly string[], i: number): { id: string; length: number } | undefined {
  for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i; j--) {
    const found = kb.lookup(words.slice(i, j).join(' '));
    if (found) return { id: found.id, length: j - i };
  }
  return undefined;
}

/** Sorts the words into framework names, flags and deadline phrases; the words that are none of these are unknown. */
function split(kb: KnowledgeBase, words: readonly string[]): Parts {
  const parts: Parts = { ids: [], unknown: [], deadline: [], ranked: false, anonymous: false, add: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const name = nameAt(kb, words, i);
    if (name && name.length > 1) {
      parts.ids.push(name.id);
      i += name.length - 1;
    } else if (RANKED.has(w)) parts.ranked = true;
    else if (ANONYMOUS.has(w)) parts.anonymous = true;
    else if (ADD.has(w)) parts.add = true;
    else if (startsDeadline(w) || fillerStartsDeadline(w, words[i + 1])) {
      const phrase = [w];
      while (i + 1 < words.length && deadlineWord(words[i + 1]!) && !startsNewKeyword(phrase, words[i + 1]!)) phrase.push(words[++i]!);
      // "closes soonish", "in 2 fortnights": an unreadable deadline is quoted whole, rather than its last word taken for a framework.
      const next = words[i + 1];
      if (next !== undefined && !readDeadline(phrase).ok && !nameAt(kb, words, i + 1) && !RANKED.has(next) && !ANONYMOUS.has(next) && !JOINERS.has(next)) phrase.push(words[++i]!);
      parts.deadline.push(phrase);
    } else if (name) parts.ids.push(name.id);
    else if (!JOINERS.has(w)) parts.unknown.push(w);
  }
  return parts;
}

/** "closes in 2d closes in 3d": a second keyword starts a second phrase. */
const startsNewKeyword = (phrase: readonly string[], next: string) => phrase.length > 1 && ['closes', 'close', 'closing', 'deadline'].includes(next);

function unknownNames(kb: KnowledgeBase, unknown: readonly string[]): ParseResult {
  const guesses = unknown.slice(0, 3).flatMap((w) => {
    const r = kb.resolve(w);
    return r.found ? [] : r.suggestions;
  });
  const hint = guesses.length > 0 ? ` Did you mean ${[...new Set(guesses.map((f) => f.name))].join(', ')}?` : ' Try "list" to see the frameworks I know.';
  const quoted = unknown.slice(0, 3).map((w) => `"${w.slice(0, 40)}"`).join(', ');
  return fail(`I don't know ${quoted} as a framework or a vote option (ranked, anonymous, closes in 2d).${hint}`, [...new Set(guesses.map((f) => f.id))]);
}

export function parseVote(kb: KnowledgeBase, rest: string): ParseResult {
  const parts = split(kb, wordsOf(rest));
  if (parts.unknown.length > 0) return unknownNames(kb, parts.unknown);
  const ids = [...new Set(parts.ids)];
  if (parts.add) {
    if (parts.deadline.length > 0 || parts.ranked || parts.anonymous) return fail('"vote add" takes one framework only, as in "vote add fastify"; a deadline or style is set when the vote starts.');
    if (ids.length !== 1) return fail(ids.length === 0 ? 'Which framework should I add to the open vote? For example: vote add fastify.' : 'Add one framework at a time, as in "vote add fastify".');
    return ok({ kind: 'vote', action: 'add', framework: ids[0]! });
  }
  if (parts.deadline.length > 1) return fail('Give the vote one deadline, as in "vote closes in 2d".');
  let deadline: Deadline | undefined;
  if (parts.deadline.length === 1) {
    const read = readDeadline(parts.deadline[0]!);
    if (!read.ok) return fail(read.message);
    deadline = read.deadline;
  }
  if (ids.length === 1) return fail(`A vote needs at least two frameworks: ${kb.get(ids[0]!)?.name ?? ids[0]} and what? Or name none to vote on the channel's latest shared result.`);
  if (ids.length > MAX_VOTE_OPTIONS) return fail(`A vote holds at most ${MAX_VOTE_OPTIONS} frameworks; you named ${ids.length}.`);
  return ok({ kind: 'vote', action: 'start', frameworks: ids, ...(deadline ? { deadline } : {}), ranked: parts.ranked, anonymous: parts.anonymous });
}
