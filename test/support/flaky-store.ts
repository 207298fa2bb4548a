/** A MemoryStore that can be made to fail, as a database does when it goes away. */
import type { Store } from '../../src/core/conversations/store.js';
import { MemoryStore } from '../../src/store/memory-store.js';

export function flakyStore(): { store: Store; down(): void; up(): void } {
  const inner = new MemoryStore();
  let failing = false;
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => (failing ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : value.apply(target, args));
    },
  });
  return { store, down: () => (failing = true), up: () => (failing = false) };
}
