/**
 * A bounded memo for pure answers: the knowledge base does not change while
 * the service runs, so the same question under the same settings always gets
 * the same reply. Kept values are frozen, so a caller that tried to change a
 * shared one would fail loudly instead of changing someone else's answer.
 * The least recently used entry goes first once the bound is reached.
 */
export class Memo<V> {
  readonly #entries = new Map<string, V>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The kept value for `key`, or `make()`'s (kept, frozen) when there is none. */
  get(key: string, make: () => V): V {
    const kept = this.#entries.get(key);
    if (kept !== undefined) {
      // Re-inserted, so the Map's order stays least recently used first.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const made = deepFreeze(make());
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, made);
    return made;
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
