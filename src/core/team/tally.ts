/** Counting a vote: who voted for what, and who leads; a ranked vote by instant runoff (runoff.ts). */
import { rankingOf } from '../decisions/ballot.js';
import type { VoteRecord } from './records.js';
import { instantRunoff, type RunoffResult } from './runoff.js';

export interface TallyLine {
  framework: string;
  /** Ballots for it: a plain vote's choice, a ranked ballot's first preference. */
  votes: number;
  /** Their display names, sorted; empty for an anonymous vote (the store still keeps one ballot per person). */
  voters: string[];
}

export const isRanked = (vote: Pick<VoteRecord, 'method'>): boolean => vote.method === 'ranked';

/** The option a ballot counts for in a plain tally: its choice, or a ranked ballot's first preference. */
const firstChoice = (choice: string) => rankingOf(choice)[0]!;

/** One line per option in ballot order, with voter names unless the vote is anonymous. */
export function tally(vote: VoteRecord): TallyLine[] {
  return vote.options.map((framework) => {
    const ids = Object.entries(vote.ballots)
      .filter(([, choice]) => firstChoice(choice) === framework)
      .map(([userId]) => userId);
    const voters = vote.anonymous ? [] : ids.map((userId) => vote.voters[userId] ?? userId).sort();
    return { framework, votes: ids.length, voters };
  });
}

/** A ranked vote counted round by round. */
export function runoff(vote: VoteRecord): RunoffResult {
  return instantRunoff(vote.options, Object.values(vote.ballots).map(rankingOf));
}

/** The winner: a plain vote's single option with the most votes, a ranked vote's runoff winner; undefined when nobody voted or it is a tie. */
export function winner(vote: VoteRecord): string | undefined {
  if (isRanked(vote)) return runoff(vote).winner;
  const lines = tally(vote);
  const top = Math.max(...lines.map((l) => l.votes));
  const leaders = lines.filter((l) => l.votes === top);
  return top > 0 && leaders.length === 1 ? leaders[0]!.framework : undefined;
}

/** The runoff's rounds in words, for the closed card and the decision record. */
export function roundLines(vote: VoteRecord, name: (id: string) => string): string[] {
  return runoff(vote).rounds.map((round, i) => {
    const counted = round.counts.reduce((s, c) => s + c.votes, 0);
    const counts = round.counts.map((c) => `${name(c.framework)} ${c.votes}`).join(', ');
    const exhausted = round.exhausted > 0 ? ` (${round.exhausted} ${round.exhausted === 1 ? 'ballot' : 'ballots'} with no choice left)` : '';
    const outcome = round.winner
      ? `${name(round.winner)} has a majority of the ${counted} counted and wins.`
      : round.eliminated
        ? `${name(round.eliminated)} has the fewest and is out.`
        : counted === 0
          ? 'no ballots.'
          : 'a tie, so no winner.';
    return `Round ${i + 1}: ${counts}${exhausted}: ${outcome}`;
  });
}
