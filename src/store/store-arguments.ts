/**
 * Checks on call arguments that the zod records cannot express, shared so the
 * memory and SQLite stores refuse exactly the same calls.
 */
import type { VoteRecord } from '../core/team/records.js';

/** SQLite reads `LIMIT -1` as "no limit"; refuse anything but a count instead of guessing. */
export function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  return limit;
}

/** A zero or negative TTL would make every delivery "new", silently turning dedupe off. */
export function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
  return ttlMs;
}

/**
 * Ballots and voter names are stored as one row per voter, so a name without a
 * ballot (or the reverse) could not round-trip: refuse it on the way in.
 */
export function checkBallotsMatchVoters(vote: VoteRecord): void {
  const ballots = Object.keys(vote.ballots).sort();
  const voters = Object.keys(vote.voters).sort();
  const same = ballots.length === voters.length && ballots.every((id, i) => id === voters[i]);
  if (!same) throw new RangeError(`vote ${vote.id}: ballots and voters must name the same people`);
}
