/**
 * The decision commands' words: `history export [all] [--format nygard]`,
 * `radar [workspace] [export [--format csv|backstage]]`,
 * `decide <framework>`, `decision 3 [supersede|deprecate]`, `alerts on|off`.
 */
import type { Command, ParseResult } from '../commands/command.js';
import { commandSpec, type CommandName } from '../commands/spec.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

const ok = (command: Command): ParseResult => ({ ok: true, command });
const fail = (message: string, usage: CommandName): ParseResult => ({ ok: false, problem: { message, suggestions: [], usage: commandSpec(usage).usage } });
const wordsOf = (text: string) => text.toLowerCase().replace(/--format\s+/g, 'format=').replace(/\s*=\s*/g, '=').split(/\s+/).filter(Boolean);

export function parseHistory(rest: string): ParseResult {
  const ws = wordsOf(rest);
  if (ws.length === 0) return ok({ kind: 'history', export: false });
  let exporting = false;
  let all = false;
  let format: 'madr' | 'nygard' = 'madr';
  for (const w of ws) {
    if (['export', 'adr', 'record'].includes(w)) exporting = true;
    else if (w === 'all' || w === 'archive') all = true;
    else if (w === 'format=madr' || w === 'format=nygard' || w === 'madr' || w === 'nygard') format = w.endsWith('nygard') ? 'nygard' : 'madr';
    else return fail(`I didn't understand "${w.slice(0, 40)}" after history. Try "history export", "history export all" or "history export --format nygard".`, 'history');
  }
  if (format !== 'madr' || all) exporting = true;
  return ok({ kind: 'history', export: exporting, ...(format !== 'madr' ? { format } : {}), ...(all ? { all: true as const } : {}) });
}

/** `radar [workspace] [export [--format csv|backstage]]`; "json" is Backstage's, "byor" the CSV's other name. */
export function parseRadar(rest: string): ParseResult {
  let scope: 'channel' | 'workspace' = 'channel';
  let exporting = false;
  let format: 'csv' | 'backstage' | undefined;
  for (const w of wordsOf(rest)) {
    if (['workspace', 'team', 'everywhere', 'all'].includes(w)) scope = 'workspace';
    else if (w === 'channel' || w === 'here') scope = 'channel';
    else if (w === 'export') exporting = true;
    else if (['csv', 'byor', 'format=csv', 'format=byor'].includes(w)) format = 'csv';
    else if (['backstage', 'json', 'format=backstage', 'format=json'].includes(w)) format = 'backstage';
    else return fail(`I didn't understand "${w.slice(0, 40)}" after radar. Try "radar", "radar workspace", "radar export" or "radar export --format backstage".`, 'radar');
  }
  if (format) exporting = true;
  return ok({ kind: 'radar', scope, ...(exporting ? { export: format ?? 'csv' } : {}) });
}

export function parseDecide(kb: KnowledgeBase, rest: string): ParseResult {
  if (rest.trim() === '') return fail('Which framework did the team choose? For example: decide fastify.', 'decide');
  const found = kb.resolve(rest.trim());
  if (!found.found) return fail(`I don't know the framework "${rest.trim().slice(0, 40)}". Try "list" to see the ones I know.`, 'decide');
  return ok({ kind: 'decide', framework: found.framework.id });
}

export function parseDecision(rest: string): ParseResult {
  const [first = '', action, ...extra] = wordsOf(rest);
  const number = Number(first.replace(/^adr-?/, ''));
  if (!Number.isSafeInteger(number) || number < 1) return fail('Which decision? Give its number, as in "decision 3" or "decision 3 deprecate".', 'decision');
  if (extra.length > 0 || (action !== undefined && !['show', 'supersede', 'deprecate'].includes(action))) {
    return fail('After the number: nothing (to show it), supersede or deprecate.', 'decision');
  }
  return ok({ kind: 'decision', number, action: (action ?? 'show') as 'show' | 'supersede' | 'deprecate' });
}

export function parseAlerts(rest: string): ParseResult {
  const w = rest.trim().toLowerCase();
  if (w === 'off' || w === 'on') return ok({ kind: 'alerts', on: w === 'on' });
  return fail('Say "alerts off" to stop revisit alerts in this channel, or "alerts on" to resume them.', 'alerts');
}
