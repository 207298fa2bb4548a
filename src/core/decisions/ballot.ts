/**
 * What a ballot holds: one framework id (a plain vote), or for a ranked vote
 * an order of preference written "fastify>nestjs>django". Stores check
 * ballots with validChoice, so every store accepts exactly the same ones.
 */
import type { VoteRecord } from '../team/records.js';

export const RANK_SEPARATOR = '>';

/** The ranking a ballot gives, most preferred first. */
export function rankingOf(choice: string): string[] {
  return choice.split(RANK_SEPARATOR);
}

/** A ranked ballot names each of its options once, at least one; a plain ballot names one option. */
export function validChoice(vote: Pick<VoteRecord, 'options' | 'method'>, choice: string): boolean {
  if (vote.method !== 'ranked') return vote.options.includes(choice);
  const ranking = rankingOf(choice);
  return ranking.length >= 1 && new Set(ranking).size === ranking.length && ranking.every((id) => vote.options.includes(id));
}
