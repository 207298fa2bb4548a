/**
 * The errors both stores raise, so callers (and the contract suite) can tell
 * "your data is damaged" from "you asked twice" without knowing the backend.
 * Each carries its StoreErrorCode (declared beside the Store interface).
 */
import { StoreError } from '../core/conversations/store.js';

/** A stored row no longer matches its schema: report it, never render it. */
export class DamagedRowError extends StoreError {
  override name = 'DamagedRowError';

  constructor(
    readonly table: string,
    readonly key: string,
    problem: string,
  ) {
    super('damaged', `Damaged row in table "${table}" (${key}): ${problem}`);
  }
}

/** A create for an id that already exists: ids are random, so this is a bug upstream, not something to overwrite. */
export class DuplicateRecordError extends StoreError {
  override name = 'DuplicateRecordError';

  constructor(kind: 'flow' | 'vote' | 'decision', tenant: string, id: string) {
    super('conflict', `A ${kind} with id ${id} already exists in ${tenant}`);
  }
}
