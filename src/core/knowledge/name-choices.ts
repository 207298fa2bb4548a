/**
 * Framework names for autocomplete: what the user typed matched against
 * every name and alias in the knowledge base. The choice shows the name (and
 * the alias that matched, when it differs) and carries the framework id, which
 * the parser resolves exactly.
 */
import { shorten } from '../text/shorten.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { nameKey } from './names.js';

export interface NameChoice {
  name: string;
  value: string;
}

/** How many choices a platform takes, and how long a choice's name may be. */
export interface ChoiceLimits {
  count: number;
  nameLength: number;
}

export function frameworkChoices(kb: KnowledgeBase, typed: string, limits: ChoiceLimits): NameChoice[] {
  const key = nameKey(typed);
  const matches = kb
    .spellings()
    .map((s) => ({ ...s, key: nameKey(s.text) }))
    .filter((s) => s.key.includes(key))
    // Names that start with what was typed first, then names that contain it.
    .sort((a, b) => Number(b.key.startsWith(key)) - Number(a.key.startsWith(key)));
  const choices = new Map<string, NameChoice>();
  for (const match of matches) {
    if (choices.has(match.id)) continue;
    const name = kb.require(match.id).name;
    const shown = match.text === name || key === '' ? name : `${name} (${match.text})`;
    choices.set(match.id, { name: shorten(shown, limits.nameLength, { atWord: 'near' }), value: match.id });
    if (choices.size === limits.count) break;
  }
  return [...choices.values()];
}
