/**
 * Marks every failure of the store as a StoreUnavailableError, so the use
 * cases can tell "the database is not answering" (say so, keep serving what
 * needs no state) from a bug (which must surface).
 */
import type { Store } from './store.js';

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(readonly operation: string, override readonly cause: unknown) {
    super(`The store failed during ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Errors that mean the caller is wrong, not that the database is away: a record
 * that fails validation, a duplicate id, a bad argument. These must surface.
 */
const CALLER_MISTAKES = new Set(['ZodError', '$ZodError', 'DuplicateRecordError', 'TypeError', 'RangeError']);

function isOutage(error: unknown): boolean {
  return !(error instanceof Error && CALLER_MISTAKES.has(error.name));
}

export function guardStore(store: Store): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          if (error instanceof StoreUnavailableError || !isOutage(error)) throw error;
          throw new StoreUnavailableError(String(property), error);
        }
      };
    },
  });
}
