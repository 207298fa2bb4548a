/**
 * The team vote: one button per option (a plain vote) or one select per rank
 * (a ranked vote), the tally updated in place, an "Add an option" select until
 * the first ballot, and the result (with the runoff's rounds) when closed.
 * Within every platform's limits: a ranked vote of five options has four rank
 * selects and a row of buttons, Discord's five rows; the add select only
 * appears below five options.
 */
import { addVoteOptionAction, castVoteAction, closeVoteAction, rankVoteAction } from '../actions.js';
import { utcTime } from '../commands/deadline.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { VoteRecord } from '../team/records.js';
import { isRanked, roundLines, tally, winner } from '../team/tally.js';
import { RUNOFF_RULE } from '../team/runoff.js';
import { type Action, type Block, type Card, fallbackOf } from './card.js';
import { describeAnswers } from '../team/answers.js';

const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th'];
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the card offers beyond the vote itself: frameworks that may still be added (before the first ballot). */
export interface VoteCardExtras {
  addable?: readonly string[];
}

export function voteCard(kb: KnowledgeBase, vote: VoteRecord, extras: VoteCardExtras = {}): Card {
  const name = (id: string) => kb.get(id)?.name ?? id;
  const closed = vote.closedAt !== undefined;
  const title = closed ? closedTitle(vote, name) : `Team vote${isRanked(vote) ? ' (ranked)' : ''}: which framework should we use?`;
  const about = vote.answers ? `for ${describeAnswers(vote.answers)}` : `between ${vote.options.map(name).join(', ')}`;
  const subtitle = `Started by ${vote.startedBy.name} ${about}`;
  const blocks: Block[] = [tallyBlock(vote, name)];
  if (closed && isRanked(vote)) blocks.push({ type: 'list', heading: 'Instant runoff, round by round', items: roundLines(vote, name) });
  blocks.push({ type: 'notes', items: closed ? closedNotes(vote) : openNotes(vote) });
  const actions = closed ? [] : openActions(vote, name, extras.addable ?? []);
  const tallyItems = blocks[0]!.type === 'list' ? blocks[0]!.items : [];
  return { title, subtitle, blocks, actions, fallback: fallbackOf(title, tallyItems.join('; '), []) };
}

function closedTitle(vote: VoteRecord, name: (id: string) => string): string {
  const won = winner(vote);
  if (won) return `Vote closed: ${name(won)} wins`;
  return Object.keys(vote.ballots).length === 0 ? 'Vote closed with no votes' : 'Vote closed: a tie';
}

function tallyBlock(vote: VoteRecord, name: (id: string) => string): Block {
  const lines = tally(vote);
  const total = lines.reduce((s, l) => s + l.votes, 0);
  const noun = isRanked(vote) ? ['first choice', 'first choices'] : ['vote', 'votes'];
  const items = lines.map((l) => `${name(l.framework)}: ${plural(l.votes, noun[0]!, noun[1]!)}${l.voters.length > 0 ? ` (${l.voters.join(', ')})` : ''}`);
  const heading = isRanked(vote) ? `First choices (${plural(total, 'ballot', 'ballots')})` : `Tally (${plural(total, 'vote', 'votes')})`;
  return { type: 'list', heading, items };
}


function openNotes(vote: VoteRecord): string[] {
  const how = isRanked(vote)
    ? `Pick your 1st choice, then your 2nd and so on; picking an option for another rank moves it there. ${RUNOFF_RULE}`
    : 'One vote per person; click another option to change yours.';
  const deadline = vote.closesAt !== undefined ? `Closes by itself at ${utcTime(vote.closesAt)}; ${vote.startedBy.name} can close it sooner.` : `${vote.startedBy.name} can close the vote.`;
  return [
    how,
    ...(vote.anonymous ? ['Anonymous: the tally shows counts only, never who voted for what.'] : []),
    deadline,
    ...(Object.keys(vote.ballots).length === 0 && vote.options.length < 5 ? ['Until the first vote, anyone can add an option ("Add an option", or "vote add <framework>").'] : []),
  ];
}

function closedNotes(vote: VoteRecord): string[] {
  const atDeadline = vote.closesAt !== undefined && vote.closedAt !== undefined && vote.closedAt >= vote.closesAt;
  return [
    ...(atDeadline ? [`Closed by itself at its deadline, ${utcTime(vote.closesAt!)}.`] : []),
    ...(isRanked(vote) ? [RUNOFF_RULE] : []),
    'The result is saved in this channel\'s history ("history", "history export").',
  ];
}

function openActions(vote: VoteRecord, name: (id: string) => string, addable: readonly string[]): Action[] {
  const options = vote.options.map((id) => ({ label: name(id), value: id }));
  // A ranked ballot orders all but one option; the last is implied, so n-1 selects lose nothing.
  const ballot: Action[] = isRanked(vote)
    ? vote.options.slice(0, -1).map((_, i): Action => ({ type: 'select', id: rankVoteAction(vote.id, i + 1), placeholder: `Your ${ORDINALS[i]} choice`, options }))
    : vote.options.map((id): Action => ({ type: 'button', id: castVoteAction(vote.id, id), label: name(id) }));
  const close: Action = { type: 'button', id: closeVoteAction(vote.id), label: 'Close vote', style: 'danger' };
  const canAdd = Object.keys(vote.ballots).length === 0 && vote.options.length < 5 && addable.length > 0;
  const add: Action[] = canAdd ? [{ type: 'select', id: addVoteOptionAction(vote.id), placeholder: 'Add an option', options: addable.map((id) => ({ label: name(id), value: id })) }] : [];
  return isRanked(vote) ? [...ballot, ...add, close] : [...ballot, close, ...add];
}
