/**
 * A separate OS process using the SQLite store, for the multi-process tests:
 *   open <file> <startAt>                          wait until startAt, open (and migrate) the database, exit
 *   cast <file> <startAt> <voteId> <prefix> <n>    wait until startAt, open, cast n ballots
 * Everyone waits for the same startAt, so the processes really contend for
 * the write lock instead of running one after another as they boot.
 * Prints one JSON line with what happened.
 */
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { ACME } from './builders.js';

const [command, file, startAt, voteId, prefix, count] = process.argv.slice(2);
if (!file) throw new Error('usage: store-process.ts open|cast <file> <startAt> ...');

await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const store = SqliteStore.open(file);
if (command === 'cast') {
  const outcomes: string[] = [];
  for (let i = 0; i < Number(count); i++) {
    const result = await store.castVote(ACME, voteId ?? '', { id: `${prefix}-${i}`, name: `Voter ${i}` }, i % 2 ? 'fastify' : 'django');
    outcomes.push(result.outcome);
  }
  process.stdout.write(`${JSON.stringify({ outcomes })}\n`);
} else {
  process.stdout.write(`${JSON.stringify({ opened: true })}\n`);
}
await store.close();
