/** The team vote: one button per shortlisted framework, the tally updated in place, results when closed. */
import { castVoteAction, closeVoteAction } from '../actions.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { VoteRecord } from '../team/records.js';
import { tally, winner } from '../team/tally.js';
import { type Action, type Card, fallbackOf } from './card.js';
import { describeAnswers } from '../team/answers.js';

export function voteCard(kb: KnowledgeBase, vote: VoteRecord): Card {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const lines = tally(vote);
  const total = lines.reduce((s, l) => s + l.votes, 0);
  const closed = vote.closedAt !== undefined;
  const won = winner(vote);
  const title = !closed ? 'Team vote: which framework should we use?' : won ? `Vote closed: ${name(won)} wins` : total === 0 ? 'Vote closed with no votes' : 'Vote closed: a tie';
  const about = vote.answers ? `for ${describeAnswers(vote.answers)}` : `between ${vote.options.map(name).join(', ')}`;
  const subtitle = `Started by ${vote.startedBy.name} ${about}`;
  const items = lines.map((l) => `${name(l.framework)}: ${l.votes} ${l.votes === 1 ? 'vote' : 'votes'}${l.voters.length > 0 ? ` (${l.voters.join(', ')})` : ''}`);
  const note = closed ? 'The result is saved in this channel\'s history ("history", "history export").' : `One vote per person; click another option to change yours. ${vote.startedBy.name} can close the vote.`;
  const actions: Action[] = closed
    ? []
    : [...vote.options.map((id): Action => ({ type: 'button', id: castVoteAction(vote.id, id), label: name(id) })), { type: 'button', id: closeVoteAction(vote.id), label: 'Close vote', style: 'danger' }];
  const blocks: Card['blocks'] = [{ type: 'list', heading: `Tally (${total} ${total === 1 ? 'vote' : 'votes'})`, items }, { type: 'notes', items: [note] }];
  return { title, subtitle, blocks, actions, fallback: fallbackOf(title, items.join('; '), []) };
}
