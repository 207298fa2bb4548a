/** What the core answers: a card for people, a summary for machines (--json), and who should see it. */
import type { Card } from './cards/card.js';
import type { ChartData } from './charts/chart-data.js';
import type { Command } from './commands/command.js';
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
  frameworks?: Array<{ id: string; name: string; languages: string[] }>;
  framework?: string;
  /** `info`: the whole profile as the knowledge base holds it (scores with their derivation, releases, evidence). */
  profile?: FrameworkProfile;
  error?: { message: string; suggestions: string[]; usage?: string };
}

/** A file that goes with a reply (the decision record): adapters attach or upload it, the CLI prints it. */
export interface ReplyDocument {
  filename: string;
  mimeType: 'text/markdown';
  text: string;
}

export interface Reply {
  kind: ReplyKind;
  /** False when the input was not understood (the CLI exits 2). */
  understood: boolean;
  card: Card;
  /** A user's own query is private to them; shared results are public. */
  visibility: 'private' | 'public';
  data: ReplyData;
  document?: ReplyDocument;
  /** What to draw alongside the card (comparisons and recommendations); adapters render and attach it. */
  chart?: ChartData;
}
