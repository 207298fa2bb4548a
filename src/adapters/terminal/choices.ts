/**
 * Numbered choices: the terminal's buttons. The numbers follow the order in
 * which render-text prints them (buttons, then each select's options).
 */
import type { Action } from '../../core/cards/card.js';
import type { Input } from '../../core/conversations/effects.js';

interface Numbered {
  actionId: string;
  /** For a select option: its value; buttons have none. */
  value?: string;
  maxChoices: number;
}

export function numberChoices(actions: readonly Action[]): Numbered[] {
  return actions.flatMap((a): Numbered[] =>
    a.type === 'button' ? [{ actionId: a.id, maxChoices: 1 }] : a.options.map((o) => ({ actionId: a.id, value: o.value, maxChoices: a.maxChoices ?? 1 })),
  );
}

export type ChoiceResult = { ok: true; input: Input } | { ok: false; message: string } | { ok: 'not-a-choice' };

/** "3" clicks choice 3; "1,4" picks options 1 and 4 of one select. Anything else is not a choice. */
export function readChoice(line: string, actions: readonly Action[]): ChoiceResult {
  if (!/^\s*\d+(\s*,\s*\d+)*\s*$/.test(line)) return { ok: 'not-a-choice' };
  const numbered = numberChoices(actions);
  if (numbered.length === 0) return { ok: false, message: 'There is nothing to choose here. Type a command, or "help".' };
  const picks = [...new Set(line.split(',').map((n) => Number(n.trim())))];
  const chosen = picks.map((n) => numbered[n - 1]);
  if (chosen.some((c) => c === undefined)) return { ok: false, message: `Choose a number from 1 to ${numbered.length}.` };
  const first = chosen[0]!;
  if (chosen.length === 1 && first.value === undefined) return { ok: true, input: { type: 'action', id: first.actionId } };
  if (chosen.some((c) => c!.actionId !== first.actionId || c!.value === undefined)) {
    return { ok: false, message: 'Pick several numbers only from one list of options, e.g. 1,3.' };
  }
  if (chosen.length > first.maxChoices) return { ok: false, message: `Pick at most ${first.maxChoices} here.` };
  return { ok: true, input: { type: 'action', id: first.actionId, values: chosen.map((c) => c!.value!) } };
}
