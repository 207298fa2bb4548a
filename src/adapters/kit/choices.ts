/**
 * The terminal's buttons. Options are numbered in the order render-text
 * prints them; the guided flow's controls keep one letter on every step
 * (d Done, s Skip, b Back, r Start over, k Keep), so a person learns them
 * once. A choice can be typed by number ("3"), by several numbers for a
 * multi-select ("1,3"), or by its label or value ("performance").
 */
import { parseAction, type Action, type Input } from '../../core/index.js';

export const CONTROL_KEYS = ['d', 's', 'b', 'r', 'k'] as const;
export type ControlKey = (typeof CONTROL_KEYS)[number];

export interface Choice {
  /** "1", "2", ... for options; a letter for a control. */
  key: string;
  label: string;
  actionId: string;
  /** For a select option: its value; buttons have none. */
  value?: string;
  maxChoices: number;
}

/** The letter a flow control keeps across steps, from what the button does (not its label, which varies). */
function controlKey(actionId: string): ControlKey | undefined {
  const action = parseAction(actionId);
  if (action?.kind === 'flow-back') return 'b';
  if (action?.kind === 'flow-restart') return 'r';
  if (action?.kind !== 'flow-answer') return undefined;
  return ({ done: 'd', skip: 's', keep: 'k' } as const)[action.choice as 'done' | 'skip' | 'keep'];
}

export interface Keyed {
  options: Choice[];
  controls: Choice[];
  /** The multi-select on the card, if any: its picks are finished with d. */
  multiSelect?: Extract<Action, { type: 'select' }>;
}

export function keyChoices(actions: readonly Action[]): Keyed {
  const options: Choice[] = [];
  const controls: Choice[] = [];
  let multiSelect: Keyed['multiSelect'];
  for (const a of actions) {
    if (a.type === 'select') {
      if ((a.maxChoices ?? 1) > 1) multiSelect = a;
      for (const o of a.options) options.push({ key: String(options.length + 1), label: o.label, actionId: a.id, value: o.value, maxChoices: a.maxChoices ?? 1 });
      continue;
    }
    const letter = controlKey(a.id);
    if (letter) controls.push({ key: letter, label: a.label, actionId: a.id, maxChoices: 1 });
    else options.push({ key: String(options.length + 1), label: a.label, actionId: a.id, maxChoices: 1 });
  }
  controls.sort((x, y) => CONTROL_KEYS.indexOf(x.key as ControlKey) - CONTROL_KEYS.indexOf(y.key as ControlKey));
  return { options, controls, ...(multiSelect ? { multiSelect } : {}) };
}

export type ChoiceResult = { ok: true; input: Input } | { ok: false; message: string } | { ok: 'not-a-choice' };

const normalise = (text: string) => text.trim().toLowerCase();

/** The option a word names: its number, its label or its value, ignoring case. */
function findOption(word: string, options: readonly Choice[]): Choice | undefined {
  const w = normalise(word);
  return options.find((o) => o.key === w) ?? options.find((o) => normalise(o.label) === w || (o.value !== undefined && normalise(o.value) === w));
}

/**
 * Reads a line against the latest card's actions. `picked` holds what this
 * session already chose in the card's multi-select: a new pick adds to it
 * (typing a picked option again takes it out), as ticking a box would.
 */
export function readChoice(line: string, actions: readonly Action[], picked: readonly string[] = []): ChoiceResult {
  const { options, controls, multiSelect } = keyChoices(actions);
  const text = normalise(line);
  if ((CONTROL_KEYS as readonly string[]).includes(text)) return readControl(text as ControlKey, controls, multiSelect);
  const words = text.split(/\s*,\s*/);
  const numbersOnly = /^\d+(\s*,\s*\d+)*$/.test(text);
  const chosen = words.map((w) => findOption(w, options));
  if (chosen.some((c) => c === undefined)) {
    if (!numbersOnly) return { ok: 'not-a-choice' };
    if (options.length === 0) return { ok: false, message: 'There is nothing to choose here. Type a command, or "help".' };
    return { ok: false, message: `Choose a number from 1 to ${options.length}${controls.length > 0 ? ` or a letter: ${controls.map((c) => c.key).join(', ')}` : ''}.` };
  }
  return pick(chosen as Choice[], picked);
}

function readControl(key: ControlKey, controls: readonly Choice[], multiSelect: Keyed['multiSelect']): ChoiceResult {
  const control = controls.find((c) => c.key === key);
  if (control) return { ok: true, input: { type: 'action', id: control.actionId } };
  if (key === 'd' && multiSelect) return { ok: false, message: 'Pick at least one first: numbers like 1,3 or names, then d. Or s to skip.' };
  const offered = [...(multiSelect && !controls.some((c) => c.key === 'd') ? ['d Done'] : []), ...controls.map((c) => `${c.key} ${c.label}`)];
  return { ok: false, message: `There is no ${key} here. The letters on offer: ${offered.join(', ') || 'none'}.` };
}

function pick(chosen: readonly Choice[], picked: readonly string[]): ChoiceResult {
  const unique = [...new Map(chosen.map((c) => [c.key, c])).values()];
  const first = unique[0]!;
  if (unique.length === 1 && first.value === undefined) return { ok: true, input: { type: 'action', id: first.actionId } };
  if (unique.some((c) => c.actionId !== first.actionId || c.value === undefined)) {
    return { ok: false, message: 'Pick several only from one list of options, e.g. 1,3.' };
  }
  const values = first.maxChoices > 1 ? toggle(picked, unique.map((c) => c.value!)) : unique.map((c) => c.value!);
  if (values.length > first.maxChoices) return { ok: false, message: `Pick at most ${first.maxChoices} here; d when done.` };
  if (values.length === 0) return { ok: false, message: 'That empties the selection: pick at least one, or s to skip.' };
  return { ok: true, input: { type: 'action', id: first.actionId, values } };
}

/** What is picked after choosing `more`: each one picked already comes out, the rest go in. */
function toggle(picked: readonly string[], more: readonly string[]): string[] {
  const out = picked.filter((v) => !more.includes(v));
  for (const v of more) if (!picked.includes(v)) out.push(v);
  return out;
}
