/**
 * A person's home in the app (Slack's Home tab): the workspace's recent
 * decisions with their channel's number and status ("ADR-0002 (accepted)"),
 * the votes still open, their own recent recommendations and last answers,
 * and buttons to start.
 */
import { describeAnswers } from '../team/answers.js';
import { describeDecision } from './history-card.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DecisionRecord, LastAnswers, VoteRecord } from '../team/records.js';
import { compareAction, newFlowAction } from '../actions.js';
import type { Action, Block, Card } from './card.js';
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

function describeVote(kb: KnowledgeBase, vote: VoteRecord): string {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const votes = Object.keys(vote.ballots).length;
  return `${vote.options.map(name).join(' vs ')} · started by ${vote.startedBy.name} · ${votes} ${votes === 1 ? 'vote' : 'votes'} so far · open the vote's message in its channel to take part`;
}

export function homeCard(kb: KnowledgeBase, data: HomeData): Card {
  const title = 'Framework Advisor';
  const subtitle = `Hi ${data.personName}: your team's framework decisions in this workspace`;
  const list = (heading: string, items: string[], none: string): Block => (items.length > 0 ? { type: 'list', heading, items: items.slice(0, HOME_ITEMS) } : { type: 'text', heading, text: none });
  const blocks: Block[] = [
    list('Recent decisions', data.decisions.map((d) => describeDecision(kb, d)), 'None yet. Share a result to a channel or close a team vote, and it shows here.'),
    list('Open votes', data.openVotes.map((v) => describeVote(kb, v)), 'No vote is open.'),
    list('Your recent recommendations', data.mine.map((d) => describeDecision(kb, d)), 'None shared yet.'),
  ];
  if (data.lastAnswers) blocks.push({ type: 'notes', items: [`Your last answers: ${describeAnswers(data.lastAnswers.answers)}. "Recommend in one form" starts from them.`] });
  const actions: Action[] = [
    { type: 'button', id: RECOMMEND_FORM, label: 'Recommend in one form', style: 'primary' },
    { type: 'button', id: newFlowAction(), label: 'Step by step' },
    { type: 'button', id: compareAction(data.compare), label: `Compare the top ${data.compare.length}` },
    { type: 'button', id: WEIGHTS_FORM, label: 'Channel defaults' },
  ];
  return { title, subtitle, blocks, actions, fallback: fallbackOf(title, subtitle, blocks) };
}
