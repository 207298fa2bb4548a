/** What the core answers: a card for people, a summary for machines (--json), and who should see it. */
import type { Card } from './cards/card.js';
import type { ChartData } from './charts/chart-data.js';
import type { Command } from './commands/command.js';
import type { Understood } from './commands/reading.js';
import type { FrameworkProfile } from './knowledge/profile.js';

/** What a reply is: a command's answer, a team vote, or a problem with the input. */
export type ReplyKind = Command['kind'] | 'vote' | 'problem';

export interface RankingEntry {
  id: string;
  score: number;
}

/** The machine-readable summary printed by `advisor --json`. */
export interface ReplyData {
  kind: ReplyKind;
  ranking?: RankingEntry[];
  excluded?: Array<{ id: string; reason: string }>;
  flip?: { criterion: string; from: number; to: number; challenger: string } | null;
  confidence?: { leader: string; share: number; tie: boolean; shares: Record<string, number> };
  /** compare, recommend and top: true when first place is too close to call. */
  tie?: boolean;
  /** compare, recommend and top: the id of the framework that leads, or null for a tie. */
  leader?: string | null;
  /** recommend: the card's claims, so a program can check them. */
  explanation?: ExplanationData;
  frameworks?: Array<{ id: string; name: string; languages: string[] }>;
  framework?: string;
  /** `info`: the whole profile as the knowledge base holds it (scores with their derivation, releases, evidence). */
  profile?: FrameworkProfile;
  error?: { message: string; suggestions: string[]; usage?: string };
  /** How a plain question was read (issue 14). */
  understood?: Understood;
  /** `radar`: each framework's ring and the record that placed it, radar order. */
  radar?: Array<{ id: string; name: string; ring: string; quadrant: string; isNew: boolean; movement: string; status: string; decidedIn: string }>;
  /** The answers a recommendation used, in `recommend key=value` words. */
  answers?: Record<string, string | string[]>;
}

/** Each "why" is a gain and each "why not" a loss on the 0-10 total (weight x score difference). */
export interface ExplanationData {
  why: Array<{ criterion: string; gain: number }>;
  whyNot: Array<{ criterion: string; loss: number }>;
  /** The single change of priority printed on the card; `to` is the printed weight, at which the challenger leads. */
  flip: { criterion: string; from: number; to: number; challenger: string } | null;
  /** The tie-breaker question, when the card asks one. */
  question: string | null;
}

/**
 * A file that goes with a reply (a decision record, the radar's CSV or JSON,
 * an archive of records): adapters attach or upload it, the CLI prints it or
 * writes it with --output.
 */
export interface ReplyDocument {
  filename: string;
  mimeType: 'text/markdown' | 'text/csv' | 'application/json' | 'application/x-tar';
  /** The file's content; an archive of text files is valid UTF-8 too (see decisions/tar.ts), so this carries it byte for byte. */
  text: string;
  /** An archive's members, for a surface that writes them one by one (the terminal's --output dir/) or shows them as text. */
  files?: Array<{ filename: string; text: string }>;
}

export interface Reply {
  kind: ReplyKind;
  /** False when the input was not understood, or asked for what is not there yet (the CLI exits 2). */
  understood: boolean;
  card: Card;
  /** A user's own query is private to them; shared results are public. */
  visibility: 'private' | 'public';
  data: ReplyData;
  document?: ReplyDocument;
  /** What to draw alongside the card (comparisons and recommendations); adapters render and attach it. */
  chart?: ChartData;
}
