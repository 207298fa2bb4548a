/** Instant runoff as the vote card states it: majority of counted ballots, fewest out, ties by earlier rounds then ballot order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantRunoff } from '../../src/core/team/runoff.js';

const ballots = (...lines: string[]) => lines.map((l) => l.split('>'));
const counts = (round: { counts: Array<{ framework: string; votes: number }> }) => Object.fromEntries(round.counts.map((c) => [c.framework, c.votes]));

describe('instant runoff', () => {
  it('elects a first-round majority at once', () => {
    const r = instantRunoff(['a', 'b', 'c'], ballots('a>b', 'a>c', 'b>a'));
    expect(r.winner).toBe('a');
    expect(r.rounds).toHaveLength(1);
  });

  it('moves the ballots of the eliminated option to their next choice, round by round', () => {
    // First choices: a 2, b 2, c 1: no majority of 5; c goes and its ballot moves to b.
    const r = instantRunoff(['a', 'b', 'c'], ballots('a>b>c', 'a>c>b', 'b>a>c', 'b>c>a', 'c>b>a'));
    expect(r.rounds.map(counts)).toEqual([{ a: 2, b: 2, c: 1 }, { a: 2, b: 3 }]);
    expect(r.rounds[0]!.eliminated).toBe('c');
    expect(r.winner).toBe('b');
    expect(r.rounds[1]!.winner).toBe('b');
  });

  it('can elect an option that was not ahead on first choices', () => {
    const r = instantRunoff(['a', 'b', 'c'], ballots('a', 'a', 'a', 'b>c', 'b>c', 'c>b', 'c>b'));
    // a 3, b 2, c 2 of 7; b and c tie for fewest and were level before: the later-listed c goes.
    expect(r.rounds[0]!.eliminated).toBe('c');
    expect(r.winner).toBe('b');
  });

  it('counts a majority of the ballots still counted: exhausted ballots drop out of the count', () => {
    const r = instantRunoff(['a', 'b', 'c'], ballots('a', 'a', 'b', 'b', 'c'));
    // Round 1: a 2, b 2, c 1 -> c out; its ballot has no other choice, so 4 are counted: a 2, b 2, a tie.
    expect(r.rounds[1]!.exhausted).toBe(1);
    expect(r.winner).toBeUndefined();
  });

  it('breaks a tie for fewest by the earlier rounds before ballot order', () => {
    // Round 1: a 4, b 1, c 2, d 1: b and d tie for fewest with no earlier round, so the later-listed d goes; its ballot moves to b.
    // Round 2: a 4, b 2, c 2: b and c tie; in round 1 b had fewer, so b goes (ballot order alone would have dropped c).
    const r = instantRunoff(['a', 'b', 'c', 'd'], ballots('a', 'a', 'a', 'a', 'b', 'c', 'c', 'd>b'));
    expect(r.rounds.map(counts)).toEqual([{ a: 4, b: 1, c: 2, d: 1 }, { a: 4, b: 2, c: 2 }, { a: 4, c: 2 }]);
    expect(r.rounds.map((x) => x.eliminated)).toEqual(['d', 'b', undefined]);
    expect(r.rounds[2]!.exhausted).toBe(2);
    expect(r.winner).toBe('a');
  });

  it('ends level options in a tie, and no ballots in no winner', () => {
    expect(instantRunoff(['a', 'b'], ballots('a', 'b')).winner).toBeUndefined();
    expect(instantRunoff(['a', 'b', 'c'], ballots('a>b', 'b>c', 'c>a')).winner).toBeUndefined();
    expect(instantRunoff(['a', 'b'], []).winner).toBeUndefined();
  });

  it('always ends, with at most one round per option, and a winner holds a majority of its last round', () => {
    const options = ['a', 'b', 'c', 'd', 'e'];
    const ranking = fc.shuffledSubarray(options, { minLength: 1 });
    fc.assert(
      fc.property(fc.array(ranking, { maxLength: 40 }), (rankings) => {
        const r = instantRunoff(options, rankings);
        expect(r.rounds.length).toBeLessThanOrEqual(options.length);
        if (r.winner) {
          const last = r.rounds.at(-1)!;
          const counted = rankings.length - last.exhausted;
          expect(last.counts.find((c) => c.framework === r.winner)!.votes * 2).toBeGreaterThan(counted);
        }
      }),
    );
  });
});
