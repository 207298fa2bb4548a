/** What the parser understood: one variant per command, each with exactly the fields it needs. */
import type { Answers } from '../team/answers.js';
import type { Criterion, Language, ProjectType } from '../vocabulary.js';
import type { CommandName } from './spec.js';
import type { Deadline } from './deadline.js';

export type WeightsChange = { action: 'show' } | { action: 'reset' } | { action: 'set'; importance: Partial<Record<Criterion, number>> };

export type Command =
  | { kind: 'compare'; frameworks: string[] }
  | { kind: 'recommend'; answers: Answers }
  | { kind: 'info'; framework: string }
  /** `limit` and `project` come from plain questions ("top 5", "top realtime"); `source` ranks by a published rating (its mean of five numbers) instead of our scores. */
  | { kind: 'top'; criterion: Criterion | 'overall'; languages: Language[]; limit?: number; project?: ProjectType; source?: 'seed-002' }
  | { kind: 'list'; languages: Language[] }
  | { kind: 'help'; topic?: CommandName }
  | { kind: 'weights'; change: WeightsChange }
  /** `format`: MADR 4 (the default) or Nygard; `all`: every decision, as an archive. */
  | { kind: 'history'; export: boolean; format?: 'madr' | 'nygard'; all?: true }
  /** The tech radar of the channel or of the whole workspace; `export` writes it as a file instead of drawing it. */
  | { kind: 'radar'; scope: 'channel' | 'workspace'; export?: 'csv' | 'backstage' }
  | { kind: 'decide'; framework: string }
  | { kind: 'decision'; number: number; action: 'show' | 'supersede' | 'deprecate' }
  | { kind: 'alerts'; on: boolean }
  /** `frameworks` empty: vote on the channel's latest shared result. */
  | { kind: 'vote'; action: 'start'; frameworks: string[]; deadline?: Deadline; ranked: boolean; anonymous: boolean }
  | { kind: 'vote'; action: 'add'; framework: string };

/** Why the text was not understood, with what would have been. */
export interface ParseProblem {
  message: string;
  /** Spellings the user may have meant (framework names or accepted values). */
  suggestions: string[];
  usage?: string;
}

export type ParseResult = { ok: true; command: Command } | { ok: false; problem: ParseProblem };
