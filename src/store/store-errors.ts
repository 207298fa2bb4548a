/**
 * The errors both stores raise, so callers (and the contract suite) can tell
 * "your data is damaged" from "you asked twice" without knowing the backend.
 */

/** A stored row no longer matches its schema: report it, never render it. */
export class DamagedRowError extends Error {
  override name = 'DamagedRowError';

  constructor(
    readonly table: string,
    readonly key: string,
    problem: string,
  ) {
    super(`Damaged row in table "${table}" (${key}): ${problem}`);
  }
}

/** A create for an id that already exists: ids are random, so this is a bug upstream, not something to overwrite. */
export class DuplicateRecordError extends Error {
  override name = 'DuplicateRecordError';

  constructor(kind: 'flow' | 'vote' | 'decision', tenant: string, id: string) {
    super(`A ${kind} with id ${id} already exists in ${tenant}`);
  }
}
