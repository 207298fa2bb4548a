/**
 * One entry for text from people: the command language first, then the
 * plain-question reader when the text is not a command. A text that starts
 * with a command word ("compare djnago fastapi") is held to the command's
 * own rules: if reading it as a question needs a typo guess or leaves words
 * over, the parser's "did you mean" is the better reply.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { closestKeys, nameKey } from '../knowledge/names.js';
import { tokenize } from './chat-text.js';
import type { Command, ParseProblem } from './command.js';
import { interpret, type Reading } from './interpret.js';
import { COMMAND_ALIASES, parseCommand } from './parse.js';
import { COMMAND_NAMES } from './spec.js';

export type Understanding =
  | { kind: 'command'; command: Command }
  | { kind: 'plain'; reading: Reading }
  | { kind: 'problem'; problem: ParseProblem };

/** Does the text start with a command word, or a misspelt one ("compair"), after any "/framework"? */
function commandLed(text: string): boolean {
  const words = tokenize(text.slice(0, 200)).filter((t) => !t.mark).map((t) => t.word);
  const first = words[0] === 'framework' ? words[1] : words[0];
  if (first === undefined) return false;
  return Object.hasOwn(COMMAND_ALIASES, first) || (first.length >= 5 && closestKeys(nameKey(first), COMMAND_NAMES, 1).length > 0);
}

/** A word left over that is close to a framework name: worth a "did you mean" rather than a guess without it. */
function nearMiss(kb: KnowledgeBase, reading: Reading): ParseProblem | undefined {
  for (const word of reading.unused) {
    if (word.startsWith('not ')) continue;
    const r = kb.resolve(word);
    if (!r.found && r.suggestions.length > 0) {
      return {
        message: `I don't know "${word}" as a framework. Did you mean ${r.suggestions.map((f) => f.name).join(', ')}?`,
        suggestions: r.suggestions.map((f) => f.id),
      };
    }
  }
  return undefined;
}

export function understand(kb: KnowledgeBase, text: string): Understanding {
  const parsed = parseCommand(kb, text);
  if (parsed.ok) return { kind: 'command', command: parsed.command };
  const reading = interpret(kb, text);
  if (!reading) return { kind: 'problem', problem: parsed.problem };
  if (commandLed(text) && (reading.unused.length > 0 || reading.guessed)) return { kind: 'problem', problem: parsed.problem };
  const miss = nearMiss(kb, reading);
  if (miss) return { kind: 'problem', problem: miss };
  return { kind: 'plain', reading };
}
