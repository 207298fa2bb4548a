/**
 * The loaded knowledge base: frameworks by id, name resolution with aliases,
 * and "did you mean" suggestions for names it does not know.
 */
import type { SourceEntry } from './schema.js';
import type { FrameworkProfile } from './profile.js';
import type { Language } from '../vocabulary.js';
import { isKnownConfusion } from './confusions.js';
import { closestKeys, nameKey } from './names.js';

export type Resolution =
  | { found: true; framework: FrameworkProfile }
  | { found: false; text: string; suggestions: FrameworkProfile[] };

export class KnowledgeBase {
  readonly frameworks: readonly FrameworkProfile[];
  readonly #byId: Map<string, FrameworkProfile>;
  readonly #byKey = new Map<string, FrameworkProfile>();
  readonly #sources: Map<string, SourceEntry>;

  constructor(frameworks: FrameworkProfile[], sources: Map<string, SourceEntry>) {
    this.frameworks = [...frameworks].sort((a, b) => a.name.localeCompare(b.name));
    this.#byId = new Map(frameworks.map((f) => [f.id, f]));
    this.#sources = sources;
    for (const f of this.frameworks) {
      for (const spelling of [f.id, f.name, ...f.aliases]) this.#claim(nameKey(spelling), f);
    }
  }

  #claim(key: string, framework: FrameworkProfile): void {
    const holder = this.#byKey.get(key);
    if (holder && holder.id !== framework.id) {
      throw new Error(`The name "${key}" is claimed by both ${holder.id} and ${framework.id}`);
    }
    this.#byKey.set(key, framework);
  }

  get(id: string): FrameworkProfile | undefined {
    return this.#byId.get(id);
  }

  /** Like get, for ids the code itself produced; a miss is a programming error. */
  require(id: string): FrameworkProfile {
    const framework = this.#byId.get(id);
    if (!framework) throw new Error(`Unknown framework id ${id}`);
    return framework;
  }

  source(id: string): SourceEntry | undefined {
    return this.#sources.get(id);
  }

  /** The whole source register, in the order of data/sources.json. */
  sources(): SourceEntry[] {
    return [...this.#sources.values()];
  }

  /** The framework this exact name or alias means, without the cost of suggestions. */
  lookup(text: string): FrameworkProfile | undefined {
    const key = nameKey(text);
    return this.#byKey.get(key) ?? this.#byKey.get(key.replace(/js$/, ''));
  }

  /** Is this word a framework name (exactly, or through an alias)? If not, what is close? */
  resolve(text: string): Resolution {
    const framework = this.lookup(text);
    if (framework) return { found: true, framework };
    const key = nameKey(text);
    const seen = new Set<string>();
    const suggestions = closestKeys(key, this.#byKey.keys(), 6)
      .map((k) => this.#byKey.get(k)!)
      .filter((f) => !seen.has(f.id) && seen.add(f.id))
      // "next" is Next.js, never "did you mean NestJS": see confusions.ts.
      .filter((f) => !isKnownConfusion(text, f.id))
      .slice(0, 3);
    return { found: false, text, suggestions };
  }

  /** Every spelling a user could type for autocomplete: names and aliases with their ids. */
  spellings(): Array<{ text: string; id: string }> {
    return this.frameworks.flatMap((f) => [f.name, ...f.aliases].map((text) => ({ text, id: f.id })));
  }

  inLanguages(languages: readonly Language[] | undefined): FrameworkProfile[] {
    if (!languages || languages.length === 0) return [...this.frameworks];
    return this.frameworks.filter((f) => f.languages.some((l) => languages.includes(l)));
  }
}
