/** Counting a vote: who voted for what, and who leads. */
import type { VoteRecord } from './records.js';

export interface TallyLine {
  framework: string;
  votes: number;
  voters: string[];
}

/** One line per option in ballot order, with voter names. */
export function tally(vote: VoteRecord): TallyLine[] {
  return vote.options.map((framework) => {
    const voters = Object.entries(vote.ballots)
      .filter(([, choice]) => choice === framework)
      .map(([userId]) => vote.voters[userId] ?? userId)
      .sort();
    return { framework, votes: voters.length, voters };
  });
}

/** The single option with the most votes; undefined when nobody voted or the top is shared. */
export function winner(vote: VoteRecord): string | undefined {
  const lines = tally(vote);
  const top = Math.max(...lines.map((l) => l.votes));
  const leaders = lines.filter((l) => l.votes === top);
  return top > 0 && leaders.length === 1 ? leaders[0]!.framework : undefined;
}
