/** A channel's recent decisions, and the decision record export. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DecisionRecord } from '../team/records.js';
import { type Card, fallbackOf, formatPoints } from './card.js';
import { adrNumber } from '../decisions/lifecycle.js';
import { madrStatus } from '../decisions/madr.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "ADR-0002 (accepted) · " before each decision; records are numbered per channel by the store. */
export function describeDecision(kb: KnowledgeBase, d: DecisionRecord): string {
  // Both ends of a supersession name the other, so the newer decision says what it replaced.
  const replaced = d.details?.supersedes ? `, supersedes ${adrNumber(d.details.supersedes)}` : '';
  return `${adrNumber(d.number)} (${madrStatus(d)}${replaced}) · ${describeEvent(kb, d)}`;
}

function describeEvent(kb: KnowledgeBase, d: DecisionRecord): string {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const others = d.options.filter((o) => o.id !== d.decision).map((o) => name(o.id));
  const over = others.length > 0 ? ` over ${others.join(', ')}` : '';
  switch (d.kind) {
    case 'closed-vote': {
      const total = Object.values(d.tally ?? {}).reduce((s, v) => s + v, 0);
      return d.decision
        ? `${day(d.createdAt)} · Vote closed by ${d.by.name}: ${name(d.decision)} with ${d.tally?.[d.decision] ?? 0} of ${total} votes${over}`
        : `${day(d.createdAt)} · Vote closed by ${d.by.name} without a single winner (${total} votes)`;
    }
    case 'shared-recommendation': {
      const top = d.options[0]!;
      return `${day(d.createdAt)} · ${d.by.name} shared a recommendation: ${name(top.id)} ${formatPoints(top.score)}${over}`;
    }
    case 'team-vote':
      return d.decision
        ? `${day(d.createdAt)} · Team vote: ${name(d.decision)}${d.tally ? ` with ${d.tally[d.decision] ?? 0} of ${Object.values(d.tally).reduce((s, v) => s + v, 0)} votes` : ''}${over}`
        : `${day(d.createdAt)} · Team vote started by ${d.by.name} on ${d.options.map((o) => name(o.id)).join(', ')}`;
    case 'decided':
      return `${day(d.createdAt)} · ${d.by.name} recorded the decision: ${name(d.decision ?? d.options[0]!.id)}${over}`;
    case 'shared-comparison':
      return `${day(d.createdAt)} · ${d.by.name} shared a comparison of ${d.options.map((o) => name(o.id)).join(', ')}`;
  }
}

export function historyCard(kb: KnowledgeBase, decisions: readonly DecisionRecord[]): Card {
  const title = "This channel's framework decisions";
  if (decisions.length === 0) {
    const text = 'Nothing yet. Shared results and closed votes are recorded here.';
    return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}: ${text}` };
  }
  const items = decisions.map((d) => describeDecision(kb, d));
  return {
    title,
    blocks: [{ type: 'list', items }, { type: 'notes', items: ['"history export" writes the latest as a MADR 4 decision record; "decision 2" shows one; "decide <framework>" records the team\'s choice.'] }],
    actions: [],
    fallback: fallbackOf(title, items.slice(0, 3).join('; '), []),
  };
}
