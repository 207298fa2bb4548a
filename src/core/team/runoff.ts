/**
 * Counting a ranked vote by instant runoff, the rule stated where people see it:
 *
 * - Each round, every ballot counts for its highest-ranked option still in
 *   the count; a ballot with none left is exhausted and no longer counted.
 * - An option with more than half of the counted (continuing) ballots wins.
 * - If every option still in the count has the same number of ballots, the
 *   vote is a tie: no winner (as a plain vote with a shared top is).
 * - Otherwise the option with the fewest ballots is eliminated. A tie for
 *   fewest is broken by the earlier rounds, latest first (the one with fewer
 *   ballots there goes); if they were level in every round, the one listed
 *   later on the ballot goes (the ballot lists the advisor's best-scored first).
 */
/** The rule in one sentence, for the vote card and the decision record. */
export const RUNOFF_RULE =
  'Counted by instant runoff: each round a ballot counts for its highest choice still in; more than half of the counted ballots wins; otherwise the option with the fewest drops out (a tie for fewest goes by the earlier rounds, then the later-listed option drops); options level at the end are a tie.';

export interface RunoffRound {
  /** Ballots per option still in the count, in ballot order. */
  counts: Array<{ framework: string; votes: number }>;
  /** Ballots with no option left in the count. */
  exhausted: number;
  /** The option eliminated after this round, if one was. */
  eliminated?: string;
  /** The option with a majority of the continuing ballots, if one had it. */
  winner?: string;
}

export interface RunoffResult {
  rounds: RunoffRound[];
  winner?: string;
}

/** Ballots as rankings (most preferred first) over `options`, in ballot order. */
export function instantRunoff(options: readonly string[], rankings: ReadonlyArray<readonly string[]>): RunoffResult {
  const rounds: RunoffRound[] = [];
  let continuing = [...options];
  while (continuing.length > 0) {
    const round = countRound(continuing, rankings);
    rounds.push(round);
    const counted = rankings.length - round.exhausted;
    if (counted === 0) return { rounds };
    const leader = round.counts.find((c) => c.votes * 2 > counted);
    if (leader) {
      round.winner = leader.framework;
      return { rounds, winner: leader.framework };
    }
    if (round.counts.every((c) => c.votes === round.counts[0]!.votes)) return { rounds };
    const out = toEliminate(round, rounds.slice(0, -1));
    round.eliminated = out;
    continuing = continuing.filter((f) => f !== out);
  }
  return { rounds };
}

function countRound(continuing: readonly string[], rankings: ReadonlyArray<readonly string[]>): RunoffRound {
  const votes = new Map(continuing.map((f) => [f, 0]));
  let exhausted = 0;
  for (const ranking of rankings) {
    const top = ranking.find((f) => votes.has(f));
    if (top === undefined) exhausted++;
    else votes.set(top, votes.get(top)! + 1);
  }
  return { counts: continuing.map((framework) => ({ framework, votes: votes.get(framework)! })), exhausted };
}

/** The option with the fewest ballots; ties broken by earlier rounds (latest first), then by ballot order (the later-listed goes). */
function toEliminate(round: RunoffRound, earlier: readonly RunoffRound[]): string {
  const fewest = Math.min(...round.counts.map((c) => c.votes));
  let tied = round.counts.filter((c) => c.votes === fewest).map((c) => c.framework);
  for (const past of [...earlier].reverse()) {
    if (tied.length === 1) break;
    const votesThen = (f: string) => past.counts.find((c) => c.framework === f)?.votes ?? 0;
    const least = Math.min(...tied.map(votesThen));
    tied = tied.filter((f) => votesThen(f) === least);
  }
  return tied.at(-1)!;
}
