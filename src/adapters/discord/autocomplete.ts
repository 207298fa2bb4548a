/**
 * Framework names for autocomplete: what the user typed matched against
 * every name and alias in the knowledge base. The choice shows the name (and
 * the alias that matched, when it differs) and sends the framework id, which
 * the parser resolves exactly.
 */
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { nameKey } from '../../core/knowledge/names.js';
import { DISCORD_LIMITS } from './limits.js';
import { truncate } from './markdown.js';

export interface Choice {
  name: string;
  value: string;
}

export function frameworkChoices(kb: KnowledgeBase, typed: string): Choice[] {
  const key = nameKey(typed);
  const matches = kb
    .spellings()
    .map((s) => ({ ...s, key: nameKey(s.text) }))
    .filter((s) => s.key.includes(key))
    // Names that start with what was typed first, then names that contain it.
    .sort((a, b) => Number(b.key.startsWith(key)) - Number(a.key.startsWith(key)));
  const choices = new Map<string, Choice>();
  for (const match of matches) {
    if (choices.has(match.id)) continue;
    const name = kb.require(match.id).name;
    const shown = match.text === name || key === '' ? name : `${name} (${match.text})`;
    choices.set(match.id, { name: truncate(shown, DISCORD_LIMITS.choiceName), value: match.id });
    if (choices.size === DISCORD_LIMITS.autocompleteChoices) break;
  }
  return [...choices.values()];
}
