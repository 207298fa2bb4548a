/**
 * Marks every outage of the store as a StoreUnavailableError, so the use
 * cases can tell "the database is not answering" (say so, keep serving what
 * needs no state) from a bug (which must surface). It classifies by the
 * failure's StoreErrorCode, never by a class name.
 */
import { z } from 'zod';
import { type Store, type StoreErrorCode, storeErrorCode } from './store.js';

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(readonly operation: string, override readonly cause: unknown) {
    super(`The store failed during ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * A failure without a code is the driver's own: a record refused by its schema
 * or a bad argument means the caller is wrong; anything else (a dropped
 * connection, a timeout) means the database is away.
 */
function codeOf(error: unknown): StoreErrorCode {
  const coded = storeErrorCode(error);
  if (coded) return coded;
  const callerMistake = error instanceof z.core.$ZodError || error instanceof TypeError || error instanceof RangeError;
  return callerMistake ? 'caller' : 'outage';
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
          if (error instanceof StoreUnavailableError || codeOf(error) !== 'outage') throw error;
          throw new StoreUnavailableError(String(property), error);
        }
      };
    },
  });
}
