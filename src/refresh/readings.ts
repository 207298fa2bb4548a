/**
 * What a source told us, in the knowledge base's terms and nothing more:
 * release lines, a latest version, a star count, weekly downloads. Each
 * reading names the source id it is recorded under and the URL it was read at.
 */
import type { Adoption, SourceEntry } from '../core/knowledge/schema.js';

export interface Provenance {
  /** An id for data/sources.json; its entry is added when first used. */
  source: SourceEntry;
  /** The URL the figure was read at. */
  readAt: string;
}

export interface LineReading {
  line: string;
  released?: string;
  endOfLife?: string;
  bugfixUntil?: string;
  lts: boolean;
  /** Still receives fixes of some kind. */
  maintained: boolean;
  latest?: { version: string; released?: string };
}

export type Reading =
  | ({ kind: 'release-lines'; product: string; lines: LineReading[] } & Provenance)
  | ({ kind: 'latest-version'; version: string; released?: string } & Provenance)
  | ({ kind: 'stars'; repository: string; stars: number; archived: boolean; license?: string; pushedAt?: string } & Provenance)
  | ({ kind: 'weekly-downloads'; registry: NonNullable<Adoption['registry']>; package: string; perWeek: number; estimate?: string } & Provenance);

/** "2026-11-27T10:00:00Z" -> "2026-11-27". */
export const dayOf = (timestamp: string): string => timestamp.slice(0, 10);
