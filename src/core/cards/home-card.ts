/**
 * A person's home in the app (Slack's Home tab): the workspace's recent
 * decisions with their channel's number and status ("ADR-0002 (accepted)"),
 * the votes still open with their deadlines, their own recent recommendations
 * and last answers, and buttons to start. Every decision and vote is linked to
 * the channel it lives in (a channel item, which the renderer makes a link).
 */
import { utcTime } from '../commands/deadline.js';
import { describeAnswers } from '../team/answers.js';
import { isRanked } from '../team/tally.js';
import { describeDecision } from './history-card.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DecisionRecord, LastAnswers, VoteRecord } from '../team/records.js';
import { compareAction, newFlowAction } from '../actions.js';
import type { Action, Block, Card, ChannelItem } from './card.js';
import { fallbackOf } from './card.js';

export const RECOMMEND_FORM = 'form:recommend';
export const WEIGHTS_FORM = 'form:weights';
/** Kept short: the Home tab is read at a glance (and Slack allows 100 blocks). */
export const HOME_ITEMS = 8;

export interface HomeData {
  decisions: readonly DecisionRecord[];
  openVotes: readonly VoteRecord[];
  /** The person's own shared recommendations, newest first. */
  mine: readonly DecisionRecord[];
  lastAnswers?: LastAnswers;
  personName: string;
  /** The frameworks "Compare" puts side by side: the best overall. */
  compare: readonly string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Django vs FastAPI (ranked, anonymous) · started by Bob · 2 ballots so far · closes 2026-05-01 17:00 UTC". */
function describeVote(kb: KnowledgeBase, vote: VoteRecord): string {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const kind = [isRanked(vote) ? 'ranked' : '', vote.anonymous ? 'anonymous' : ''].filter(Boolean);
  const cast = Object.keys(vote.ballots).length;
  const count = isRanked(vote) ? plural(cast, 'ballot', 'ballots') : plural(cast, 'vote', 'votes');
  const deadline = vote.closesAt !== undefined ? `closes ${utcTime(vote.closesAt)}` : `open until ${vote.startedBy.name} closes it`;
  return `${vote.options.map(name).join(' vs ')}${kind.length > 0 ? ` (${kind.join(', ')})` : ''} · started by ${vote.startedBy.name} · ${count} so far · ${deadline}`;
}

/** The votes whose deadline comes first lead: they are the ones to act on before they close. */
function soonestFirst(votes: readonly VoteRecord[]): VoteRecord[] {
  return [...votes].sort((a, b) => (a.closesAt ?? Infinity) - (b.closesAt ?? Infinity));
}

const inChannel = (text: string, channel: string): ChannelItem => ({ text, channel });

export function homeCard(kb: KnowledgeBase, data: HomeData): Card {
  const title = 'Framework Advisor';
  const subtitle = `Hi ${data.personName}: your team's framework decisions in this workspace`;
  const list = (heading: string, items: ChannelItem[], none: string): Block =>
    items.length > 0 ? { type: 'channel-items', heading, items: items.slice(0, HOME_ITEMS) } : { type: 'text', heading, text: none };
  const decision = (d: DecisionRecord) => inChannel(describeDecision(kb, d), d.channel);
  const blocks: Block[] = [
    list('Recent decisions', data.decisions.map(decision), 'None yet. Share a result to a channel or close a team vote, and it shows here.'),
    list('Open votes', soonestFirst(data.openVotes).map((v) => inChannel(describeVote(kb, v), v.channel)), 'No vote is open.'),
  ];
  if (data.openVotes.length > 0) blocks.push({ type: 'notes', items: ['Each vote is a message in the channel shown beside it: take part there.'] });
  blocks.push(list('Your recent recommendations', data.mine.map(decision), 'None shared yet.'));
  if (data.lastAnswers) blocks.push({ type: 'notes', items: [`Your last answers: ${describeAnswers(data.lastAnswers.answers)}. "Recommend in one form" starts from them.`] });
  const actions: Action[] = [
    { type: 'button', id: RECOMMEND_FORM, label: 'Recommend in one form', style: 'primary' },
    { type: 'button', id: newFlowAction(), label: 'Step by step' },
    { type: 'button', id: compareAction(data.compare), label: `Compare the top ${data.compare.length}` },
    { type: 'button', id: WEIGHTS_FORM, label: 'Channel defaults' },
  ];
  return { title, subtitle, blocks, actions, fallback: fallbackOf(title, subtitle, blocks) };
}
